package nl.vakwijzer.catalogue.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.gap.CompetencyGap;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.api.gap.GapSearchRequest;
import nl.vakwijzer.catalogue.api.gap.LearningPath;
import nl.vakwijzer.catalogue.api.gap.LearningPathRequest;
import nl.vakwijzer.catalogue.api.gap.PathModule;
import nl.vakwijzer.catalogue.api.gap.PersonGap;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.PersonPlan;
import nl.vakwijzer.catalogue.api.gap.SolverComparison;
import nl.vakwijzer.catalogue.api.gap.TeamGap;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.UncoveredGap;

/**
 * The learning path (leerroute, issue item 6): the cheapest combination of modules that closes the
 * whole team gap, who follows what, the total cost and what remains uncovered, within an optional
 * budget and period.
 *
 * <p><b>Candidates</b>: those that pass the search's filters (the filter's period is the path's
 * period: a module needs a usable offering in it, or must be runnable in-company) and bridge part of
 * the gap. Helpful candidates without any price are listed as {@code notCostable} and left out.
 *
 * <p><b>Cost</b> ({@link GapCosts}): per module, the per-participant price × the people who follow
 * it, or its in-company price when that is cheaper for that group; a module nobody follows costs
 * nothing. <b>Who follows what</b> and <b>coverage</b>: see {@link PathProblem} (people take, per
 * competency, the selected module that takes them furthest, chaining modules). <b>Objective</b>:
 * close as many weighted person-level-steps as possible within the budget; among those, the lowest
 * cost.
 *
 * <p><b>Solvers</b> ({@link PathSolvers}): greedy always; with {@link LearningPathRequest.Solver#AUTO}
 * and at most {@code exactLimit} candidates also the exact branch and bound, whose answer is then
 * the path, with a {@link SolverComparison} of the two.
 */
public final class LearningPathPlanner {
  private LearningPathPlanner() {}

  public static LearningPath plan(LearningPathRequest request) {
    GapSearchRequest search = request.search();
    TeamGap gap = GapAnalysis.analyse(search.profile(), search.team());
    List<TeamMember> members = search.team().members();

    var usable = new ArrayList<GapCandidate>();
    var notCostable = new ArrayList<ModuleVersionId>();
    // a candidate helps when it scores: its score has a part only where a claim closes someone's step
    QuickScore helps = new QuickScore(gap, search, GapRanking.hardToLearn(search));
    for (GapCandidate c : search.candidates()) {
      if (!CandidateFilter.accepts(c, search.filter(), members.size(), search.asOf()) || !(helps.score(c) > 0)) {
        continue;
      }
      if (GapCosts.hasPrice(c.prices())) {
        usable.add(c);
      } else {
        notCostable.add(c.id());
      }
    }
    sortByUnitPrice(usable);

    // units grouped by person (PathProblem counts participants per person run)
    var units = new ArrayList<Unit>();
    for (int person = 0; person < members.size(); person++) {
      PersonLabel label = members.get(person).label();
      for (CompetencyGap g : gap.byProfile()) {
        for (PersonGap below : g.below()) {
          if (below.person().equals(label)) {
            units.add(new Unit(person, g.competency(), below.currentLevel(), below.requiredLevel(), g.weight()));
          }
        }
      }
    }
    var unitsByCompetency = new java.util.LinkedHashMap<ItemId, List<Integer>>();
    for (int u = 0; u < units.size(); u++) {
      unitsByCompetency.computeIfAbsent(units.get(u).competency(), k -> new ArrayList<>()).add(u);
    }
    List<int[]> offers = new ArrayList<>(usable.size());
    Map<ItemId, Set<ItemId>> countsFor = countsFor(unitsByCompetency.keySet(), search);
    for (GapCandidate c : usable) {
      offers.add(options(c, units, unitsByCompetency, search, countsFor));
    }
    interchangeableLeftOut(usable, offers);
    PathProblem problem = problem(units, usable, offers, members.size());
    long budget = request.budget() == null ? -1 : cents(request.budget());

    PathSolvers.Solution greedy = PathSolvers.greedy(problem, budget);
    PathSolvers.Solution chosen = greedy;
    String solver = LearningPath.GREEDY;
    SolverComparison comparison = null;
    if (request.solver() == LearningPathRequest.Solver.AUTO && usable.size() <= request.exactLimit()) {
      PathSolvers.Solution exact = PathSolvers.exact(problem, budget, greedy);
      chosen = exact;
      solver = LearningPath.EXACT;
      comparison = compare(greedy, exact);
    }
    return toPath(problem, chosen, units, usable, members, solver, notCostable, comparison);
  }

  /** One person's gap on one competency. */
  private record Unit(int person, ItemId competency, int current, int required, double weight) {}

  /** Cheapest unit price first, then by id (as text); the keys are worked out once per module, not per comparison. */
  private static void sortByUnitPrice(List<GapCandidate> usable) {
    record Keyed(long cents, String id, GapCandidate candidate) {}
    var keyed = new ArrayList<Keyed>(usable.size());
    for (GapCandidate c : usable) {
      keyed.add(new Keyed(cents(unitPrice(c)), c.id().toString(), c));
    }
    keyed.sort(Comparator.comparingLong(Keyed::cents).thenComparing(Keyed::id));
    for (int i = 0; i < keyed.size(); i++) {
      usable.set(i, keyed.get(i).candidate());
    }
  }

