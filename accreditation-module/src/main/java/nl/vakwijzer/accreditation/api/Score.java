package nl.vakwijzer.accreditation.api;

/** An auditor's score on one criterion of the assessment framework. */
public enum Score {
  VOLDOET,
  VOLDOET_GEDEELTELIJK,
  VOLDOET_NIET,
  NIET_VAN_TOEPASSING;

  /** Any score below "voldoet" (except not applicable) needs a written finding. */
  public boolean requiresFinding() {
    return this == VOLDOET_GEDEELTELIJK || this == VOLDOET_NIET;
  }

  public String messageKey() {
    return "accreditation.score." + name();
  }
}
