package nl.vakwijzer.accreditation.api;

import nl.vakwijzer.catalogue.api.ItemId;

/**
 * The consolidated claim verdicts (the lead auditor's advice) on one competency over decided
 * applications: accepted as claimed, accepted at a lower level, rejected.
 */
public record CompetencyRate(ItemId competency, int accepted, int acceptedLower, int rejected) {

  public int total() {
    return accepted + acceptedLower + rejected;
  }

  /** The share of the verdict among all, as a whole percentage (0 without verdicts). */
  public int percent(VerdictType type) {
    int count = switch (type) {
      case ACCEPT -> accepted;
      case ACCEPT_LOWER -> acceptedLower;
      case REJECT -> rejected;
    };
    return total() == 0 ? 0 : (int) Math.round(100.0 * count / total());
  }
}
