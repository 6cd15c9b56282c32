package nl.vakwijzer.accreditation.api;

/**
 * The application has no certificate (yet): no accreditation was decided on it. {0} = the
 * application's state (its message key).
 */
public class CertificateNotAvailableException extends AccreditationException {
  public static final String KEY = "accreditation.certificate.notAvailable";

  public CertificateNotAvailableException(ApplicationState state) {
    super(KEY, state.messageKey());
  }
}
