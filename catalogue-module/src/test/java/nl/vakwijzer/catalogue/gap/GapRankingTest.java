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
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.gap.Crosswalk;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.api.gap.GapReason;
import nl.vakwijzer.catalogue.api.gap.GapSearchRequest;
import nl.vakwijzer.catalogue.api.gap.GapSearchResult;
import nl.vakwijzer.catalogue.api.gap.HardToLearn;
import nl.vakwijzer.catalogue.api.gap.LearnabilityAdvice;
import nl.vakwijzer.catalogue.api.gap.RankedModule;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import org.junit.jupiter.api.Test;

class GapRankingTest {
  static final ItemId P = item("probleemanalyse");
  static final ItemId N = item("netwerken");
  static final ItemId P_PICOMPANY = item("picompany-probleemanalyse");
  static final ItemId B1 = item("b1");
  static final ItemId B2 = item("b2");
  static final ItemId B3 = item("b3");

  /** P at Vakbekwaam with behaviour examples b1..b3 of interest; N at Vakvolwassen, weight 2. */
  static final TargetProfile PROFILE = TargetProfile.of(
      new TargetCompetency(P, VAKBEKWAAM, 1.0, List.of(B1, B2, B3)),
      new TargetCompetency(N, VAKVOLWASSEN, 2.0, List.of()));
  /** P: KM-01 and KM-02 at Basis, KM-03 below Basis, KM-04 already Vakbekwaam. N: KM-01..03 at Basis, KM-04 at Vakbekwaam. */
  static final TeamState TEAM = TeamState.of(
      person("KM-01", P, BASIS, N, BASIS),
      person("KM-02", P, BASIS, N, BASIS),
      person("KM-03", P, BELOW, N, BASIS),
      person("KM-04", P, VAKBEKWAAM, N, VAKBEKWAAM));

  static GapSearchResult search(GapCandidate... candidates) {
    return GapRanking.search(GapSearchRequest.of(PROFILE, TEAM, List.of(candidates), TODAY));
  }

  static RankedModule only(GapSearchResult result) {
    assertThat(result.results()).hasSize(1);
    return result.results().get(0);
  }

  @Test
  void handComputedSmallCase() {
    GapCandidate m = module("m").claims(claim(P, BASIS, VAKBEKWAAM, B1, B3), claim(N, BASIS, VAKBEKWAAM)).build();

    RankedModule r = only(search(m));

    // P (weight 1): KM-01, KM-02 and KM-03 fully bridged (a claim from Basis takes below-Basis along) = 3,
    //   plus 2 covered behaviour examples × 0.5 = 1 → 4.
    // N (weight 2): KM-01..03 need Basis → Vakvolwassen (2 steps), the claim closes 1 → 3 × 1/2 = 1.5; × 2 = 3;
    //   KM-04 (Vakbekwaam → Vakvolwassen) is not helped by a claim ending at Vakbekwaam.
    assertThat(r.score()).isCloseTo(7.0, within(1e-9));
    assertThat(r.personStepsClosed()).isEqualTo(1 + 1 + 2 + 3);
    // N has priority 14 (7 steps × 2) over P (4 × 1), so its reasons come first
    assertThat(r.reasons()).containsExactly(
        GapReason.of(GapReason.PARTIAL, N, ClaimLevel.ofOrdinal(BASIS), ClaimLevel.ofOrdinal(VAKBEKWAAM), 3, 4),
        GapReason.of(GapReason.CLOSES, P, ClaimLevel.ofOrdinal(BASIS), ClaimLevel.ofOrdinal(VAKBEKWAAM), 3, 3),
        GapReason.of(GapReason.BEHAVIOUR_EXAMPLES, P, List.of(B1, B3)));
    // 3 participants × 500 / 7 steps
    assertThat(r.costPerStep()).isEqualByComparingTo("214.29");
  }

