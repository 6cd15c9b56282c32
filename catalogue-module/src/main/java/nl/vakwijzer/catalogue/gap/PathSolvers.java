package nl.vakwijzer.catalogue.gap;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The two learning-path solvers over a {@link PathProblem}. Both optimise the same objective:
 * first the largest coverage (weighted person-level-steps closed) within the budget, then the
 * lowest cost.
 *
 * <p><b>Greedy</b> (issue: "greedy by cost per closed person-level-step"): start with nothing;
 * repeatedly add the module with the lowest extra cost per extra weighted step closed (ties: more
 * steps, then the cheaper unit price), as long as the total stays within the budget and something is
 * closed; stop when no module adds coverage.
 *
 * <p><b>Exact</b>: branch and bound over include/exclude decisions, the greedy answer as the first
 * incumbent. The module decided next is one that can move the unit with the fewest remaining
 * options (a person's gap on a competency that the available modules can still improve), so forced
 * choices come first. When no unit can get further, only a module that someone would take instead of
 * their current choice can lower the cost (people may move to a module that takes them further, so
 * adding a module can make the total cheaper); when there is none, the branch ends. A branch is cut
 * when
 * <ul>
 *   <li>even with every remaining module it covers less than the incumbent, or
 *   <li>it cannot cover more than the incumbent and a lower bound on its cost is not below the
 *       incumbent's. The bound is the largest of (a) the sum over the chosen modules of their
 *       one-participant cost; (b) a fractional knapsack: each available module m delivers at
 *       most g(m) weighted steps at no less than ρ(m) per step, ρ(m) = min(price per participant /
 *       most steps one person can get from m, in-company price / g(m)), and the incumbent's coverage
 *       must be reached; (c) a per-person fractional cover: matching the incumbent's coverage means
 *       every unit must reach what all available modules together can give it, so each person must
 *       take, for each such unit, a module whose claim applies at their current level; a person
 *       pays at least ψ(m) = min(price per participant, in-company price / people m can help) for a
 *       module, shared over the units of that person it can start;
 *   <li>even spending the whole budget at the best-case costs per step ρ (fractional knapsack) it
 *       covers less than the incumbent (with the bounds of the second point when it cannot cover
 *       more), or
 *   <li>the chosen modules' one-participant costs already exceed the budget.
 * </ul>
 * A solution where a chosen module has no participants equals the one without it, which the
 * exclude branch explores, so these bounds are safe although adding a module can lower the cost
 * (people move to a module that takes them further). The search stops after {@link #NODE_LIMIT}
 * nodes or {@link #TIME_LIMIT_NANOS} (whichever comes first; the node limit is the deterministic
 * one, the time limit only guards a slow or busy machine) and then reports the best found, at least
 * the greedy answer, as not proven optimal. Together they keep the exact solver within the learning
 * path's 1 s answer time (bench/learning-path.sh).
 */
final class PathSolvers {
  static final long NODE_LIMIT = 150_000L;
  /** Wall-clock limit of one exact search. */
  static final long TIME_LIMIT_NANOS = 600_000_000L;
  private static final double EPS = 1e-9;
  private static final byte UNDECIDED = 0;
  private static final byte IN = 1;
  private static final byte OUT = 2;

  private PathSolvers() {}

  /** A selection and its value. */
  record Solution(boolean[] selected, double coverage, long cost, long nodes, boolean proven, long nanos) {}

  /**
   * Greedy, evaluated incrementally: adding module m changes only the units m has a claim for, and
   * the participants (so the cost) only of the people those units belong to, so each try costs
   * the size of m's units instead of a full {@link PathProblem#evaluate}. It picks exactly what
   * {@link #greedyByFullEvaluation} picks (same order of tries, same tie-breaks; tested on random
   * problems), in time about linear in the candidates per round, which matters with thousands of them.
   */
  static Solution greedy(PathProblem p, long budget) {
    return new IncrementalGreedy(p, budget).run();
  }

  /** The reference greedy: every try evaluates the whole selection (kept for the tests). */
  static Solution greedyByFullEvaluation(PathProblem p, long budget) {
    long start = System.nanoTime();
    boolean[] selected = new boolean[p.modules];
    double coverage = 0;
    long cost = 0;
    while (true) {
      int best = -1;
      double bestRatio = Double.POSITIVE_INFINITY;
      double bestGain = 0;
      for (int m = 0; m < p.modules; m++) {
        if (selected[m]) {
          continue;
        }
        selected[m] = true;
        p.evaluate(selected);
        selected[m] = false;
        double gain = p.coverage - coverage;
        if (gain <= EPS || (budget >= 0 && p.cost > budget)) {
          continue;
        }
        double ratio = (p.cost - cost) / gain;
        if (ratio < bestRatio - EPS || (Math.abs(ratio - bestRatio) <= EPS && gain > bestGain + EPS)) {
          best = m;
          bestRatio = ratio;
          bestGain = gain;
        }
      }
      if (best < 0) {
        break;
      }
      selected[best] = true;
      p.evaluate(selected);
      coverage = p.coverage;
      cost = p.cost;
    }
    return new Solution(selected, coverage, cost, 0, false, System.nanoTime() - start);
  }

  /**
   * State of the greedy between rounds: per unit the options (indexes into the unit's arrays) of
   * selected modules in ascending order, the level reached and the modules taken; per person and
   * module whether the person follows it; per module its participants.
   */
  private static final class IncrementalGreedy {
    private final PathProblem p;
    private final long budget;
    private final boolean[] selected;
    /** unitsOf[m] = units where m has an option; kOf[m][i] = m's option indexes in unit unitsOf[m][i]. */
    private final int[][] unitsOf;
    private final int[][][] kOf;
    private final int[][] selectedOptions;
    private final int[] reached;
    private final int[][] trail;
    private final int[] participants;
    private final int[][] unitsOfPerson;
    // scratch
    private final int[] newReached;
    private final int[][] newTrail;
    private final boolean[] touched;
    private final int[] delta;
    private final int[] changedModules;
    private final boolean[] changedMark;

    IncrementalGreedy(PathProblem p, long budget) {
      this.p = p;
      this.budget = budget;
      int units = p.units();
      this.selected = new boolean[p.modules];
      int[] count = new int[p.modules];
      for (int u = 0; u < units; u++) {
        int last = -1;
        for (int m : p.unitModule[u]) {
          if (m != last) {
            count[m]++;
          }
          last = m;
        }
      }
      this.unitsOf = new int[p.modules][];
      this.kOf = new int[p.modules][][];
      for (int m = 0; m < p.modules; m++) {
        unitsOf[m] = new int[count[m]];
        kOf[m] = new int[count[m]][];
      }
      int[] fill = new int[p.modules];
      for (int u = 0; u < units; u++) {
        int[] ms = p.unitModule[u];
        for (int k = 0; k < ms.length; ) {
          int m = ms[k];
          int end = k;
          while (end < ms.length && ms[end] == m) {
            end++;
          }
          // a module's options in a unit are consecutive (the planner adds them module by module)
          int[] ks = new int[end - k];
          for (int i = 0; i < ks.length; i++) {
            ks[i] = k + i;
          }
          if (fill[m] < unitsOf[m].length) {
            unitsOf[m][fill[m]] = u;
            kOf[m][fill[m]] = ks;
            fill[m]++;
          }
          k = end;
        }
      }
      this.selectedOptions = new int[units][0];
      this.reached = p.unitCurrent.clone();
      this.trail = new int[units][0];
      this.participants = new int[p.modules];
      int[] perPerson = new int[p.persons];
      for (int u = 0; u < units; u++) {
        perPerson[p.unitPerson[u]]++;
      }
      this.unitsOfPerson = new int[p.persons][];
      int[] at = new int[p.persons];
      for (int person = 0; person < p.persons; person++) {
        unitsOfPerson[person] = new int[perPerson[person]];
      }
      for (int u = 0; u < units; u++) {
        unitsOfPerson[p.unitPerson[u]][at[p.unitPerson[u]]++] = u;
      }
      this.newReached = new int[units];
      this.newTrail = new int[units][];
      this.touched = new boolean[units];
      this.delta = new int[p.modules];
      this.changedModules = new int[p.modules];
      this.changedMark = new boolean[p.modules];
    }

    Solution run() {
      long start = System.nanoTime();
      double coverage = 0;
      long cost = 0;
      while (true) {
        int best = -1;
        double bestRatio = Double.POSITIVE_INFINITY;
        double bestGain = 0;
        for (int m = 0; m < p.modules; m++) {
          if (selected[m] || unitsOf[m].length == 0) {
            continue;
          }
          double gain = 0;
          long extra = tryAdd(m);
          for (int u : unitsOf[m]) {
            gain += (newReached[u] - reached[u]) * p.unitWeight[u];
          }
          if (gain <= EPS || (budget >= 0 && cost + extra > budget)) {
            continue;
          }
          double ratio = (double) extra / gain;
          if (ratio < bestRatio - EPS || (Math.abs(ratio - bestRatio) <= EPS && gain > bestGain + EPS)) {
            best = m;
            bestRatio = ratio;
            bestGain = gain;
          }
        }
        if (best < 0) {
          break;
        }
        add(best);
        p.evaluate(selected);
        coverage = p.coverage;
        cost = p.cost;
      }
      return new Solution(selected.clone(), coverage, cost, 0, false, System.nanoTime() - start);
    }

    /**
     * With m added: fills newReached/newTrail for m's units and returns the change in total cost
     * (m's participants and the people who move to m from another module).
     */
    private long tryAdd(int m) {
      int[] us = unitsOf[m];
      for (int i = 0; i < us.length; i++) {
        int u = us[i];
        int[] ks = merge(selectedOptions[u], kOf[m][i]);
        reach(u, ks);
        touched[u] = true;
      }
      int changed = 0;
      for (int i = 0; i < us.length; i++) {
        int person = p.unitPerson[us[i]];
        if (i > 0 && p.unitPerson[us[i - 1]] == person) {
          continue;
        }
        boolean seen = false;
        for (int j = 0; j < i && !seen; j++) {
          seen = p.unitPerson[us[j]] == person;
        }
        if (seen) {
          continue;
        }
        changed = personDelta(person, changed);
      }
      long extra = 0;
      for (int i = 0; i < changed; i++) {
        int x = changedModules[i];
        if (delta[x] != 0) {
          extra += p.groupCost[x][participants[x] + delta[x]] - p.groupCost[x][participants[x]];
        }
        delta[x] = 0;
        changedMark[x] = false;
      }
      for (int u : us) {
        touched[u] = false;
      }
      return extra;
    }

    /** Adds to {@code delta} the change in the modules the person follows; returns the new count of changed modules. */
    private int personDelta(int person, int changed) {
      int[] units = unitsOfPerson[person];
      // old and new module sets of the person (small: a few modules)
      int[] before = new int[8];
      int nb = 0;
      int[] after = new int[8];
      int na = 0;
      for (int u : units) {
        for (int x : trail[u]) {
          before = addTo(before, nb, x);
          nb = size;
        }
        for (int x : touched[u] ? newTrail[u] : trail[u]) {
          after = addTo(after, na, x);
          na = size;
        }
      }
      for (int i = 0; i < nb; i++) {
        if (!contains(after, na, before[i])) {
          changed = mark(before[i], -1, changed);
        }
      }
      for (int i = 0; i < na; i++) {
        if (!contains(before, nb, after[i])) {
          changed = mark(after[i], 1, changed);
        }
      }
      return changed;
    }

    private int size;

    private int[] addTo(int[] set, int n, int x) {
      size = n;
      if (contains(set, n, x)) {
        return set;
      }
      if (n == set.length) {
        set = Arrays.copyOf(set, n * 2);
      }
      set[n] = x;
      size = n + 1;
      return set;
    }

    private static boolean contains(int[] set, int n, int x) {
      for (int i = 0; i < n; i++) {
        if (set[i] == x) {
          return true;
        }
      }
      return false;
    }

    private int mark(int module, int change, int changed) {
      delta[module] += change;
      if (!changedMark[module]) {
        changedMark[module] = true;
        changedModules[changed++] = module;
      }
      return changed;
    }

    /** As {@link PathProblem} reaches a unit, over the options {@code ks} (ascending) only. */
    private void reach(int u, int[] ks) {
      int current = p.unitCurrent[u];
      int required = p.unitRequired[u];
      int[] taken = new int[0];
      while (current < required) {
        int bestTo = current;
        int best = -1;
        for (int k : ks) {
          if (p.unitFrom[u][k] <= current && p.unitTo[u][k] > bestTo) {
            bestTo = p.unitTo[u][k];
            best = p.unitModule[u][k];
          }
        }
        if (best < 0) {
          break;
        }
        taken = Arrays.copyOf(taken, taken.length + 1);
        taken[taken.length - 1] = best;
        current = Math.min(bestTo, required);
      }
      newReached[u] = current;
      newTrail[u] = taken;
    }

    private void add(int m) {
      selected[m] = true;
      int[] us = unitsOf[m];
      for (int i = 0; i < us.length; i++) {
        int u = us[i];
        selectedOptions[u] = merge(selectedOptions[u], kOf[m][i]);
        reach(u, selectedOptions[u]);
        reached[u] = newReached[u];
        trail[u] = newTrail[u];
      }
      Arrays.fill(participants, 0);
      for (int person = 0; person < p.persons; person++) {
        int[] set = new int[8];
        int n = 0;
        for (int u : unitsOfPerson[person]) {
          for (int x : trail[u]) {
            set = addTo(set, n, x);
            n = size;
          }
        }
        for (int i = 0; i < n; i++) {
          participants[set[i]]++;
        }
      }
    }

    private static int[] merge(int[] a, int[] b) {
      int[] out = new int[a.length + b.length];
      int i = 0;
      int j = 0;
      int o = 0;
      while (i < a.length || j < b.length) {
        out[o++] = j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
      }
      return out;
    }
  }

  static Solution exact(PathProblem p, long budget, Solution incumbent) {
    return exact(p, budget, incumbent, NODE_LIMIT, TIME_LIMIT_NANOS);
  }

  /** The exact search with explicit limits (tests and benchmark). */
  static Solution exact(PathProblem p, long budget, Solution incumbent, long nodeLimit, long timeLimitNanos) {
    return new BranchAndBound(p, budget, incumbent, nodeLimit, timeLimitNanos).run();
  }

  private static final class BranchAndBound {
    private final PathProblem p;
    private final long budget;
    private final int[] order;
    private final int[] position;
    private final int[] byRho;
    private final double[] rho;
    private final double[] gain;
    private final long[] single;
    private final double[] share;
    private final int[] personStart;
    private final int[] firstCount;
    private final boolean[] selected;
    private final boolean[] probe;
    private final byte[] state;
    private final int[] current;
    private boolean[] best;
    private double bestCoverage;
    private long bestCost;
    private long nodes;
    private boolean aborted;
    private final long nodeLimit;
    private final long timeLimitNanos;
    private long deadline;

    BranchAndBound(PathProblem p, long budget, Solution incumbent, long nodeLimit, long timeLimitNanos) {
      this.nodeLimit = nodeLimit;
      this.timeLimitNanos = timeLimitNanos;
      this.p = p;
      this.budget = budget;
      this.rho = new double[p.modules];
      this.gain = new double[p.modules];
      this.single = new long[p.modules];
      this.share = new double[p.modules];
      this.firstCount = new int[p.modules];
      this.personStart = new int[p.persons + 1];
      for (int u = 0, person = 0; person <= p.persons; person++) {
        while (u < p.units() && p.unitPerson[u] < person) {
          u++;
        }
        personStart[person] = u;
      }
      double[] perPerson = new double[p.persons];
      for (int m = 0; m < p.modules; m++) {
        Arrays.fill(perPerson, 0);
        for (int u = 0; u < p.units(); u++) {
          for (int k = 0; k < p.unitModule[u].length; k++) {
            if (p.unitModule[u][k] == m) {
              int lo = Math.max(p.unitFrom[u][k], p.unitCurrent[u]);
              int hi = Math.min(p.unitTo[u][k], p.unitRequired[u]);
              perPerson[p.unitPerson[u]] += Math.max(0, hi - lo) * p.unitWeight[u];
            }
          }
        }
        double most = Arrays.stream(perPerson).max().orElse(0);
        gain[m] = Arrays.stream(perPerson).sum();
        single[m] = p.groupCost[m][1];
        // cost(n) = min(pp * n, ic) >= steps * min(pp / most, ic / gain), since steps <= n * most and steps <= gain
        double viaOpen = p.perParticipant[m] < 0 ? Double.POSITIVE_INFINITY : p.perParticipant[m] / most;
        double viaGroup = p.inCompany[m] < 0 ? Double.POSITIVE_INFINITY : p.inCompany[m] / gain[m];
        rho[m] = gain[m] <= 0 ? Double.POSITIVE_INFINITY : Math.min(viaOpen, viaGroup);
        long helped = Arrays.stream(perPerson).filter(v -> v > 0).count();
        share[m] = Math.min(p.perParticipant[m] < 0 ? Double.POSITIVE_INFINITY : p.perParticipant[m],
            p.inCompany[m] < 0 || helped == 0 ? Double.POSITIVE_INFINITY : (double) p.inCompany[m] / helped);
      }
      this.order = IntStream.range(0, p.modules).boxed()
          .sorted(Comparator.comparingDouble((Integer m) -> rho[m]).thenComparingInt(m -> m))
          .mapToInt(Integer::intValue).toArray();
      this.byRho = order.clone();
      this.position = new int[p.modules];
      for (int i = 0; i < order.length; i++) {
        position[order[i]] = i;
      }
      this.selected = new boolean[p.modules];
      this.probe = new boolean[p.modules];
      this.state = new byte[p.modules];
      this.current = new int[p.units()];
      this.best = incumbent.selected().clone();
      this.bestCoverage = incumbent.coverage();
      this.bestCost = incumbent.cost();
    }

    Solution run() {
      long start = System.nanoTime();
      deadline = start + timeLimitNanos;
      Arrays.fill(probe, true);
      int[] reached = new int[p.units()];
      double all = p.coverage(probe, reached);
      search(0, all, reached);
      p.evaluate(best);
      return new Solution(best, p.coverage, p.cost, nodes, !aborted, System.nanoTime() - start);
    }

    private void search(long singleSum, double upper, int[] reachable) {
      if (aborted || ++nodes > nodeLimit || ((nodes & 255) == 0 && System.nanoTime() - deadline > 0)) {
        aborted = true;
        return;
      }
      if (upper < bestCoverage - EPS) {
        return;
      }
      double cap = Math.min(upper, budgetCoverage());
      if (cap < bestCoverage - EPS) {
        return;
      }
      if (cap <= bestCoverage + EPS && (singleSum >= bestCost || knapsack(bestCoverage) >= bestCost - EPS
          || (upper <= bestCoverage + EPS && perPerson(reachable) >= bestCost - EPS))) {
        return;
      }
      int m = branchModule(reachable);
      if (m < 0) {
        return;
      }
      if (budget < 0 || singleSum + single[m] <= budget) {
        state[m] = IN;
        selected[m] = true;
        p.evaluate(selected);
        if ((budget < 0 || p.cost <= budget) && better(p.coverage, p.cost)) {
          best = selected.clone();
          bestCoverage = p.coverage;
          bestCost = p.cost;
        }
        search(singleSum + single[m], upper, reachable);
        selected[m] = false;
      }
      state[m] = OUT;
      for (int i = 0; i < p.modules; i++) {
        probe[i] = state[i] != OUT;
      }
      int[] reached = new int[p.units()];
      double without = p.coverage(probe, reached);
      search(singleSum, without, reached);
      state[m] = UNDECIDED;
    }

    /**
     * The module to decide next: for the unit that is furthest from what the available modules can
     * give it and has the fewest undecided modules that apply at its current level, the cheapest of
     * those (per step); otherwise the first undecided module (by ρ) that someone would take if it
     * were added. -1 when there is none.
     */
    private int branchModule(int[] reachable) {
      p.coverage(selected, current);
      int bestModule = -1;
      int fewest = Integer.MAX_VALUE;
      for (int u = 0; u < p.units(); u++) {
        if (current[u] >= reachable[u]) {
          continue;
        }
        int options = 0;
        int cheapest = -1;
        for (int k = 0; k < p.unitModule[u].length; k++) {
          int m = p.unitModule[u][k];
          if (state[m] == UNDECIDED && p.unitFrom[u][k] <= current[u] && p.unitTo[u][k] > current[u]) {
            options++;
            if (cheapest < 0 || position[m] < position[cheapest]) {
              cheapest = m;
            }
          }
        }
        if (options > 0 && options < fewest) {
          fewest = options;
          bestModule = cheapest;
        }
      }
      if (bestModule >= 0) {
        return bestModule;
      }
      // Every unit is as far as the available modules can take it. A better solution that includes
      // the chosen modules, once stripped of modules nobody takes, changes some person's choice, so it
      // holds a module that someone would take if it alone were added ("intruder"); without one, stop.
      for (int m : order) {
        if (state[m] == UNDECIDED) {
          selected[m] = true;
          boolean intrudes = p.taken(m, selected);
          selected[m] = false;
          if (intrudes) {
            return m;
          }
        }
      }
      return -1;
    }

    private boolean available(int m) {
      return state[m] != OUT;
    }

    /** Bound (c): per person, each unit that must improve pays its cheapest share of a module that can start it. */
    private double perPerson(int[] reachable) {
      double total = 0;
      for (int person = 0; person < p.persons; person++) {
        int from = personStart[person];
        int to = personStart[person + 1];
        for (int u = from; u < to; u++) {
          if (reachable[u] > p.unitCurrent[u]) {
            for (int k = 0; k < p.unitModule[u].length; k++) {
              int m = p.unitModule[u][k];
              if (available(m) && p.unitFrom[u][k] <= p.unitCurrent[u] && p.unitTo[u][k] > p.unitCurrent[u]) {
                firstCount[m]++;
              }
            }
          }
        }
        for (int u = from; u < to; u++) {
          if (reachable[u] > p.unitCurrent[u]) {
            double cheapest = Double.POSITIVE_INFINITY;
            for (int k = 0; k < p.unitModule[u].length; k++) {
              int m = p.unitModule[u][k];
              if (firstCount[m] > 0 && p.unitFrom[u][k] <= p.unitCurrent[u] && p.unitTo[u][k] > p.unitCurrent[u]) {
                cheapest = Math.min(cheapest, share[m] / firstCount[m]);
              }
            }
            total += cheapest;
          }
        }
        for (int u = from; u < to; u++) {
          for (int m : p.unitModule[u]) {
            firstCount[m] = 0;
          }
        }
      }
      return total;
    }

    private boolean better(double coverage, long cost) {
      return coverage > bestCoverage + EPS || (coverage >= bestCoverage - EPS && cost < bestCost);
    }

    /** Bound (d): most coverage (fractional) the budget can buy from the modules still available. */
    private double budgetCoverage() {
      if (budget < 0) {
        return Double.POSITIVE_INFINITY;
      }
      double left = budget;
      double coverage = 0;
      for (int m : byRho) {
        if (left <= 0 || rho[m] == Double.POSITIVE_INFINITY) {
          break;
        }
        if (!available(m)) {
          continue;
        }
        double take = rho[m] == 0 ? gain[m] : Math.min(gain[m], left / rho[m]);
        coverage += take;
        left -= take * rho[m];
      }
      return coverage;
    }

    /** Least cost (fractional) to reach {@code target} coverage with the modules still available. */
    private double knapsack(double target) {
      double need = target - EPS;
      double total = 0;
      for (int m : byRho) {
        if (need <= 0) {
          break;
        }
        if (!available(m)) {
          continue;
        }
        double take = Math.min(gain[m], need);
        total += take * rho[m];
        need -= take;
      }
      return need > 0 ? Double.POSITIVE_INFINITY : total;
    }
  }
}
