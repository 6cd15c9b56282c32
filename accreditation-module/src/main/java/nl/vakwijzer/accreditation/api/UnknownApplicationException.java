package nl.vakwijzer.accreditation.api;

/** No application with this id, or none the caller may see (answered alike). {0} = id. */
public class UnknownApplicationException extends AccreditationException {
  public static final String KEY = "accreditation.application.unknown";

  public UnknownApplicationException(Object id) {
    super(KEY, String.valueOf(id));
  }
}
