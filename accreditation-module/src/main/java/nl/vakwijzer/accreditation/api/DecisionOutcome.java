package nl.vakwijzer.accreditation.api;

/** What a besluitnemer decides (and what the lead auditor proposes in the advice). */
public enum DecisionOutcome {
  GEACCREDITEERD,
  GEACCREDITEERD_ONDER_VOORWAARDEN,
  AFGEWEZEN;

  public ApplicationState state() {
    return ApplicationState.valueOf(name());
  }

  public String messageKey() {
    return "accreditation.outcome." + name();
  }
}
