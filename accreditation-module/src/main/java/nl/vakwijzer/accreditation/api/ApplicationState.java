package nl.vakwijzer.accreditation.api;

/**
 * Where an application is in the accreditation workflow.
 *
 * <p>INGEDIEND (intake by a coordinator) → TOEGEWEZEN (auditors assigned, declarations pending) or
 * TERUGGESTUURD (returned to the provider; final for this application, a resubmission is a new
 * application) → IN_BEOORDELING (both auditors declared no conflict; scoring) → optionally
 * VISITATIE (attending an offering) → ADVIES (both reviews in; the lead writes the advice) → BESLUIT
 * (advice given; a besluitnemer decides) → GEACCREDITEERD, GEACCREDITEERD_ONDER_VOORWAARDEN or
 * AFGEWEZEN → optionally BEZWAAR (objection) → the upheld or changed outcome; later GESCHORST,
 * INGETROKKEN or VERLOPEN.
 */
public enum ApplicationState {
  INGEDIEND("INTAKE"),
  TERUGGESTUURD(null),
  TOEGEWEZEN("TOEGEWEZEN"),
  IN_BEOORDELING("IN_BEOORDELING"),
  VISITATIE("VISITATIE"),
  ADVIES("ADVIES"),
  BESLUIT("BESLUIT"),
  GEACCREDITEERD(null),
  GEACCREDITEERD_ONDER_VOORWAARDEN(null),
  AFGEWEZEN(null),
  BEZWAAR("BEZWAAR"),
  GESCHORST(null),
  INGETROKKEN(null),
  VERLOPEN(null);

  private final String stage;

  ApplicationState(String stage) {
    this.stage = stage;
  }

  /**
   * The stage name reported to the catalogue ({@code ModuleAccreditationService.recordStage}) when
   * the application enters this state; {@code null} for states the catalogue learns otherwise
   * (return, accredit, reject, end).
   */
  public String catalogueStage() {
    return stage;
  }

  /** Whether the module version is accredited (searchable) in this state. */
  public boolean isAccredited() {
    return this == GEACCREDITEERD || this == GEACCREDITEERD_ONDER_VOORWAARDEN;
  }

  /** Whether auditors are still working on it (counts as open workload). */
  public boolean isOpenForAuditors() {
    return this == TOEGEWEZEN || this == IN_BEOORDELING || this == VISITATIE || this == ADVIES || this == BEZWAAR;
  }

  public String messageKey() {
    return "accreditation.state." + name();
  }
}