  @Test
  void partialBridgeEarnsStepsClosedOverStepsNeeded() {
    var team = TeamState.of(person("KM-01", N, BELOW), person("KM-02", N, VAKBEKWAAM));
    var request = GapSearchRequest.of(TargetProfile.of(TargetCompetency.of(N, VAKVOLWASSEN)), team,
        List.of(module("m").claims(claim(N, BASIS, VAKBEKWAAM)).build()), TODAY);

    RankedModule r = only(GapRanking.search(request));

    // KM-01: below Basis → Vakbekwaam is 2 of 3 steps; KM-02 at Vakbekwaam: the claim does not go higher
    assertThat(r.score()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.reasons()).containsExactly(
        GapReason.of(GapReason.PARTIAL, N, ClaimLevel.ofOrdinal(BASIS), ClaimLevel.ofOrdinal(VAKBEKWAAM), 1, 2));
  }

  @Test
  void aClaimFromAboveThePersonsLevelDoesNotBridge() {
    var vakbekwaamToVolwassen = module("m").claims(claim(N, VAKBEKWAAM, VAKVOLWASSEN)).build();
    // KM-01..03 are at Basis on N: only KM-04, at Vakbekwaam, is bridged
    assertThat(only(search(vakbekwaamToVolwassen)).reasons()).containsExactly(
        GapReason.of(GapReason.CLOSES, N, ClaimLevel.ofOrdinal(VAKBEKWAAM), ClaimLevel.ofOrdinal(VAKVOLWASSEN), 1, 4));

    var team = TeamState.of(person("KM-01", P, BELOW));
    var fromVakbekwaam = GapSearchRequest.of(TargetProfile.of(TargetCompetency.of(P, VAKVOLWASSEN)), team,
        List.of(module("m").claims(claim(P, VAKBEKWAAM, VAKVOLWASSEN)).build()), TODAY);
    assertThat(GapRanking.search(fromVakbekwaam).results()).isEmpty();
  }

  @Test
  void theBestClaimPerPersonCountsNotTheSum() {
    RankedModule r = only(search(module("m").claims(claim(N, BASIS, VAKBEKWAAM), claim(N, BASIS, VAKVOLWASSEN)).build()));
    assertThat(r.score()).isCloseTo(4 * 1.0 * 2, within(1e-9));
    assertThat(r.reasons()).containsExactly(
        GapReason.of(GapReason.CLOSES, N, ClaimLevel.ofOrdinal(BASIS), ClaimLevel.ofOrdinal(VAKVOLWASSEN), 4, 4));
  }

  @Test
  void equivalentsFromTheCrosswalkCountAndSaySo() {
    GapCandidate m = module("m").claims(claim(P_PICOMPANY, BASIS, VAKBEKWAAM)).build();
    assertThat(search(m).results()).isEmpty();

    // the crosswalk may list the equivalence in either direction
    for (var crosswalk : List.of(new Crosswalk(Map.of(P, Set.of(P_PICOMPANY))), new Crosswalk(Map.of(P_PICOMPANY, Set.of(P))))) {
      var request = GapSearchRequest.of(PROFILE, TEAM, List.of(m), TODAY).withCrosswalk(crosswalk);
      RankedModule r = only(GapRanking.search(request));
      assertThat(r.score()).isCloseTo(3.0, within(1e-9));
      assertThat(r.reasons()).containsExactly(
          GapReason.of(GapReason.CLOSES, P, ClaimLevel.ofOrdinal(BASIS), ClaimLevel.ofOrdinal(VAKBEKWAAM), 3, 3),
          GapReason.of(GapReason.EQUIVALENT, P, P_PICOMPANY));
    }
  }

  @Test
  void ranksByScore() {
    GapCandidate small = module("small").claims(claim(P, BASIS, VAKBEKWAAM)).build();
    GapCandidate big = module("big").claims(claim(P, BASIS, VAKBEKWAAM), claim(N, BASIS, VAKVOLWASSEN)).build();
    GapCandidate useless = module("useless").claims(claim(item("other"), BASIS, VAKBEKWAAM)).build();
    GapSearchResult result = search(small, useless, big);
    assertThat(result.results()).extracting(RankedModule::id).containsExactly(version("big"), version("small"));
    assertThat(result.filteredOut()).isZero();
    assertThat(result.candidates()).isEqualTo(3);
  }

