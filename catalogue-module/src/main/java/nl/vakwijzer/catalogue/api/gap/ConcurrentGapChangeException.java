package nl.vakwijzer.catalogue.api.gap;

import nl.vakwijzer.catalogue.api.CatalogueException;

/**
 * Optimistic locking: someone else saved the team or target profile after the caller read it.
 * Nothing was changed; the caller reloads and merges. {0} = the name.
 */
public class ConcurrentGapChangeException extends CatalogueException {
  public static final String KEY = "gap.stale";

  public ConcurrentGapChangeException(String name) {
    super(KEY, name);
  }
}
