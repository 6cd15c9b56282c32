package nl.vakwijzer.catalogue.api.gap;

import java.util.List;
import java.util.Objects;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * One line of a target profile: what the team must master. {@code requiredLevel} is the ordinal on
 * the framework's scale (Standaard vakvolwassenheid: 0 = Basis, 1 = Vakbekwaam, 2 = Vakvolwassen;
 * a framework without levels, such as the Divosa profiles, uses 0). {@code weight} (&gt; 0) says
 * how much the competency matters relative to the others (1 = normal). {@code behaviourExamples}
 * are the behaviour examples (gedragsvoorbeelden, indicators) of interest; a module covering them
 * scores extra.
 */
public record TargetCompetency(ItemId competency, int requiredLevel, double weight, List<ItemId> behaviourExamples) {
  public TargetCompetency {
    Objects.requireNonNull(competency, "competency");
    if (requiredLevel < 0) {
      throw new InvalidGapInputException(InvalidGapInputException.LEVEL_INVALID, requiredLevel);
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new InvalidGapInputException(InvalidGapInputException.WEIGHT_INVALID, competency, weight);
    }
    behaviourExamples = behaviourExamples == null ? List.of() : List.copyOf(behaviourExamples);
  }

  /** Weight 1, no behaviour examples. */
  public static TargetCompetency of(ItemId competency, int requiredLevel) {
    return new TargetCompetency(competency, requiredLevel, 1.0, List.of());
  }
}