  @Test
  void tiesAreBrokenByCostPerStepFirst() {
    var cheap = module("cheap").claims(claim(P, BASIS, VAKBEKWAAM)).price("300").build();
    var dear = module("dear").claims(claim(P, BASIS, VAKBEKWAAM)).price("400")
        .offering(TODAY.plusDays(3), nl.vakwijzer.catalogue.api.OfferingLocation.ONLINE)
        .accredited(TODAY.minusDays(1), null).build();
    var unpriced = module("unpriced").claims(claim(P, BASIS, VAKBEKWAAM)).price(null).build();
    assertThat(search(unpriced, dear, cheap).results()).extracting(RankedModule::id)
        .containsExactly(version("cheap"), version("dear"), version("unpriced"));
  }

  @Test
  void thenByTheNextOfferingInThePeriod() {
    var later = module("later").claims(claim(P, BASIS, VAKBEKWAAM))
        .offering(TODAY.plusDays(30), nl.vakwijzer.catalogue.api.OfferingLocation.ONLINE).build();
    var sooner = module("sooner").claims(claim(P, BASIS, VAKBEKWAAM))
        .offering(TODAY.plusDays(60), nl.vakwijzer.catalogue.api.OfferingLocation.ONLINE)
        .offering(TODAY.plusDays(10), nl.vakwijzer.catalogue.api.OfferingLocation.at("3511 AB", "Utrecht")).build();
    var none = module("none").claims(claim(P, BASIS, VAKBEKWAAM)).build();
    var past = module("past").claims(claim(P, BASIS, VAKBEKWAAM))
        .offering(TODAY.minusDays(1), nl.vakwijzer.catalogue.api.OfferingLocation.ONLINE).build();
    GapSearchResult result = search(none, later, past, sooner);
    List<RankedModule> results = result.results();
    assertThat(results).extracting(RankedModule::id).startsWith(version("sooner"), version("later"));
    // neither "none" nor "past" has a usable offering (past dates do not count): they come last, by id
    assertThat(results.subList(2, 4)).extracting(RankedModule::nextOffering).containsOnlyNulls();
    assertThat(results.get(0).nextOffering()).isEqualTo(TODAY.plusDays(10));
    assertThat(results.get(0).reasons()).contains(GapReason.of(GapReason.NEXT_OFFERING, TODAY.plusDays(10), "Utrecht"));
  }

  @Test
  void thenByRegionOrOnlineThenByFreshness() {
    var date = TODAY.plusDays(14);
    var elsewhere = module("elsewhere").claims(claim(P, BASIS, VAKBEKWAAM))
        .offering(date, nl.vakwijzer.catalogue.api.OfferingLocation.at("9711 AA", "Groningen")).build();
    var local = module("local").claims(claim(P, BASIS, VAKBEKWAAM))
        .offering(date, nl.vakwijzer.catalogue.api.OfferingLocation.at("3511 AB", "Utrecht"))
        .offering(date, nl.vakwijzer.catalogue.api.OfferingLocation.at("9711 AA", "Groningen"))
        .accredited(TODAY.minusYears(2), null).build();
    var online = module("online").claims(claim(P, BASIS, VAKBEKWAAM))
        .offering(date, nl.vakwijzer.catalogue.api.OfferingLocation.ONLINE)
        .accredited(TODAY.minusMonths(1), null).build();
    // no location filter: every module counts as in the region, so freshness decides
    assertThat(search(elsewhere, local, online).results()).extracting(RankedModule::id)
        .containsExactly(version("online"), version("elsewhere"), version("local"));

    var request = GapSearchRequest.of(PROFILE, TEAM, List.of(elsewhere, local, online), TODAY)
        .withFilter(nl.vakwijzer.catalogue.api.gap.GapSearchFilter.NONE
            .withLocation(nl.vakwijzer.catalogue.api.gap.LocationFilter.in(Set.of("utrecht"), true)));
    // with a region (Utrecht or online) Groningen-only is filtered out; online is fresher than local
    assertThat(GapRanking.search(request).results()).extracting(RankedModule::id)
        .containsExactly(version("online"), version("local"));
  }

