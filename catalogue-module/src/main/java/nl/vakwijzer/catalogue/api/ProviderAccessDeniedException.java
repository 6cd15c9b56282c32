package nl.vakwijzer.catalogue.api;

/**
 * The actor may not do this with providers: only a beheerder decides on registrations, and only an
 * organisation admin of the provider itself edits its profile or invites colleagues.
 */
public class ProviderAccessDeniedException extends CatalogueException {
  public ProviderAccessDeniedException() {
    super("catalogue.provider.accessDenied");
  }
}
