package nl.vakwijzer.accreditation.api;

/** No notification with this id for the caller (another account's is answered alike). {0} = id. */
public class UnknownNotificationException extends AccreditationException {
  public static final String KEY = "accreditation.notification.unknown";

  public UnknownNotificationException(Object id) {
    super(KEY, String.valueOf(id));
  }
}