  @Test
  void regionTieBreakerPutsModulesRunInTheRegionBeforeInCompanyOnes() {
    var date = TODAY.plusDays(14);
    var local = module("local").claims(claim(P, BASIS, VAKBEKWAAM)).accredited(TODAY.minusYears(3), null)
        .offering(date, nl.vakwijzer.catalogue.api.OfferingLocation.at("3511 AB", "Utrecht")).build();
    var inCompany = module("in-company").claims(claim(P, BASIS, VAKBEKWAAM)).inCompany("1500")
        .offering(date, nl.vakwijzer.catalogue.api.OfferingLocation.at("9711 AA", "Groningen")).build();
    var request = GapSearchRequest.of(PROFILE, TEAM, List.of(inCompany, local), TODAY)
        .withFilter(nl.vakwijzer.catalogue.api.gap.GapSearchFilter.NONE
            .withLocation(nl.vakwijzer.catalogue.api.gap.LocationFilter.in(Set.of("Utrecht"), false)));
    GapSearchResult result = GapRanking.search(request);
    // both pass (in-company comes to the municipality); same score, same cost; no next offering
    // in the region for in-company → date, then region decide
    assertThat(result.results()).extracting(RankedModule::id).containsExactly(version("local"), version("in-company"));
    assertThat(result.results().get(1).inRegionOrOnline()).isFalse();
    assertThat(result.results().get(1).reasons()).contains(GapReason.of(GapReason.IN_COMPANY));
  }

  @Test
  void hardToLearnCompetenciesGetAdviceAndBoostFittingWerkvormen() {
    var classroom = module("classroom").claims(claim(N, BASIS, VAKVOLWASSEN)).price("100").build();
    var coaching = module("coaching").claims(claim(N, BASIS, VAKBEKWAAM))
        .werkvormen(TeachingMethodKind.KLASSIKAAL, TeachingMethodKind.COACHING, TeachingMethodKind.INTERVISIE).build();
    var request = GapSearchRequest.of(PROFILE, TEAM, List.of(classroom, coaching), TODAY)
        .withHardToLearn(List.of(new HardToLearn(N, Set.of(TeachingMethodKind.COACHING, TeachingMethodKind.MENTORING)),
            new HardToLearn(item("visie"), Set.of())));

    GapSearchResult result = GapRanking.search(request);

    // classroom: 4 people fully × weight 2 = 8; coaching: 3 × 1/2 × 2 = 3, boosted × 2 = 6
    assertThat(result.advice()).containsExactly(new LearnabilityAdvice(N, Set.of(TeachingMethodKind.COACHING,
        TeachingMethodKind.MENTORING)));
    assertThat(result.results()).extracting(RankedModule::score).containsExactly(8.0, 6.0);
    RankedModule coached = result.results().stream().filter(r -> r.id().equals(version("coaching"))).findFirst().orElseThrow();
    assertThat(coached.reasons()).contains(GapReason.of(GapReason.LEARNING_FORM, N, List.of(TeachingMethodKind.COACHING)));
    RankedModule course = result.results().stream().filter(r -> r.id().equals(version("classroom"))).findFirst().orElseThrow();
    assertThat(course.reasons()).contains(GapReason.of(GapReason.COURSE_ALONE, N));

    // a classroom module reaching as far as the coaching one (3 before the boost) comes after it
    var equalReach = module("classroom").claims(claim(N, BASIS, VAKBEKWAAM)).price("100").build();
    GapSearchResult boosted = GapRanking.search(request.withCandidates(List.of(equalReach, coaching)));
    assertThat(boosted.results()).extracting(RankedModule::id).containsExactly(version("coaching"), version("classroom"));
  }

