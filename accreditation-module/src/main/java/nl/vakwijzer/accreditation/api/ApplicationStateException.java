package nl.vakwijzer.accreditation.api;

/**
 * The action does not fit the application's current state (e.g. a decision while it is still in
 * review). {0} = the current state's message key.
 */
public class ApplicationStateException extends AccreditationException {
  public static final String KEY = "accreditation.application.wrongState";

  public ApplicationStateException(ApplicationState current) {
    super(KEY, current.messageKey());
  }
}
