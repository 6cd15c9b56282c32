package nl.vakwijzer.accreditation.api;

/**
 * A measured part of an application's lead time: TOTAL (submission → first decision), INTAKE
 * (submission → intake decision), REVIEW (file opening → advice), DECISION (advice → first decision).
 */
public enum LeadTimePhase {
  TOTAL,
  INTAKE,
  REVIEW,
  DECISION;

  public String messageKey() {
    return "accreditation.statistics.phase." + name();
  }
}
