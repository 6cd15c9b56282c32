package nl.vakwijzer.catalogue.api;

/** A registration can be approved or rejected only while it is pending; {0} = the organisation. */
public class CannotDecideRegistrationException extends CatalogueException {
  public CannotDecideRegistrationException(String organisationName) {
    super("catalogue.provider.notPending", organisationName);
  }
}
