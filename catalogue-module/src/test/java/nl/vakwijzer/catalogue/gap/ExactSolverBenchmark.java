package nl.vakwijzer.catalogue.gap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark (not a test): greedy and exact learning-path solvers on random problems with 25
 * candidate modules (the exact solver's limit), 12 people and 8 competencies, with and without a
 * budget. Prints time percentiles, search nodes and greedy's distance from the optimum.
 *
 * <p>Run after {@code test-compile}: {@code java -cp target/classes:target/test-classes
 * nl.vakwijzer.catalogue.gap.ExactSolverBenchmark [instances] [modules]}.
 */
public final class ExactSolverBenchmark {
  private ExactSolverBenchmark() {}

  public static void main(String[] args) {
    int instances = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int modules = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    // warm-up
    for (long seed = 1000; seed < 1030; seed++) {
      PathProblem p = RandomPathProblems.generate(seed, 12, 8, modules);
      PathSolvers.exact(p, -1, PathSolvers.greedy(p, -1));
    }
    for (String label : new String[] {"no budget", "budget 15000 EUR"}) {
      long budget = label.startsWith("no") ? -1 : 1_500_000;
      List<Double> exactMs = new ArrayList<>();
      List<Double> greedyMs = new ArrayList<>();
      List<Long> nodes = new ArrayList<>();
      int greedyOptimal = 0;
      int notProven = 0;
      double worstCostGap = 0;
      double sumCostGap = 0;
      double worstCoverageGap = 0;
      for (long seed = 1; seed <= instances; seed++) {
        PathProblem p = RandomPathProblems.generate(seed, 12, 8, modules);
        PathSolvers.Solution greedy = PathSolvers.greedy(p, budget);
        PathSolvers.Solution exact = PathSolvers.exact(p, budget, greedy);
        greedyMs.add(greedy.nanos() / 1e6);
        exactMs.add(exact.nanos() / 1e6);
        nodes.add(exact.nodes());
        if (!exact.proven()) {
          notProven++;
        }
        double coverageGap = exact.coverage() - greedy.coverage();
        worstCoverageGap = Math.max(worstCoverageGap, coverageGap);
        if (coverageGap < 1e-9) {
          double costGap = exact.cost() == 0 ? 0 : 100.0 * (greedy.cost() - exact.cost()) / exact.cost();
          worstCostGap = Math.max(worstCostGap, costGap);
          sumCostGap += costGap;
          if (greedy.cost() == exact.cost()) {
            greedyOptimal++;
          }
        }
      }
      Collections.sort(exactMs);
      Collections.sort(greedyMs);
      Collections.sort(nodes);
      System.out.printf("%s: %d instances, %d modules, 12 people, 8 competencies%n", label, instances, modules);
      System.out.printf("  exact  ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f; nodes p50 %d max %d; not proven %d%n",
          pct(exactMs, 50), pct(exactMs, 95), pct(exactMs, 99), exactMs.get(exactMs.size() - 1),
          nodes.get(nodes.size() / 2), nodes.get(nodes.size() - 1), notProven);
      System.out.printf("  greedy ms: p50 %.3f  p95 %.3f  max %.3f%n", pct(greedyMs, 50), pct(greedyMs, 95),
          greedyMs.get(greedyMs.size() - 1));
      System.out.printf("  greedy optimal in %d/%d; cost gap mean %.2f%% worst %.2f%%; worst coverage gap %.1f steps%n",
          greedyOptimal, instances, sumCostGap / instances, worstCostGap, worstCoverageGap);
    }
    System.out.printf("machine: %d cores, Java %s, %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), System.getProperty("os.arch"));
  }

  static double pct(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
