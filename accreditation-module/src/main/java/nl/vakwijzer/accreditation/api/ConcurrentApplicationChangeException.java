package nl.vakwijzer.accreditation.api;

/**
 * Optimistic locking: someone changed the application after the caller read it (e.g. two
 * besluitnemers deciding at once). Nothing was changed; reload. {0} = module title.
 */
public class ConcurrentApplicationChangeException extends AccreditationException {
  public static final String KEY = "accreditation.application.stale";

  public ConcurrentApplicationChangeException(String title) {
    super(KEY, title);
  }
}
