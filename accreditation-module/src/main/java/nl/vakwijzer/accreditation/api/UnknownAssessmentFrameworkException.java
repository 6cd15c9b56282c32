package nl.vakwijzer.accreditation.api;

/** No assessment framework version with this id. {0} = id. */
public class UnknownAssessmentFrameworkException extends AccreditationException {
  public static final String KEY = "accreditation.framework.unknown";

  public UnknownAssessmentFrameworkException(Object id) {
    super(KEY, String.valueOf(id));
  }
}
