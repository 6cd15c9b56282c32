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
 * <p><b>Exact</b> (branch and bound over include/exclude decisions, modules in order of their
 * best-case cost per step, the greedy answer as the first incumbent). A branch is cut when
 * <ul>
 *   <li>even with every remaining module it covers less than the incumbent, or
 *   <li>it cannot cover more than the incumbent and a lower bound on its cost is not below the
 *       incumbent's. The bound is the larger of (a) the sum over the chosen modules of their
 *       one-participant cost and (b) a fractional knapsack: each available module m delivers at
 *       most g(m) weighted steps at no less than ρ(m) per step, ρ(m) = min(price per participant /
 *       most steps one person can get from m, in-company price / g(m)), and the incumbent's coverage
 *       must be reached;
 *   <li>the chosen modules' one-participant costs already exceed the budget.
 * </ul>
 * A solution where a chosen module has no participants equals the one without it, which the
 * exclude branch explores, so these bounds are safe although adding a module can lower the cost
 * (people move to a module that takes them further). The search stops after {@link #NODE_LIMIT}
 * nodes and then reports the best found as not proven optimal.
 */
final class PathSolvers {
  static final long NODE_LIMIT = 50_000_000L;
  private static final double EPS = 1e-9;

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
    private final boolean[] selected;
    private final boolean[] probe;
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
      this.best = incumbent.selected().clone();
      this.bestCoverage = incumbent.coverage();
      this.bestCost = incumbent.cost();
    }

    Solution run() {
      long start = System.nanoTime();
      Arrays.fill(probe, true);
      double all = p.coverage(probe);
      search(0, 0, all);
      p.evaluate(best);
      return new Solution(best, p.coverage, p.cost, nodes, !aborted, System.nanoTime() - start);
    }

    private void search(int depth, long singleSum, double upper) {
      if (aborted || ++nodes > NODE_LIMIT) {
        aborted = true;
        return;
      }
      if (depth == order.length || upper < bestCoverage - EPS) {
        return;
      }
      if (upper <= bestCoverage + EPS && Math.max(singleSum, knapsack(depth, bestCoverage)) >= bestCost - EPS) {
        return;
      }
      int m = order[depth];
      if (budget < 0 || singleSum + single[m] <= budget) {
        selected[m] = true;
        p.evaluate(selected);
        if ((budget < 0 || p.cost <= budget) && better(p.coverage, p.cost)) {
          best = selected.clone();
          bestCoverage = p.coverage;
          bestCost = p.cost;
        }
        search(depth + 1, singleSum + single[m], upper);
        selected[m] = false;
      }
      for (int i = 0; i < order.length; i++) {
        probe[order[i]] = i > depth || selected[order[i]];
      }
      search(depth + 1, singleSum, p.coverage(probe));
    }

    private boolean better(double coverage, long cost) {
      return coverage > bestCoverage + EPS || (coverage >= bestCoverage - EPS && cost < bestCost);
    }

    /** Least cost (fractional) to reach {@code target} coverage with the modules still available. */
    private double knapsack(int depth, double target) {
      double need = target - EPS;
      double total = 0;
      for (int m : byRho) {
        if (need <= 0) {
          break;
        }
        if (position[m] < depth && !selected[m]) {
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
