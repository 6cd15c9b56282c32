package nl.vakwijzer.catalogue.api;

/** No account has this username or id. */
public class UnknownAccountException extends CatalogueException {
  public UnknownAccountException(String reference) {
    super("catalogue.account.unknown", reference);
  }
}
