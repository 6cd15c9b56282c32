package nl.vakwijzer.catalogue.api.gap;

/** One person below the required level of a competency: current level and the steps to go. */
public record PersonGap(PersonLabel person, int currentLevel, int requiredLevel) {
  /** Level steps between current and required (below Basis counts as one step under Basis). */
  public int steps() {
    return requiredLevel - currentLevel;
  }
}
