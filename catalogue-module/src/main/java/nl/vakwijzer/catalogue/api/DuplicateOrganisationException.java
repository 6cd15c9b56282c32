package nl.vakwijzer.catalogue.api;

/** An organisation with this name already exists (case-insensitively). */
public class DuplicateOrganisationException extends CatalogueException {
  public DuplicateOrganisationException(String name) {
    super("catalogue.organisation.name.taken", name);
  }
}
