package nl.vakwijzer.catalogue.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.gap.BehaviourScore;
import nl.vakwijzer.catalogue.api.gap.DerivedLevels;
import nl.vakwijzer.catalogue.api.gap.FeedbackSource;
import nl.vakwijzer.catalogue.api.gap.LevelDefinition;
import nl.vakwijzer.catalogue.api.gap.LevelDerivationRule;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.TeamState;

/**
 * Turns 360° scores on the 6-point scale into levels, by a {@link LevelDerivationRule} (see there
 * for the rule in full): which scores count, the "shown" threshold, the share of a level's
 * behaviour examples that must be shown, and cumulative levels.
 */
public final class LevelDerivation {
  private LevelDerivation() {}

  /**
   * Derives a level for every person with at least one score and every competency in {@code
   * levels}. A person who has scores but shows nothing of a competency is below Basis on it.
   */
  public static DerivedLevels derive(List<BehaviourScore> scores, List<LevelDefinition> levels, LevelDerivationRule rule) {
    var byPerson = new HashMap<PersonLabel, Map<ItemId, List<BehaviourScore>>>();
    for (BehaviourScore score : scores) {
      byPerson.computeIfAbsent(score.person(), p -> new HashMap<>())
          .computeIfAbsent(score.behaviourExample(), b -> new ArrayList<>())
          .add(score);
    }
    var byCompetency = new HashMap<ItemId, List<LevelDefinition>>();
    for (LevelDefinition level : levels) {
      byCompetency.computeIfAbsent(level.competency(), c -> new ArrayList<>()).add(level);
    }
    byCompetency.values().forEach(list -> list.sort(Comparator.comparingInt(LevelDefinition::ordinal)));

    var result = new HashMap<PersonLabel, Map<ItemId, Integer>>();
    byPerson.forEach((person, personScores) -> {
      var personLevels = new HashMap<ItemId, Integer>();
      byCompetency.forEach((competency, definitions) ->
          personLevels.put(competency, levelOf(definitions, personScores, rule)));
      result.put(person, personLevels);
    });
    return new DerivedLevels(rule, result);
  }

  private static int levelOf(List<LevelDefinition> definitions, Map<ItemId, List<BehaviourScore>> scores,
      LevelDerivationRule rule) {
    int level = TeamState.BELOW_BASIS;
    int expected = 0;
    for (LevelDefinition definition : definitions) {
      // levels are cumulative: a gap in the scale (ordinal 0 missing) or an unreached level stops the climb
      if (definition.ordinal() != expected || !reached(definition, scores, rule)) {
        break;
      }
      level = definition.ordinal();
      expected++;
    }
    return level;
  }

  /** Whether the configured share of the level's behaviour examples is shown. */
  static boolean reached(LevelDefinition level, Map<ItemId, List<BehaviourScore>> scores, LevelDerivationRule rule) {
    int total = level.behaviourExamples().size();
    if (total == 0) {
      return false;
    }
    long shown = level.behaviourExamples().stream()
        .filter(example -> shown(scores.getOrDefault(example, List.of()), rule))
        .count();
    int needed = (int) Math.ceil(rule.requiredShare() * total - 1e-9);
    return shown >= Math.max(1, needed);
  }

  /** Whether the counting value of these scores (one person, one behaviour example) reaches the threshold. */
  static boolean shown(List<BehaviourScore> scores, LevelDerivationRule rule) {
    OptionalDouble value = switch (rule.sources()) {
      case MANAGER_ONLY -> scores.stream().filter(s -> s.source() == FeedbackSource.MANAGER)
          .mapToInt(BehaviourScore::score).average();
      case AVERAGE_OF_ALL -> scores.stream().mapToInt(BehaviourScore::score).average();
      case MINIMUM -> scores.stream().mapToInt(BehaviourScore::score).min().stream().asDoubleStream().findFirst();
    };
    return value.isPresent() && value.getAsDouble() >= rule.threshold();
  }
}
