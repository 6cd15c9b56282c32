package nl.vakwijzer.catalogue.api.gap;

/**
 * Tunable numbers of the ranking score.
 *
 * <p>{@code behaviourExampleCredit}: extra score per behaviour example of interest that a bridging
 * claim covers, times the competency's weight (default 0.5, i.e. two covered examples weigh as
 * much as bridging one person). {@code learnabilityBoost}: factor (&ge; 1, default 2) on the score a
 * module earns on a hard-to-learn competency when its werkvormen include a fitting learning form.
 */
public record RankingOptions(double behaviourExampleCredit, double learnabilityBoost) {
  public static final RankingOptions DEFAULT = new RankingOptions(0.5, 2.0);

  public RankingOptions {
    if (!(behaviourExampleCredit >= 0) || !(learnabilityBoost >= 1)) {
      throw new IllegalArgumentException("behaviourExampleCredit >= 0 and learnabilityBoost >= 1");
    }
  }
}
