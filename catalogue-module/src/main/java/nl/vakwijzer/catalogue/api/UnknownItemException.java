package nl.vakwijzer.catalogue.api;

/** No framework item has this id (or this human code in that framework). */
public class UnknownItemException extends CatalogueException {
  public UnknownItemException(String reference) {
    super("catalogue.framework.item.unknown", reference);
  }
}