  @Test
  void adviceDefaultsToWorkplaceFormsAndOnlyForCompetenciesWithAGap() {
    var request = GapSearchRequest.of(PROFILE, TeamState.of(person("KM-01", P, VAKBEKWAAM, N, BASIS)), List.of(), TODAY)
        .withHardToLearn(List.of(new HardToLearn(P, Set.of()), new HardToLearn(N, null)));
    assertThat(GapRanking.search(request).advice()).singleElement().satisfies(a -> {
      assertThat(a.competency()).isEqualTo(N);
      assertThat(a.fittingForms()).contains(TeachingMethodKind.COACHING, TeachingMethodKind.INTERVISIE,
          TeachingMethodKind.MENTORING, TeachingMethodKind.TRAINING_ON_THE_JOB, TeachingMethodKind.INTERNE_STAGE)
          .doesNotContain(TeachingMethodKind.KLASSIKAAL, TeachingMethodKind.E_LEARNING);
      assertThat(a.asReason().key()).isEqualTo(LearnabilityAdvice.KEY);
    });
  }

  @Test
  void behaviourExamplesCountOnlyWhenTheClaimHelpsSomeone() {
    var notHelping = module("m").claims(claim(P, VAKBEKWAAM, VAKVOLWASSEN, B1, B2, B3)).build();
    assertThat(search(notHelping).results()).isEmpty();
  }

  @Test
  void optionsChangeTheBehaviourExampleCredit() {
    var m = module("m").claims(claim(P, BASIS, VAKBEKWAAM, B1, B2)).build();
    var request = new GapSearchRequest(PROFILE, TEAM, List.of(m), null, null, null, TODAY,
        new nl.vakwijzer.catalogue.api.gap.RankingOptions(2.0, 1.0));
    assertThat(only(GapRanking.search(request)).score()).isCloseTo(3 + 2 * 2.0, within(1e-9));
  }

  @Test
  void costPerStepUsesTheInCompanyPriceWhenCheaperForTheGroup() {
    var m = module("m").claims(claim(P, BASIS, VAKBEKWAAM)).price("500").inCompany("900").build();
    assertThat(only(search(m)).costPerStep()).isEqualByComparingTo(new BigDecimal("225.00")); // 900 / 4 steps
  }

  @Test
  void theTopNIsTheFirstNOfTheFullRankingAndCountsEveryMatch() {
    var random = new java.util.Random(20261126);
    ItemId[] items = {P, N, P_PICOMPANY, item("other")};
    ItemId[] examples = {B1, B2, B3};
    TeachingMethodKind[] forms = {TeachingMethodKind.KLASSIKAAL, TeachingMethodKind.COACHING,
        TeachingMethodKind.E_LEARNING, TeachingMethodKind.INTERVISIE};
    List<GapCandidate> candidates = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      var b = module("m" + i).price(random.nextInt(5) == 0 ? null : String.valueOf(100 * (1 + random.nextInt(6))))
          .werkvormen(forms[random.nextInt(forms.length)]);
      int claims = 1 + random.nextInt(3);
      Set<ItemId> on = new java.util.HashSet<>();
      for (int c = 0; c < claims; c++) {
        ItemId competency = items[random.nextInt(items.length)];
        if (!on.add(competency)) {
          continue;
        }
        int from = random.nextInt(2);
        ItemId[] covered = java.util.Arrays.stream(examples).filter(e -> random.nextBoolean()).toArray(ItemId[]::new);
        b.claims(claim(competency, from, from + 1 + random.nextInt(2), covered));
      }
      if (random.nextBoolean()) {
        b.offering(TODAY.plusDays(random.nextInt(90)), random.nextBoolean()
            ? nl.vakwijzer.catalogue.api.OfferingLocation.ONLINE
            : nl.vakwijzer.catalogue.api.OfferingLocation.at("8011 AA", "Zwolle"));
      }
      if (random.nextInt(20) == 0) {
        b.accredited(TODAY.minusYears(3), TODAY.minusDays(1 + random.nextInt(3)));
      }
      candidates.add(b.build());
    }
    var request = GapSearchRequest.of(PROFILE, TEAM, candidates, TODAY)
        .withCrosswalk(new nl.vakwijzer.catalogue.api.gap.Crosswalk(Map.of(P, Set.of(P_PICOMPANY))))
        .withHardToLearn(List.of(new HardToLearn(N, Set.of(TeachingMethodKind.COACHING))));
    var regional = request.withFilter(nl.vakwijzer.catalogue.api.gap.GapSearchFilter.NONE
        .withLocation(nl.vakwijzer.catalogue.api.gap.LocationFilter.in(Set.of("Zwolle"), false)));
    var columns = new ListColumns(candidates);

