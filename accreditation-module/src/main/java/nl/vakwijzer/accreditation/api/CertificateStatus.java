package nl.vakwijzer.accreditation.api;

/**
 * What a certificate's verification says today: GELDIG (accredited and within its validity; also
 * while an objection against it runs, as the decision stays in force), VERLOPEN (validity ended),
 * GESCHORST (suspended), INGETROKKEN (withdrawn, or the accreditation was replaced by a rejection
 * on objection).
 */
public enum CertificateStatus {
  GELDIG,
  VERLOPEN,
  GESCHORST,
  INGETROKKEN;

  public String messageKey() {
    return "accreditation.certificate.status." + name();
  }
}
