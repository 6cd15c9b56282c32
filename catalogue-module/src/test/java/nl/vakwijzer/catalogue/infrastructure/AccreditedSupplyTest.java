package nl.vakwijzer.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.gap.Crosswalk;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.api.gap.GapSearchRequest;
import nl.vakwijzer.catalogue.api.gap.HardToLearn;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.catalogue.domain.GapStore.Candidates;
import nl.vakwijzer.catalogue.domain.GapStore.Need;
import nl.vakwijzer.catalogue.gap.CandidateColumns;
import nl.vakwijzer.catalogue.gap.GapRanking;
import org.junit.jupiter.api.Test;

/**
 * The in-memory supply's candidates and their columns, against the rules they shortcut: the
 * candidate set is every findable version with a claim meeting a need, the columns hold exactly
 * each candidate's claims, and a search scored from the columns equals one scored object by object.
 */
class AccreditedSupplyTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final ItemId[] COMPETENCIES = {item(), item(), item(), item(), item()};
  private static final ItemId[] EXAMPLES = {item(), item(), item(), item()};
  private static final TeachingMethodKind[] FORMS = TeachingMethodKind.values();

  private static ItemId item() {
    return new ItemId(UUID.randomUUID());
  }

  @Test
  void candidatesAndColumnsAreWhatTheSearchWouldFindObjectByObject() {
    Random random = new Random(27);
    List<AccreditedSupply.Loaded> loaded = new ArrayList<>();
    List<List<ItemId>> exampleLists = List.of(List.of(), List.of(EXAMPLES[0]), List.of(EXAMPLES[0], EXAMPLES[2]),
        List.of(EXAMPLES[1], EXAMPLES[2], EXAMPLES[3]));
    for (int i = 0; i < 3000; i++) {
      List<AcceptedClaim> claims = new ArrayList<>();
      for (int c = 0; c < 1 + random.nextInt(4); c++) {
        int from = random.nextInt(3);
        claims.add(new AcceptedClaim(COMPETENCIES[random.nextInt(COMPETENCIES.length)], ClaimLevel.ofOrdinal(from),
            ClaimLevel.ofOrdinal(from + 1 + random.nextInt(2)),
            // equal lists, sometimes not the same instance
            random.nextInt(10) == 0 ? new ArrayList<>(exampleLists.get(3)) : exampleLists.get(random.nextInt(4))));
      }
      LocalDate until = random.nextInt(10) == 0 ? TODAY.minusDays(random.nextInt(3)) : null;
      loaded.add(new AccreditedSupply.Loaded(new GapCandidate(new ModuleVersionId(UUID.randomUUID()), "m" + i,
          new OrganisationId(UUID.randomUUID()), "p", claims, Set.of(FORMS[random.nextInt(FORMS.length)]),
          random.nextInt(5) == 0 ? Prices.NONE : new Prices(BigDecimal.valueOf(100 + random.nextInt(5) * 50L), null),
          List.of(), null, "nl", null, TODAY.minusDays(random.nextInt(400)), until), i));
    }
    AccreditedSupply supply = AccreditedSupply.of(loaded, 3000, 3000);

    // three target competencies, the third with the fourth competency as crosswalk equivalent
    TargetProfile profile = TargetProfile.of(
        new TargetCompetency(COMPETENCIES[0], 2, 1.0, List.of(EXAMPLES[0], EXAMPLES[1])),
        new TargetCompetency(COMPETENCIES[1], 1, 2.0, List.of()),
        new TargetCompetency(COMPETENCIES[2], 2, 1.5, List.of(EXAMPLES[2])));
    List<TeamMember> members = new ArrayList<>();
    for (int p = 0; p < 12; p++) {
      members.add(TeamMember.of("KM-%02d".formatted(p + 1), Map.of(COMPETENCIES[0], random.nextInt(3) - 1,
          COMPETENCIES[1], random.nextInt(2) - 1, COMPETENCIES[2], random.nextInt(3) - 1)));
    }
    TeamState team = new TeamState(members);
    Crosswalk crosswalk = new Crosswalk(Map.of(COMPETENCIES[2], Set.of(COMPETENCIES[3])));
    Set<Need> needs = new HashSet<>();
    for (TeamMember m : members) {
      for (TargetCompetency tc : profile.competencies()) {
        int level = m.levels().get(tc.competency());
        if (level < tc.requiredLevel()) {
          needs.add(new Need(tc.competency().value(), level));
          crosswalk.equivalentsOf(tc.competency()).forEach(e -> needs.add(new Need(e.value(), level)));
        }
      }
    }

    Candidates found = supply.candidates(needs, TODAY);

    // the candidate set: findable, with a claim closing a step for a need, ordered by id
    List<GapCandidate> expected = loaded.stream().map(AccreditedSupply.Loaded::candidate)
        .filter(c -> c.accreditedUntil() == null || !c.accreditedUntil().isBefore(TODAY))
        .filter(c -> c.claims().stream().anyMatch(claim -> needs.stream().anyMatch(n ->
            n.competency().equals(claim.competency().value()) && claim.to().ordinal() > n.level()
                && (claim.from().ordinal() == 0 || claim.from().ordinal() <= n.level()))))
        .sorted(java.util.Comparator.comparing(c -> c.id().value()))
        .toList();
    assertThat(found.list()).isEqualTo(expected);

    // the columns hold each candidate's claims, equal example lists under one id
    CandidateColumns columns = found.columns();
    assertThat(columns.size()).isEqualTo(expected.size());
    Map<Integer, List<String>> seen = new HashMap<>();
    Map<Integer, List<ItemId>> listsById = new HashMap<>();
    for (ItemId competency : COMPETENCIES) {
      columns.forEachClaim(competency.value(), (p, from, to, examplesId, examples, werkvormen) -> {
        seen.computeIfAbsent(p, k -> new ArrayList<>()).add(competency + "/" + from + "/" + to + "/" + examples);
        assertThat(werkvormen).isEqualTo(CandidateColumns.mask(expected.get(p).werkvormen()));
        assertThat(examplesId).isBetween(0, columns.exampleLists() - 1);
        List<ItemId> before = listsById.putIfAbsent(examplesId, examples);
        assertThat(before == null || before.equals(examples)).isTrue();
      });
    }
    for (int p = 0; p < expected.size(); p++) {
      assertThat(seen.get(p)).containsExactlyInAnyOrderElementsOf(expected.get(p).claims().stream()
          .map(c -> c.competency() + "/" + c.from().ordinal() + "/" + c.to().ordinal() + "/" + c.behaviourExamples())
          .toList());
      long until = expected.get(p).accreditedUntil() == null ? Long.MAX_VALUE
          : expected.get(p).accreditedUntil().toEpochDay();
      assertThat(columns.findableUntil(p)).isEqualTo(until);
    }

    // the search scored from the columns is the search scored object by object; a day later the
    // versions ending today are filtered out by the search itself
    for (LocalDate asOf : List.of(TODAY, TODAY.plusDays(1))) {
      GapSearchRequest request = new GapSearchRequest(profile, team, found.list(), crosswalk, null,
          List.of(new HardToLearn(COMPETENCIES[1], Set.of(TeachingMethodKind.COACHING, TeachingMethodKind.MENTORING))),
          asOf, null);
      var top = GapRanking.search(request, 10, columns);
      assertThat(top.results()).hasSize(10);
      assertThat(top.filteredOut()).isEqualTo(asOf.equals(TODAY) ? 0 : (int) found.list().stream()
          .filter(c -> TODAY.equals(c.accreditedUntil())).count()).isLessThan(found.list().size());
      for (int limit : new int[] {1, 10, 100, 1000, Integer.MAX_VALUE}) {
        assertThat(GapRanking.search(request, limit, columns)).isEqualTo(GapRanking.search(request, limit));
      }
    }
  }
}