    GapSearchResult all = GapRanking.search(request);
    assertThat(all.results()).hasSizeGreaterThan(100);
    assertThat(all.matching()).isEqualTo(all.results().size());
    assertThat(all.filteredOut()).isPositive();
    for (int limit : new int[] {1, 10, 50, 100}) {
      GapSearchResult top = GapRanking.search(request, limit);
      assertThat(top.results()).isEqualTo(all.results().subList(0, limit));
      assertThat(top.matching()).isEqualTo(all.matching());
      assertThat(top.cut()).isTrue();
      // scored from the columns: the same result, counts included
      assertThat(GapRanking.search(request, limit, columns)).isEqualTo(top);
      assertThat(GapRanking.search(regional, limit, columns)).isEqualTo(GapRanking.search(regional, limit));
    }
    assertThat(GapRanking.search(request, Integer.MAX_VALUE, columns)).isEqualTo(all);
    // the quick score (both the table of QuickScore and score() without reasons) is the explained score,
    // to the last bit: the top N is cut on it
    var gap = GapAnalysis.analyse(PROFILE, TEAM);
    var hard = GapRanking.hardToLearn(request);
    var quick = new QuickScore(gap, request, hard);
    for (GapCandidate c : candidates) {
      double explained = GapRanking.rank(c, gap, request, hard).score();
      assertThat(GapRanking.score(c, gap, request, hard, null, null, null)).isEqualTo(explained);
      assertThat(quick.score(c)).isEqualTo(explained);
      RankedModule r = GapRanking.rank(c, gap, request, hard);
      assertThat(quick.tieBreak(c)).isEqualTo(
          new GapRanking.TieBreak(c, r.score(), r.costPerStep(), r.nextOffering(), r.inRegionOrOnline()));
    }
  }

  @Test
  void theCutIsTheKthSmallestKey() {
    var random = new java.util.Random(11);
    for (int round = 0; round < 200; round++) {
      long[] keys = new long[1 + random.nextInt(300)];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = -random.nextInt(round % 2 == 0 ? 5 : 10_000);
      }
      long[] sorted = keys.clone();
      java.util.Arrays.sort(sorted);
      int k = random.nextInt(keys.length);
      assertThat(GapRanking.smallest(keys.clone(), k)).isEqualTo(sorted[k]);
    }
  }

  @Test
  void manyModulesTiedAtTheCutAreOrderedByTheTieBreakersBeforeAnyIsExplained() {
    // 300 modules with the same claim (so the same score); price, offering and accreditation date differ
    var random = new java.util.Random(7);
    List<GapCandidate> candidates = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      var b = module("t" + i).claims(claim(P, BASIS, VAKBEKWAAM, B1))
          .price(random.nextInt(4) == 0 ? null : String.valueOf(100 * (1 + random.nextInt(3))))
          .accredited(TODAY.minusDays(random.nextInt(5)), null);
      if (random.nextBoolean()) {
        b.offering(TODAY.plusDays(random.nextInt(4)), nl.vakwijzer.catalogue.api.OfferingLocation.ONLINE);
      }
      candidates.add(b.build());
    }
    candidates.add(module("better").claims(claim(P, BASIS, VAKBEKWAAM, B1, B2)).build());
    var request = GapSearchRequest.of(PROFILE, TEAM, candidates, TODAY);
    GapSearchResult all = GapRanking.search(request);
    assertThat(all.results().get(0).title()).isEqualTo("better");
    var columns = new ListColumns(candidates);
    for (int limit : new int[] {1, 2, 7, 50, 299, 301}) {
      GapSearchResult top = GapRanking.search(request, limit);
      assertThat(top.results()).isEqualTo(all.results().subList(0, limit));
      // the ties' cost per step from the steps and people added up while scoring the columns
      assertThat(GapRanking.search(request, limit, columns)).isEqualTo(top);
    }
  }
}
