package nl.vakwijzer.web.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;

/**
 * A competency of the Standaard with its indicators per level. The levels are cumulative, so the
 * indicators required at a level are those of that level and of every level below it;
 * {@link #upTo} lists them marked with the level each comes from.
 */
public record CompetencyLevels(ItemSummary competency, List<ItemSummary> indicators) {

  /** An indicator required at the chosen level, introduced at {@code level}. */
  public record Required(ItemSummary indicator, String level, boolean introducedHere) {}

  public CompetencyLevels {
    indicators = List.copyOf(indicators);
  }

  /** The competency's levelled indicators from its children; empty when it has none. */
  static Optional<CompetencyLevels> of(ItemSummary competency, List<ItemSummary> children) {
    List<ItemSummary> levelled =
        children.stream()
            .filter(c -> c.type() == ItemType.INDICATOR && c.extension("level").isPresent())
            .sorted(Comparator.comparingInt((ItemSummary c) -> Levels.rank(c.extension("level").orElseThrow())))
            .toList(); // stable: document order within a level
    return levelled.isEmpty() ? Optional.empty() : Optional.of(new CompetencyLevels(competency, levelled));
  }

  /**
   * Every indicator required at the level: its own and those of the levels below it; none for a
   * level that is not on the scale.
   */
  public List<Required> upTo(String level) {
    if (!Levels.isKnown(level)) {
      return List.of();
    }
    int rank = Levels.rank(level);
    List<Required> required = new ArrayList<>();
    for (ItemSummary indicator : indicators) {
      String from = indicator.extension("level").orElseThrow();
      if (Levels.rank(from) <= rank) {
        required.add(new Required(indicator, from, from.equals(level)));
      }
    }
    return required;
  }

  /** The indicators introduced at exactly this level. */
  public List<ItemSummary> at(String level) {
    return indicators.stream().filter(i -> i.extension("level").orElseThrow().equals(level)).toList();
  }

  /** The levels that introduce indicators, lowest first. */
  public List<String> levels() {
    return indicators.stream().map(i -> i.extension("level").orElseThrow()).distinct().toList();
  }
}
