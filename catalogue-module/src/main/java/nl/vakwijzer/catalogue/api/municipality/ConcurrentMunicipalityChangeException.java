package nl.vakwijzer.catalogue.api.municipality;

import nl.vakwijzer.catalogue.api.CatalogueException;

/** Someone else saved the profile after the caller read it; nothing was changed. */
public final class ConcurrentMunicipalityChangeException extends CatalogueException {
  public static final String KEY = "municipality.stale";

  public ConcurrentMunicipalityChangeException() {
    super(KEY);
  }
}
