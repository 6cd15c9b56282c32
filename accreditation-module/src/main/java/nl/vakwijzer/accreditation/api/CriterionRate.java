package nl.vakwijzer.accreditation.api;

/** How the auditors scored one criterion (every auditor's score counts) on decided applications. */
public record CriterionRate(String code, String title, boolean knockOut, int voldoet, int gedeeltelijk, int niet, int nietVanToepassing) {

  public int total() {
    return voldoet + gedeeltelijk + niet + nietVanToepassing;
  }

  /** The share of {@code score} among all scores, as a whole percentage (0 without scores). */
  public int percent(Score score) {
    int count = switch (score) {
      case VOLDOET -> voldoet;
      case VOLDOET_GEDEELTELIJK -> gedeeltelijk;
      case VOLDOET_NIET -> niet;
      case NIET_VAN_TOEPASSING -> nietVanToepassing;
    };
    return total() == 0 ? 0 : (int) Math.round(100.0 * count / total());
  }
}
