package nl.vakwijzer.catalogue.gap;

import static nl.vakwijzer.catalogue.gap.GapFixtures.item;
import static nl.vakwijzer.catalogue.gap.GapFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.gap.BehaviourScore;
import nl.vakwijzer.catalogue.api.gap.FeedbackSource;
import nl.vakwijzer.catalogue.api.gap.GapSearchFilter;
import nl.vakwijzer.catalogue.api.gap.GapSearchRequest;
import nl.vakwijzer.catalogue.api.gap.InvalidGapInputException;
import nl.vakwijzer.catalogue.api.gap.LearningPathRequest;
import nl.vakwijzer.catalogue.api.gap.LevelDerivationRule;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GapInputValidationTest {

  @ParameterizedTest
  @ValueSource(strings = {"KM-01", "km_2", "team.a.07", "X", "ABCDEFGHIJ0123456789"})
  void acceptsCodeLikeLabels(String label) {
    assertThat(PersonLabel.of(label).value()).isEqualTo(label);
    assertThat(PersonLabel.isValid(label)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Jan de Vries", "Fatima El Amrani", "Müller", "D'Souza", "KM 01", "ABCDEFGHIJ01234567890",
      "a@b.nl", "KM/01", "   "})
  void refusesAnythingThatIsNotACode(String label) {
    assertThatThrownBy(() -> PersonLabel.of(label))
        .isInstanceOfSatisfying(InvalidGapInputException.class, e -> {
          assertThat(e.messageKey()).isEqualTo(InvalidGapInputException.LABEL_INVALID);
          assertThat(e.arguments()).containsExactly(label == null ? "" : label);
        });
    assertThat(PersonLabel.isValid(label)).isFalse();
  }

  @Test
  void stripsSurroundingBlanks() {
    assertThat(PersonLabel.of("  KM-01 ").value()).isEqualTo("KM-01");
  }

  @Test
  void refusesEmptyTeamsDuplicateLabelsAndLevelsBelowBelowBasis() {
    assertThatThrownBy(() -> new TeamState(List.of())).hasMessageContaining(InvalidGapInputException.TEAM_EMPTY);
    assertThatThrownBy(() -> TeamState.of(person("KM-01"), person("KM-01")))
        .hasMessageContaining(InvalidGapInputException.LABEL_DUPLICATE);
    assertThatThrownBy(() -> TeamMember.of("KM-01", Map.of(item("p"), -2)))
        .hasMessageContaining(InvalidGapInputException.LEVEL_INVALID);
    assertThat(TeamMember.of("KM-01", Map.of(item("p"), TeamState.BELOW_BASIS)).level(item("p"))).hasValue(-1);
  }

  @Test
  void refusesBadProfiles() {
    assertThatThrownBy(() -> new TargetProfile(List.of())).hasMessageContaining(InvalidGapInputException.PROFILE_EMPTY);
    assertThatThrownBy(() -> TargetProfile.of(TargetCompetency.of(item("p"), 1), TargetCompetency.of(item("p"), 2)))
        .hasMessageContaining(InvalidGapInputException.COMPETENCY_DUPLICATE);
    for (double weight : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new TargetCompetency(item("p"), 1, weight, List.of()))
          .hasMessageContaining(InvalidGapInputException.WEIGHT_INVALID);
    }
    assertThatThrownBy(() -> TargetCompetency.of(item("p"), -1)).hasMessageContaining(InvalidGapInputException.LEVEL_INVALID);
  }

  @Test
  void refusesScoresOffTheSixPointScaleAndBadRules() {
    assertThatThrownBy(() -> new BehaviourScore(PersonLabel.of("KM-01"), item("b"), FeedbackSource.SELF, 0))
        .hasMessageContaining(InvalidGapInputException.SCORE_INVALID);
    assertThatThrownBy(() -> new BehaviourScore(PersonLabel.of("KM-01"), item("b"), FeedbackSource.SELF, 7))
        .hasMessageContaining(InvalidGapInputException.SCORE_INVALID);
    assertThatThrownBy(() -> new LevelDerivationRule(LevelDerivationRule.SourcePolicy.MINIMUM, 0, 1))
        .hasMessageContaining(InvalidGapInputException.RULE_INVALID);
    assertThatThrownBy(() -> new LevelDerivationRule(LevelDerivationRule.SourcePolicy.MINIMUM, 4, 0))
        .hasMessageContaining(InvalidGapInputException.RULE_INVALID);
    assertThatThrownBy(() -> new LevelDerivationRule(LevelDerivationRule.SourcePolicy.MINIMUM, 4, 1.5))
        .hasMessageContaining(InvalidGapInputException.RULE_INVALID);
  }

  @Test
  void refusesAZeroBudgetAndAnInvertedPeriod() {
    var search = GapSearchRequest.of(TargetProfile.of(TargetCompetency.of(item("p"), 1)),
        TeamState.of(person("KM-01", item("p"), 0)), List.of(), GapFixtures.TODAY);
    assertThatThrownBy(() -> LearningPathRequest.of(search, BigDecimal.ZERO))
        .hasMessageContaining(InvalidGapInputException.BUDGET_INVALID);
    assertThatThrownBy(() -> GapSearchFilter.NONE.withPeriod(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1)))
        .hasMessageContaining(InvalidGapInputException.PERIOD_INVALID);
  }
}
