package nl.vakwijzer.catalogue.gap;

import static nl.vakwijzer.catalogue.gap.GapFixtures.BASIS;
import static nl.vakwijzer.catalogue.gap.GapFixtures.BELOW;
import static nl.vakwijzer.catalogue.gap.GapFixtures.TODAY;
import static nl.vakwijzer.catalogue.gap.GapFixtures.VAKBEKWAAM;
import static nl.vakwijzer.catalogue.gap.GapFixtures.VAKVOLWASSEN;
import static nl.vakwijzer.catalogue.gap.GapFixtures.claim;
import static nl.vakwijzer.catalogue.gap.GapFixtures.item;
import static nl.vakwijzer.catalogue.gap.GapFixtures.module;
import static nl.vakwijzer.catalogue.gap.GapFixtures.person;
import static nl.vakwijzer.catalogue.gap.GapFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.OfferingLocation;
import nl.vakwijzer.catalogue.api.gap.Crosswalk;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.api.gap.GapSearchFilter;
import nl.vakwijzer.catalogue.api.gap.GapSearchRequest;
import nl.vakwijzer.catalogue.api.gap.LearningPath;
import nl.vakwijzer.catalogue.api.gap.LearningPathRequest;
import nl.vakwijzer.catalogue.api.gap.PathModule;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.PersonPlan;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.catalogue.api.gap.UncoveredGap;
import org.junit.jupiter.api.Test;

class LearningPathPlannerTest {
  static final ItemId C1 = item("c1");
  static final ItemId C2 = item("c2");
  static final TargetProfile PROFILE = TargetProfile.of(TargetCompetency.of(C1, VAKBEKWAAM), TargetCompetency.of(C2, VAKBEKWAAM));
  /** KM-01..04 need C1 Basis → Vakbekwaam; KM-05 needs C2 Basis → Vakbekwaam. */
  static final TeamState TEAM = TeamState.of(
      person("KM-01", C1, BASIS, C2, VAKBEKWAAM),
      person("KM-02", C1, BASIS, C2, VAKBEKWAAM),
      person("KM-03", C1, BASIS, C2, VAKBEKWAAM),
      person("KM-04", C1, BASIS, C2, VAKBEKWAAM),
      person("KM-05", C1, VAKBEKWAAM, C2, BASIS));

  /**
   * Greedy's classic trap: A closes 4 steps for 36 (9 per step) and is taken first; KM-05 then needs C
   * (20), 56 in all. B alone closes all 5 steps for 50 (10 per step).
   */
  static final GapCandidate A = module("A").claims(claim(C1, BASIS, VAKBEKWAAM)).price(null).inCompany("36").build();
  static final GapCandidate B = module("B").claims(claim(C1, BASIS, VAKBEKWAAM), claim(C2, BASIS, VAKBEKWAAM))
      .price(null).inCompany("50").build();
  static final GapCandidate C = module("C").claims(claim(C2, BASIS, VAKBEKWAAM)).price(null).inCompany("20").build();

  static LearningPath plan(TargetProfile profile, TeamState team, List<GapCandidate> candidates, String budget,
      LearningPathRequest.Solver solver) {
    var search = GapSearchRequest.of(profile, team, candidates, TODAY);
    return LearningPathPlanner.plan(new LearningPathRequest(search, budget == null ? null : new BigDecimal(budget),
        solver, LearningPathRequest.DEFAULT_EXACT_LIMIT));
  }

  static List<String> labels(List<PersonLabel> labels) {
    return labels.stream().map(PersonLabel::value).toList();
  }

  @Test
  void greedyIsSuboptimalHereAndTheExactSolverReportsTheGap() {
    LearningPath greedy = plan(PROFILE, TEAM, List.of(A, B, C), null, LearningPathRequest.Solver.GREEDY);
    assertThat(greedy.solver()).isEqualTo(LearningPath.GREEDY);
    assertThat(greedy.totalCost()).isEqualByComparingTo("56");
    assertThat(greedy.modules()).extracting(PathModule::id).containsExactlyInAnyOrder(version("A"), version("C"));
    assertThat(greedy.comparison()).isNull();

    LearningPath exact = plan(PROFILE, TEAM, List.of(A, B, C), null, LearningPathRequest.Solver.AUTO);
    assertThat(exact.solver()).isEqualTo(LearningPath.EXACT);
    assertThat(exact.totalCost()).isEqualByComparingTo("50");
    assertThat(exact.modules()).singleElement().satisfies(m -> {
      assertThat(m.id()).isEqualTo(version("B"));
      assertThat(labels(m.participants())).containsExactly("KM-01", "KM-02", "KM-03", "KM-04", "KM-05");
      assertThat(m.inCompany()).isTrue();
    });
    assertThat(exact.uncovered()).isEmpty();
    assertThat(exact.stepsClosed()).isEqualTo(5).isEqualTo(exact.stepsNeeded());
    var comparison = exact.comparison();
    assertThat(comparison.greedyCost()).isEqualByComparingTo("56");
    assertThat(comparison.exactCost()).isEqualByComparingTo("50");
    assertThat(comparison.costGapPercent()).isCloseTo(12.0, within(1e-9));
    assertThat(comparison.coverageGap()).isZero();
    assertThat(comparison.provenOptimal()).isTrue();
  }

