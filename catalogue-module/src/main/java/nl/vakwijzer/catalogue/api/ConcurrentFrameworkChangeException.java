package nl.vakwijzer.catalogue.api;

/**
 * Optimistic locking: the framework version changed (someone else edited or published it) after
 * the caller read the revision it acted on. Nothing was changed; reload and try again.
 */
public class ConcurrentFrameworkChangeException extends CatalogueException {
  /** {0} = code, {1} = version. */
  public static final String KEY = "catalogue.frameworkEdit.stale";

  public ConcurrentFrameworkChangeException(String code, String version) {
    super(KEY, code, version);
  }
}