  /**
   * What a module offers the units, flattened as {unit, entry level, to level} triples: per unit
   * (competency by competency), each matching claim that takes the unit above its current level
   * from below its required level, in {@link Bridging#matches} order.
   */
  private static int[] options(GapCandidate c, List<Unit> units, Map<ItemId, List<Integer>> unitsByCompetency,
      GapSearchRequest search, Map<ItemId, Set<ItemId>> countsFor) {
    // the unit competencies some claim counts for: only for those the matches are worked out
    var flat = new IntList();
    for (var entry : unitsByCompetency.entrySet()) {
      if (!touches(c, entry.getKey(), countsFor)) {
        continue;
      }
      List<Bridging.Match> matches = Bridging.matches(c, entry.getKey(), search.crosswalk());
      if (matches.isEmpty()) {
        continue;
      }
      for (int u : entry.getValue()) {
        Unit unit = units.get(u);
        for (Bridging.Match match : matches) {
          AcceptedClaim claim = match.claim();
          int entryLevel = Bridging.entryLevel(claim.from());
          if (claim.to().ordinal() > unit.current() && entryLevel < unit.required()) {
            flat.add(u);
            flat.add(entryLevel);
            flat.add(claim.to().ordinal());
          }
        }
      }
    }
    return flat.toArray();
  }

  /** Whether a claim of the candidate counts for the unit competency. */
  private static boolean touches(GapCandidate c, ItemId unitCompetency, Map<ItemId, Set<ItemId>> countsFor) {
    for (AcceptedClaim claim : c.claims()) {
      Set<ItemId> counts = countsFor.get(claim.competency());
      if (counts != null && counts.contains(unitCompetency)) {
        return true;
      }
    }
    return false;
  }

  /** Per claim competency, the unit competencies a claim on it counts for (itself and the crosswalk equivalents). */
  private static Map<ItemId, Set<ItemId>> countsFor(Set<ItemId> competencies, GapSearchRequest search) {
    Map<ItemId, Set<ItemId>> countsFor = new java.util.HashMap<>();
    for (ItemId competency : competencies) {
      countsFor.computeIfAbsent(competency, k -> new java.util.HashSet<>()).add(competency);
      for (ItemId same : search.crosswalk().equivalentsOf(competency)) {
        countsFor.computeIfAbsent(same, k -> new java.util.HashSet<>()).add(competency);
      }
    }
    return countsFor;
  }

  /** A growable int array (the options of one module). */
  private static final class IntList {
    private int[] values = new int[12];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }

  /**
   * Leaves out modules that another one can always replace: the same offer to every unit and no
   * lower per-participant or in-company price (a missing price counts as infinite). Among equals
   * the first in price order stays. Such a module can neither make a cheaper path nor close more,
   * and at catalogue scale (tens of thousands of candidates of which a few hundred differ in what
   * they offer and cost) this keeps both solvers fast; see bench/gap-search.sh.
   */
  private static void interchangeableLeftOut(List<GapCandidate> usable, List<int[]> offers) {
    record Signature(int[] offer) {
      @Override
      public boolean equals(Object o) {
        return o instanceof Signature other && java.util.Arrays.equals(offer, other.offer);
      }

      @Override
      public int hashCode() {
        return java.util.Arrays.hashCode(offer);
      }
    }
    Map<Signature, List<Integer>> bySignature = new java.util.HashMap<>();
    for (int i = 0; i < usable.size(); i++) {
      bySignature.computeIfAbsent(new Signature(offers.get(i)), k -> new ArrayList<>()).add(i);
    }
    boolean[] keep = new boolean[usable.size()];
    for (List<Integer> group : bySignature.values()) {
      group.sort(Comparator.comparingLong((Integer i) -> priceOrMax(usable.get(i).prices().perParticipant()))
          .thenComparingLong(i -> priceOrMax(usable.get(i).prices().inCompany())).thenComparingInt(i -> i));
      long lowestInCompany = Long.MAX_VALUE;
      boolean first = true;
      for (int i : group) {
        long inCompany = priceOrMax(usable.get(i).prices().inCompany());
        if (first || inCompany < lowestInCompany) {
          keep[i] = true;
          lowestInCompany = Math.min(lowestInCompany, inCompany);
        }
        first = false;
      }
    }
    int at = 0;
    for (int i = 0; i < usable.size(); i++) {
      if (keep[i]) {
        usable.set(at, usable.get(i));
        offers.set(at, offers.get(i));
        at++;
      }
    }
    usable.subList(at, usable.size()).clear();
    offers.subList(at, offers.size()).clear();
  }

  private static long priceOrMax(BigDecimal euros) {
    return euros == null ? Long.MAX_VALUE : cents(euros);
  }

