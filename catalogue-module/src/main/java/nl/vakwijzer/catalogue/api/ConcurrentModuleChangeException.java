package nl.vakwijzer.catalogue.api;

/**
 * Optimistic locking: someone else saved the module version after the caller read it. Nothing was
 * changed; the caller keeps its input, reloads and merges. {0} = module title.
 */
public class ConcurrentModuleChangeException extends CatalogueException {
  public static final String KEY = "catalogue.module.stale";

  public ConcurrentModuleChangeException(String title) {
    super(KEY, title);
  }
}
