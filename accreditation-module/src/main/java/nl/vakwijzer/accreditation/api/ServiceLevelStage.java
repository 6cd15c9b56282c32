package nl.vakwijzer.accreditation.api;

/**
 * A stage with a service level, in working days: INTAKE from the submission until the intake
 * decision (complete or returned), REVIEW from the file opening (IN_BEOORDELING) until the advice.
 */
public enum ServiceLevelStage {
  INTAKE(10),
  REVIEW(30);

  private final int workingDays;

  ServiceLevelStage(int workingDays) {
    this.workingDays = workingDays;
  }

  /** The limit in working days. */
  public int workingDays() {
    return workingDays;
  }

  public String messageKey() {
    return "accreditation.serviceLevel.stage." + name();
  }
}
