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
 * nodes and then reports the best found as not proven optimal.
 */
final class PathSolvers {
  static final long NODE_LIMIT = 500_000L;
  private static final double EPS = 1e-9;
  private static final byte UNDECIDED = 0;
  private static final byte IN = 1;
  private static final byte OUT = 2;

  private PathSolvers() {}

  /** A selection and its value. */
  record Solution(boolean[] selected, double coverage, long cost, long nodes, boolean proven, long nanos) {}

  static Solution greedy(PathProblem p, long budget) {
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

  static Solution exact(PathProblem p, long budget, Solution incumbent) {
    return new BranchAndBound(p, budget, incumbent).run();
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

    BranchAndBound(PathProblem p, long budget, Solution incumbent) {
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
      Arrays.fill(probe, true);
      int[] reached = new int[p.units()];
      double all = p.coverage(probe, reached);
      search(0, all, reached);
      p.evaluate(best);
      return new Solution(best, p.coverage, p.cost, nodes, !aborted, System.nanoTime() - start);
    }

    private void search(long singleSum, double upper, int[] reachable) {
      if (aborted || ++nodes > NODE_LIMIT) {
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
