package nl.vakwijzer.catalogue.gap;

import static nl.vakwijzer.catalogue.api.gap.FeedbackSource.COLLEAGUE;
import static nl.vakwijzer.catalogue.api.gap.FeedbackSource.MANAGER;
import static nl.vakwijzer.catalogue.api.gap.FeedbackSource.SELF;
import static nl.vakwijzer.catalogue.gap.GapFixtures.item;
import static nl.vakwijzer.catalogue.gap.GapFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.gap.BehaviourScore;
import nl.vakwijzer.catalogue.api.gap.DerivedLevels;
import nl.vakwijzer.catalogue.api.gap.FeedbackSource;
import nl.vakwijzer.catalogue.api.gap.LevelDefinition;
import nl.vakwijzer.catalogue.api.gap.LevelDerivationRule;
import nl.vakwijzer.catalogue.api.gap.LevelDerivationRule.SourcePolicy;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import org.junit.jupiter.api.Test;

/** 360° scores → level, for probleemanalyse with Basis {b1, b2}, Vakbekwaam {b3, b4}, Vakvolwassen {b5}. */
class LevelDerivationTest {
  static final ItemId P = item("probleemanalyse");
  static final ItemId B1 = item("b1");
  static final ItemId B2 = item("b2");
  static final ItemId B3 = item("b3");
  static final ItemId B4 = item("b4");
  static final ItemId B5 = item("b5");
  static final List<LevelDefinition> LEVELS = List.of(
      new LevelDefinition(P, 2, List.of(B5)), // order of input does not matter
      new LevelDefinition(P, 0, List.of(B1, B2)),
      new LevelDefinition(P, 1, List.of(B3, B4)));
  static final PersonLabel KM1 = PersonLabel.of("KM-01");

  private final List<BehaviourScore> scores = new ArrayList<>();

  private void score(ItemId example, FeedbackSource source, int value) {
    scores.add(new BehaviourScore(KM1, example, source, value));
  }

  private int level(LevelDerivationRule rule) {
    DerivedLevels derived = LevelDerivation.derive(scores, LEVELS, rule);
    return derived.level(KM1, P).orElseThrow();
  }

  @Test
  void defaultRuleCountsOnlyTheManagerAtFourOrHigherAndNeedsAllExamplesOfALevel() {
    score(B1, MANAGER, 4);
    score(B2, MANAGER, 5);
    score(B3, MANAGER, 6);
    score(B4, MANAGER, 3);
    for (ItemId b : List.of(B1, B2, B3, B4, B5)) {
      score(b, SELF, 6); // ignored by MANAGER_ONLY
    }
    assertThat(level(LevelDerivationRule.DEFAULT)).isEqualTo(0);
  }

  @Test
  void aBehaviourExampleWithoutAManagerScoreIsNotShownUnderManagerOnly() {
    score(B1, MANAGER, 6);
    score(B2, COLLEAGUE, 6);
    assertThat(level(LevelDerivationRule.DEFAULT)).isEqualTo(TeamState.BELOW_BASIS);
  }

  @Test
  void averageOfAllSourcesCountsSelfAndEveryColleague() {
    score(B1, MANAGER, 4);
    score(B2, MANAGER, 4);
    score(B3, MANAGER, 4);
    score(B4, MANAGER, 3);
    score(B4, SELF, 5);
    score(B4, COLLEAGUE, 5); // mean of B4 = 4.33
    score(B5, MANAGER, 3);
    score(B5, COLLEAGUE, 4); // mean 3.5
    var rule = new LevelDerivationRule(SourcePolicy.AVERAGE_OF_ALL, 4, 1.0);
    assertThat(level(rule)).isEqualTo(1);
    assertThat(level(LevelDerivationRule.DEFAULT)).isEqualTo(0);
  }

  @Test
  void minimumNeedsEverySourceToSeeTheBehaviour() {
    score(B1, MANAGER, 5);
    score(B1, COLLEAGUE, 3);
    score(B2, MANAGER, 5);
    assertThat(level(new LevelDerivationRule(SourcePolicy.MINIMUM, 4, 1.0))).isEqualTo(TeamState.BELOW_BASIS);
    assertThat(level(new LevelDerivationRule(SourcePolicy.MINIMUM, 3, 1.0))).isEqualTo(0);
  }

  @Test
  void aShareBelowOneReachesALevelWithPartOfItsExamplesRoundedUp() {
    score(B1, MANAGER, 4);
    score(B3, MANAGER, 4);
    assertThat(level(LevelDerivationRule.DEFAULT)).isEqualTo(TeamState.BELOW_BASIS);
    assertThat(level(new LevelDerivationRule(SourcePolicy.MANAGER_ONLY, 4, 0.5))).isEqualTo(1);
    // 0.6 of two examples = 1.2 → 2 needed
    assertThat(level(new LevelDerivationRule(SourcePolicy.MANAGER_ONLY, 4, 0.6))).isEqualTo(TeamState.BELOW_BASIS);
  }

  @Test
  void levelsAreCumulativeAHigherLevelWithoutTheLowerDoesNotCount() {
    score(B3, MANAGER, 6);
    score(B4, MANAGER, 6);
    score(B5, MANAGER, 6);
    score(B1, MANAGER, 2);
    score(B2, MANAGER, 6);
    assertThat(level(LevelDerivationRule.DEFAULT)).isEqualTo(TeamState.BELOW_BASIS);
  }

  @Test
  void theThresholdIsConfigurable() {
    for (ItemId b : List.of(B1, B2, B3, B4, B5)) {
      score(b, MANAGER, 3);
    }
    assertThat(level(LevelDerivationRule.DEFAULT)).isEqualTo(TeamState.BELOW_BASIS);
    assertThat(level(new LevelDerivationRule(SourcePolicy.MANAGER_ONLY, 3, 1.0))).isEqualTo(2);
  }

  @Test
  void aLevelWithoutBehaviourExamplesCannotBeReached() {
    score(B1, MANAGER, 6);
    var levels = List.of(new LevelDefinition(P, 0, List.of(B1)), new LevelDefinition(P, 1, List.of()));
    assertThat(LevelDerivation.derive(scores, levels, LevelDerivationRule.DEFAULT).level(KM1, P)).hasValue(0);
  }

  @Test
  void derivedLevelsFillOnlyWhatWasNotEntered() {
    var q = item("netwerken");
    score(B1, MANAGER, 6);
    score(B2, MANAGER, 6);
    scores.add(new BehaviourScore(PersonLabel.of("KM-09"), B1, MANAGER, 6)); // not in the team: ignored
    var levels = new ArrayList<>(LEVELS);
    levels.add(new LevelDefinition(q, 0, List.of(item("q1"))));
    DerivedLevels derived = LevelDerivation.derive(scores, levels, LevelDerivationRule.DEFAULT);
    TeamState team = TeamState.of(person("KM-01", q, 2), person("KM-02"));

    TeamState filled = derived.fillIn(team);

    assertThat(filled.members().get(0).level(P)).hasValue(0);
    assertThat(filled.members().get(0).level(q)).hasValue(2); // entered level wins over derived BELOW_BASIS
    assertThat(filled.members().get(1).levels()).isEmpty();
    assertThat(derived.level(KM1, q)).hasValue(TeamState.BELOW_BASIS);
  }
}
