package nl.vakwijzer.catalogue.api.gap;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * One person of the team, known only by a {@link PersonLabel}, with a current level per
 * competency: the ordinal on the framework's scale, or {@link TeamState#BELOW_BASIS} (-1). A
 * competency without an entry is "not assessed": it is left out of that competency's gap and
 * average rather than guessed.
 */
public record TeamMember(PersonLabel label, Map<ItemId, Integer> levels) {
  public TeamMember {
    Objects.requireNonNull(label, "label");
    levels = levels == null ? Map.of() : Map.copyOf(levels);
    for (int level : levels.values()) {
      if (level < TeamState.BELOW_BASIS) {
        throw new InvalidGapInputException(InvalidGapInputException.LEVEL_INVALID, level);
      }
    }
  }

  public static TeamMember of(String label, Map<ItemId, Integer> levels) {
    return new TeamMember(PersonLabel.of(label), levels);
  }

  public OptionalInt level(ItemId competency) {
    Integer level = levels.get(competency);
    return level == null ? OptionalInt.empty() : OptionalInt.of(level);
  }

  /** A copy with {@code competency} set to {@code level}. */
  public TeamMember withLevel(ItemId competency, int level) {
    var copy = new HashMap<>(levels);
    copy.put(competency, level);
    return new TeamMember(label, copy);
  }
}
