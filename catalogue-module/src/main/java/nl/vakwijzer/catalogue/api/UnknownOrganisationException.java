package nl.vakwijzer.catalogue.api;

/** No organisation has this id. */
public class UnknownOrganisationException extends CatalogueException {
  public UnknownOrganisationException(OrganisationId id) {
    super("catalogue.organisation.unknown", String.valueOf(id));
  }
}
