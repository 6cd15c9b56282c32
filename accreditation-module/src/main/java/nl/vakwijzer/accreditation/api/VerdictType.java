package nl.vakwijzer.accreditation.api;

/** An auditor's verdict on one competency claim. */
public enum VerdictType {
  /** Accepted as claimed. */
  ACCEPT,
  /** Accepted at a lower to-level (still above the from-level). */
  ACCEPT_LOWER,
  /** Not accepted; a reason is required. */
  REJECT;

  public String messageKey() {
    return "accreditation.verdict." + name();
  }
}
