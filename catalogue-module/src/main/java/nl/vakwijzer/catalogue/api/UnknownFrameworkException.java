package nl.vakwijzer.catalogue.api;

/** No framework version has this id (or code). */
public class UnknownFrameworkException extends CatalogueException {
  public UnknownFrameworkException(String reference) {
    super("catalogue.framework.unknown", reference);
  }
}
