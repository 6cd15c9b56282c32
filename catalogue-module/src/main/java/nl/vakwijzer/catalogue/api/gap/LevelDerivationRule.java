package nl.vakwijzer.catalogue.api.gap;

import java.util.Objects;

/**
 * How 360° scores become a level. This is a product decision, not something the sources state
 * (DOMAIN §7.3: the Divosa scale and the Standaard's levels are different scales), so it is
 * configurable and documented here.
 *
 * <ol>
 *   <li><b>Which scores count</b> ({@link SourcePolicy}): the manager's score only; the average of
 *       all scores (self, manager, every colleague); or the lowest of all scores.
 *   <li><b>Shown</b>: a behaviour example counts as shown when that value is at least {@code
 *       threshold} (default 4, on the 1..6 scale). A behaviour example without a counting score
 *       (e.g. no manager score under {@link SourcePolicy#MANAGER_ONLY}) is not shown.
 *   <li><b>Level reached</b>: a level is reached when at least {@code requiredShare} (0 &lt; share
 *       &le; 1, default 1 = all) of its behaviour examples are shown; the number needed is rounded
 *       up. A level without behaviour examples cannot be evidenced and is not reached.
 *   <li><b>Derived level</b>: levels are cumulative (the Standaard's Vakbekwaam builds on Basis), so
 *       the derived level is the highest level reached together with every level below it;
 *       when even the lowest is not reached the person is {@link TeamState#BELOW_BASIS}.
 * </ol>
 */
public record LevelDerivationRule(SourcePolicy sources, int threshold, double requiredShare) {
  /** The manager's score counts, shown at 4 or higher, a level needs all its examples. */
  public static final LevelDerivationRule DEFAULT = new LevelDerivationRule(SourcePolicy.MANAGER_ONLY, 4, 1.0);

  /** Which scores count towards "shown". */
  public enum SourcePolicy {
    /** Only the manager's score; several manager scores are averaged. */
    MANAGER_ONLY,
    /** The mean of all scores, from every source. */
    AVERAGE_OF_ALL,
    /** The lowest score from any source: everyone must see the behaviour. */
    MINIMUM
  }

  public LevelDerivationRule {
    Objects.requireNonNull(sources, "sources");
    if (threshold < BehaviourScore.MIN_SCORE || threshold > BehaviourScore.MAX_SCORE
        || !(requiredShare > 0 && requiredShare <= 1)) {
      throw new InvalidGapInputException(InvalidGapInputException.RULE_INVALID, threshold, requiredShare);
    }
  }
}
