package nl.vakwijzer.catalogue.api.gap;

import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * Levels derived from 360° scores by a {@link LevelDerivationRule}: per person, per competency for
 * which level definitions were given.
 */
public record DerivedLevels(LevelDerivationRule rule, Map<PersonLabel, Map<ItemId, Integer>> levels) {
  public DerivedLevels {
    Objects.requireNonNull(rule, "rule");
    levels = levels.entrySet().stream()
        .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
  }

  public OptionalInt level(PersonLabel person, ItemId competency) {
    Integer level = levels.getOrDefault(person, Map.of()).get(competency);
    return level == null ? OptionalInt.empty() : OptionalInt.of(level);
  }

  /**
   * The team with derived levels filled in where no level was entered; an entered level always
   * wins (the 360° scores are kept separately and only complete the grid). People without scores
   * are unchanged; scores for labels not in the team are ignored.
   */
  public TeamState fillIn(TeamState team) {
    var members = new ArrayList<TeamMember>();
    for (TeamMember member : team.members()) {
      TeamMember filled = member;
      for (var entry : levels.getOrDefault(member.label(), Map.of()).entrySet()) {
        if (filled.level(entry.getKey()).isEmpty()) {
          filled = filled.withLevel(entry.getKey(), entry.getValue());
        }
      }
      members.add(filled);
    }
    return new TeamState(members);
  }
}
