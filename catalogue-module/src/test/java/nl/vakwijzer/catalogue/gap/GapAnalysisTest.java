package nl.vakwijzer.catalogue.gap;

import static nl.vakwijzer.catalogue.gap.GapFixtures.BASIS;
import static nl.vakwijzer.catalogue.gap.GapFixtures.BELOW;
import static nl.vakwijzer.catalogue.gap.GapFixtures.VAKBEKWAAM;
import static nl.vakwijzer.catalogue.gap.GapFixtures.VAKVOLWASSEN;
import static nl.vakwijzer.catalogue.gap.GapFixtures.item;
import static nl.vakwijzer.catalogue.gap.GapFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.gap.CompetencyGap;
import nl.vakwijzer.catalogue.api.gap.PersonGap;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.TeamGap;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {
  static final ItemId P = item("probleemanalyse");
  static final ItemId N = item("netwerken");
  static final ItemId C = item("creativiteit");

  final TargetProfile profile = TargetProfile.of(
      new TargetCompetency(P, VAKBEKWAAM, 1.0, List.of()),
      new TargetCompetency(N, VAKVOLWASSEN, 0.5, List.of()),
      new TargetCompetency(C, BASIS, 3.0, List.of()));
  final TeamState team = TeamState.of(
      person("KM-01", P, BASIS, N, VAKBEKWAAM, C, BASIS),
      person("KM-02", P, BELOW, N, BASIS, C, BELOW),
      person("KM-03", P, VAKVOLWASSEN, N, VAKVOLWASSEN));

  @Test
  void findsWhoIsBelowAndByHowManySteps() {
    TeamGap gap = GapAnalysis.analyse(profile, team);

    CompetencyGap p = gap.gap(P).orElseThrow();
    assertThat(p.below()).containsExactly(
        new PersonGap(PersonLabel.of("KM-01"), BASIS, VAKBEKWAAM),
        new PersonGap(PersonLabel.of("KM-02"), BELOW, VAKBEKWAAM));
    assertThat(p.below()).extracting(PersonGap::steps).containsExactly(1, 2);
    assertThat(p.personSteps()).isEqualTo(3);
    assertThat(p.priority()).isEqualTo(3.0);
    assertThat(gap.gap(N).orElseThrow().personSteps()).isEqualTo(3); // 1 + 2
  }

  @Test
  void ordersByPeopleTimesStepsTimesWeight() {
    TeamGap gap = GapAnalysis.analyse(profile, team);
    // P: 3 steps × 1 = 3; N: 3 × 0.5 = 1.5; C: KM-02 1 step × 3 = 3 (KM-03 not assessed) → tie with P, P has more people
    assertThat(gap.byPriority()).extracting(CompetencyGap::competency).containsExactly(P, C, N);
    assertThat(gap.byPriority()).extracting(CompetencyGap::priority).containsExactly(3.0, 3.0, 1.5);
  }

  @Test
  void averagesForTheRadarLeaveOutWhoIsNotAssessed() {
    TeamGap gap = GapAnalysis.analyse(profile, team);
    assertThat(gap.byProfile()).extracting(CompetencyGap::competency).containsExactly(P, N, C);
    assertThat(gap.gap(P).orElseThrow().teamAverage()).isCloseTo(1.0 / 3, within(1e-9)); // (0 - 1 + 2) / 3
    CompetencyGap c = gap.gap(C).orElseThrow();
    assertThat(c.teamAverage()).isCloseTo(-0.5, within(1e-9));
    assertThat(c.assessed()).isEqualTo(2);
    assertThat(c.notAssessed()).containsExactly(PersonLabel.of("KM-03"));
  }

  @Test
  void heatMapHasACellPerPersonAndCompetency() {
    TeamGap gap = GapAnalysis.analyse(profile, team);
    assertThat(gap.heatMap()).hasSize(9);
    assertThat(gap.cell(PersonLabel.of("KM-02"), P).stepsBelow()).isEqualTo(2);
    assertThat(gap.cell(PersonLabel.of("KM-03"), P).stepsBelow()).isZero();
    assertThat(gap.cell(PersonLabel.of("KM-03"), C).currentLevel()).isNull();
    assertThat(gap.heatMap().get(1).competency()).isEqualTo(N); // row-major: KM-01 × (P, N, C)
  }

  @Test
  void aTeamAtTheRequiredLevelHasNoGap() {
    TeamGap gap = GapAnalysis.analyse(TargetProfile.of(TargetCompetency.of(P, BASIS)),
        TeamState.of(person("KM-01", P, BASIS), person("KM-02", P, VAKVOLWASSEN)));
    assertThat(gap.hasGap()).isFalse();
    assertThat(gap.byPriority()).isEmpty();
  }
}
