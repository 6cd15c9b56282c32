package nl.vakwijzer.accreditation.api;

/** The account is not (or no longer) an auditor in the pool. {0} = account id. */
public class UnknownAuditorException extends AccreditationException {
  public static final String KEY = "accreditation.auditor.unknown";

  public UnknownAuditorException(Object account) {
    super(KEY, String.valueOf(account));
  }
}