  private static PathProblem problem(List<Unit> units, List<GapCandidate> modules, List<int[]> offers, int persons) {
    int n = units.size();
    int[] person = new int[n];
    int[] current = new int[n];
    int[] required = new int[n];
    double[] weight = new double[n];
    int[][] module = new int[n][];
    int[][] from = new int[n][];
    int[][] to = new int[n][];
    var options = new ArrayList<List<int[]>>();
    for (int u = 0; u < n; u++) {
      Unit unit = units.get(u);
      person[u] = unit.person();
      current[u] = unit.current();
      required[u] = unit.required();
      weight[u] = unit.weight();
      options.add(new ArrayList<>());
    }
    // unit by unit, module by module: the order PathProblem's tie-break relies on
    for (int m = 0; m < modules.size(); m++) {
      int[] offer = offers.get(m);
      for (int i = 0; i < offer.length; i += 3) {
        options.get(offer[i]).add(new int[] {m, offer[i + 1], offer[i + 2]});
      }
    }
    for (int u = 0; u < n; u++) {
      List<int[]> ms = options.get(u);
      module[u] = ms.stream().mapToInt(a -> a[0]).toArray();
      from[u] = ms.stream().mapToInt(a -> a[1]).toArray();
      to[u] = ms.stream().mapToInt(a -> a[2]).toArray();
    }
    long[] perParticipant = new long[modules.size()];
    long[] inCompany = new long[modules.size()];
    for (int m = 0; m < modules.size(); m++) {
      var prices = modules.get(m).prices();
      perParticipant[m] = prices.perParticipant() == null ? -1 : cents(prices.perParticipant());
      inCompany[m] = prices.inCompany() == null ? -1 : cents(prices.inCompany());
    }
    return new PathProblem(persons, modules.size(), person, current, required, weight, module, from, to,
        perParticipant, inCompany);
  }

  private static LearningPath toPath(PathProblem problem, PathSolvers.Solution solution, List<Unit> units,
      List<GapCandidate> modules, List<TeamMember> members, String solver, List<ModuleVersionId> notCostable,
      SolverComparison comparison) {
    boolean[] selected = solution.selected();
    int[][] taken = problem.taken(selected);
    int[] reached = problem.reached(selected);
    var participants = new ArrayList<LinkedHashSet<Integer>>();
    var perPerson = new ArrayList<LinkedHashSet<Integer>>();
    modules.forEach(m -> participants.add(new LinkedHashSet<>()));
    members.forEach(m -> perPerson.add(new LinkedHashSet<>()));
    var uncovered = new ArrayList<UncoveredGap>();
    int needed = 0;
    int closed = 0;
    double weightedNeeded = 0;
    double weightedClosed = 0;
    for (int u = 0; u < units.size(); u++) {
      Unit unit = units.get(u);
      for (int m : taken[u]) {
        participants.get(m).add(unit.person());
        perPerson.get(unit.person()).add(m);
      }
      needed += unit.required() - unit.current();
      closed += reached[u] - unit.current();
      weightedNeeded += (unit.required() - unit.current()) * unit.weight();
      weightedClosed += (reached[u] - unit.current()) * unit.weight();
      if (reached[u] < unit.required()) {
        uncovered.add(new UncoveredGap(members.get(unit.person()).label(), unit.competency(), unit.current(),
            reached[u], unit.required()));
      }
    }
    var pathModules = new ArrayList<PathModule>();
    BigDecimal total = BigDecimal.ZERO;
    for (int m = 0; m < modules.size(); m++) {
      int count = participants.get(m).size();
      if (count == 0) {
        continue;
      }
      GapCandidate c = modules.get(m);
      BigDecimal cost = GapCosts.groupCost(c.prices(), count);
      total = total.add(cost);
      List<PersonLabel> labels = participants.get(m).stream().sorted().map(p -> members.get(p).label()).toList();
      pathModules.add(new PathModule(c.id(), c.title(), labels, cost, GapCosts.inCompanyChosen(c.prices(), count)));
    }
    var plans = new ArrayList<PersonPlan>();
    for (int p = 0; p < members.size(); p++) {
      if (!perPerson.get(p).isEmpty()) {
        plans.add(new PersonPlan(members.get(p).label(), perPerson.get(p).stream().map(m -> modules.get(m).id()).toList()));
      }
    }
    return new LearningPath(pathModules, plans, total, needed, closed, weightedNeeded, weightedClosed, uncovered, solver,
        notCostable, comparison);
  }

  private static SolverComparison compare(PathSolvers.Solution greedy, PathSolvers.Solution exact) {
    double percent = exact.cost() == 0 ? 0 : 100.0 * (greedy.cost() - exact.cost()) / exact.cost();
    return new SolverComparison(euros(greedy.cost()), euros(exact.cost()), greedy.coverage(), exact.coverage(),
        exact.coverage() - greedy.coverage(), percent, exact.proven(), exact.nodes(), exact.nanos());
  }

  /** The price one participant pays in the cheapest way: per participant, else in-company. */
  private static BigDecimal unitPrice(GapCandidate c) {
    return c.prices().perParticipant() != null ? c.prices().perParticipant() : c.prices().inCompany();
  }

  static long cents(BigDecimal euros) {
    return euros.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
  }

  static BigDecimal euros(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }
}
