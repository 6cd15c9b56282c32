package nl.vakwijzer.catalogue.api.gap;

import java.util.List;
import java.util.Objects;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * Which behaviour examples (indicators) belong to one level of one competency, taken from the
 * framework by the caller: e.g. the Standaard's probleemanalyse at Vakbekwaam (ordinal 1) and its
 * indicators.
 */
public record LevelDefinition(ItemId competency, int ordinal, List<ItemId> behaviourExamples) {
  public LevelDefinition {
    Objects.requireNonNull(competency, "competency");
    if (ordinal < 0) {
      throw new InvalidGapInputException(InvalidGapInputException.LEVEL_INVALID, ordinal);
    }
    behaviourExamples = behaviourExamples == null ? List.of() : List.copyOf(behaviourExamples);
  }
}