  @Test
  void aBudgetLeavesAnUncoveredRemainder() {
    LearningPath path = plan(PROFILE, TEAM, List.of(A, B, C), "40", LearningPathRequest.Solver.AUTO);
    assertThat(path.totalCost()).isEqualByComparingTo("36");
    assertThat(path.modules()).extracting(PathModule::id).containsExactly(version("A"));
    assertThat(path.uncovered()).containsExactly(new UncoveredGap(PersonLabel.of("KM-05"), C2, BASIS, BASIS, VAKBEKWAAM));
    assertThat(path.stepsClosed()).isEqualTo(4);
    assertThat(path.stepsNeeded()).isEqualTo(5);
    assertThat(path.comparison().coverageGap()).isZero();

    LearningPath tiny = plan(PROFILE, TEAM, List.of(A, B, C), "19.99", LearningPathRequest.Solver.AUTO);
    assertThat(tiny.modules()).isEmpty();
    assertThat(tiny.totalCost()).isEqualByComparingTo("0");
    assertThat(tiny.uncovered()).hasSize(5);
  }

  @Test
  void underABudgetExactCanCoverMoreThanGreedy() {
    // greedy takes X (2 per step), after which Z (3 per step) no longer fits the budget of 10;
    // Z alone closes three steps for 9
    var team = TeamState.of(
        person("KM-01", C1, BASIS, C2, BASIS),
        person("KM-02", C1, VAKBEKWAAM, C2, BASIS),
        person("KM-03", C1, VAKBEKWAAM, C2, BASIS));
    var x = module("X").claims(claim(C1, BASIS, VAKBEKWAAM)).price("2").build();
    var z = module("Z").claims(claim(C2, BASIS, VAKBEKWAAM)).price(null).inCompany("9").build();

    LearningPath greedy = plan(PROFILE, team, List.of(x, z), "10", LearningPathRequest.Solver.GREEDY);
    assertThat(greedy.modules()).extracting(PathModule::id).containsExactly(version("X"));
    assertThat(greedy.stepsClosed()).isEqualTo(1);

    LearningPath exact = plan(PROFILE, team, List.of(x, z), "10", LearningPathRequest.Solver.AUTO);
    assertThat(exact.modules()).extracting(PathModule::id).containsExactly(version("Z"));
    assertThat(exact.stepsClosed()).isEqualTo(3);
    assertThat(exact.uncovered()).containsExactly(new UncoveredGap(PersonLabel.of("KM-01"), C1, BASIS, BASIS, VAKBEKWAAM));
    assertThat(exact.comparison().coverageGap()).isCloseTo(2.0, within(1e-9));
    assertThat(exact.comparison().greedyCoverage()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void perParticipantOrInCompanyWhicheverIsCheaperForTheGroup() {
    var profile = TargetProfile.of(TargetCompetency.of(C1, VAKBEKWAAM));
    var two = TeamState.of(person("KM-01", C1, BASIS), person("KM-02", C1, BASIS));
    var five = TeamState.of(person("KM-01", C1, BASIS), person("KM-02", C1, BASIS), person("KM-03", C1, BASIS),
        person("KM-04", C1, BASIS), person("KM-05", C1, BASIS));
    var m = module("M").claims(claim(C1, BASIS, VAKBEKWAAM)).price("450").inCompany("2000").build();

    LearningPath small = plan(profile, two, List.of(m), null, LearningPathRequest.Solver.AUTO);
    assertThat(small.totalCost()).isEqualByComparingTo("900");
    assertThat(small.modules().get(0).inCompany()).isFalse();

    LearningPath large = plan(profile, five, List.of(m), null, LearningPathRequest.Solver.AUTO);
    assertThat(large.totalCost()).isEqualByComparingTo("2000");
    assertThat(large.modules().get(0).inCompany()).isTrue();
  }

  @Test
  void modulesChainAndEveryoneGetsAPlan() {
    var profile = TargetProfile.of(TargetCompetency.of(C1, VAKVOLWASSEN), TargetCompetency.of(C2, VAKBEKWAAM));
    var team = TeamState.of(
        person("KM-01", C1, BELOW, C2, BASIS),
        person("KM-02", C1, VAKBEKWAAM, C2, VAKBEKWAAM));
    var basic = module("basic").claims(claim(C1, BASIS, VAKBEKWAAM), claim(C2, BASIS, VAKBEKWAAM)).price("300").build();
    var advanced = module("advanced").claims(claim(C1, VAKBEKWAAM, VAKVOLWASSEN)).price("400").build();

    LearningPath path = plan(profile, team, List.of(advanced, basic), null, LearningPathRequest.Solver.AUTO);

    assertThat(path.uncovered()).isEmpty();
    assertThat(path.totalCost()).isEqualByComparingTo("1100"); // basic 1 × 300, advanced 2 × 400
    assertThat(path.people()).containsExactly(
        new PersonPlan(PersonLabel.of("KM-01"), List.of(version("basic"), version("advanced"))),
        new PersonPlan(PersonLabel.of("KM-02"), List.of(version("advanced"))));
    assertThat(path.stepsNeeded()).isEqualTo(3 + 1 + 1);
    assertThat(path.stepsClosed()).isEqualTo(5);
  }

  @Test
  void equivalentsCountInThePathToo() {
    var picompany = item("picompany-c2");
    var m = module("M").claims(claim(picompany, BASIS, VAKBEKWAAM)).price("100").build();
    var search = GapSearchRequest.of(PROFILE, TEAM, List.of(m), TODAY).withCrosswalk(new Crosswalk(Map.of(C2, Set.of(picompany))));
    LearningPath path = LearningPathPlanner.plan(LearningPathRequest.of(search, null));
    assertThat(path.modules()).singleElement().satisfies(pm -> assertThat(labels(pm.participants())).containsExactly("KM-05"));
    assertThat(path.uncovered()).hasSize(4);
  }

  @Test
  void modulesWithoutAPriceAreListedNotPlanned() {
    var onRequest = module("on-request").claims(claim(C1, BASIS, VAKBEKWAAM)).price(null).build();
    var useless = module("useless").claims(claim(item("other"), BASIS, VAKBEKWAAM)).price(null).build();
    LearningPath path = plan(PROFILE, TEAM, List.of(onRequest, useless, C), null, LearningPathRequest.Solver.AUTO);
    assertThat(path.notCostable()).containsExactly(version("on-request"));
    assertThat(path.modules()).extracting(PathModule::id).containsExactly(version("C"));
    assertThat(path.uncovered()).extracting(UncoveredGap::competency).containsOnly(C1);
  }

  @Test
  void thePeriodFilterLimitsTheCandidates() {
    var late = module("late").claims(claim(C1, BASIS, VAKBEKWAAM), claim(C2, BASIS, VAKBEKWAAM)).price("1")
        .offering(TODAY.plusMonths(6), OfferingLocation.ONLINE).build();
    var search = GapSearchRequest.of(PROFILE, TEAM, List.of(late, A, C), TODAY)
        .withFilter(GapSearchFilter.NONE.withPeriod(TODAY, TODAY.plusMonths(2)));
    LearningPath path = LearningPathPlanner.plan(LearningPathRequest.of(search, null));
    assertThat(path.modules()).extracting(PathModule::id).containsExactlyInAnyOrder(version("A"), version("C"));
  }

  @Test
  void aboveTheExactLimitOnlyGreedyRuns() {
    var search = GapSearchRequest.of(PROFILE, TEAM, List.of(A, B, C), TODAY);
    LearningPath path = LearningPathPlanner.plan(new LearningPathRequest(search, null, LearningPathRequest.Solver.AUTO, 2));
    assertThat(path.solver()).isEqualTo(LearningPath.GREEDY);
    assertThat(path.comparison()).isNull();
    assertThat(path.totalCost()).isEqualByComparingTo("56");
  }

  @Test
  void aTeamWithoutAGapNeedsNothing() {
    var team = TeamState.of(person("KM-01", C1, VAKBEKWAAM, C2, VAKVOLWASSEN));
    LearningPath path = plan(PROFILE, team, List.of(A, B, C), null, LearningPathRequest.Solver.AUTO);
    assertThat(path.modules()).isEmpty();
    assertThat(path.stepsNeeded()).isZero();
    assertThat(path.totalCost()).isEqualByComparingTo("0");
  }

  @Test
  void interchangeableModulesAreLeftOutSoTheExactSolverStillRuns() {
    List<GapCandidate> candidates = new java.util.ArrayList<>(List.of(A, B, C));
    // 40 copies of A that are dearer both ways, one per-participant copy that is cheaper for one person
    for (int i = 0; i < 40; i++) {
      candidates.add(module("A" + i).claims(claim(C1, BASIS, VAKBEKWAAM)).price(null).inCompany(String.valueOf(37 + i))
          .build());
    }
    candidates.add(module("A-per-person").claims(claim(C1, BASIS, VAKBEKWAAM)).price("5").build());

    LearningPath path = plan(PROFILE, TEAM, candidates, null, LearningPathRequest.Solver.AUTO);

    // 44 candidates, but only A, B, C and A-per-person differ: few enough for the exact solver
    assertThat(path.solver()).isEqualTo(LearningPath.EXACT);
    assertThat(path.comparison()).isNotNull();
    // KM-01..04 take A-per-person (4 × 5), KM-05 takes C (20)
    assertThat(path.totalCost()).isEqualByComparingTo("40");
    assertThat(path.modules()).extracting(PathModule::id)
        .containsExactlyInAnyOrder(version("A-per-person"), version("C"));
  }
}
