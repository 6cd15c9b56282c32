package nl.vakwijzer.catalogue.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;

/** The exact solver agrees with enumerating every subset; greedy is never better than exact. */
class PathSolversTest {

  static java.util.stream.LongStream seeds() {
    return java.util.stream.LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("seeds")
  void exactMatchesBruteForceWithAndWithoutBudget(long seed) {
    // odd seeds: few people and competencies (much overlap between modules); even: more of both
    PathProblem problem = seed % 2 == 1 ? RandomPathProblems.generate(seed, 4, 3, 12) : RandomPathProblems.generate(seed, 7, 5, 12);
    for (long budget : new long[] {-1, 150_000, 400_000}) {
      double[] best = bruteForce(problem, budget);
      PathSolvers.Solution greedy = PathSolvers.greedy(problem, budget);
      PathSolvers.Solution exact = PathSolvers.exact(problem, budget, greedy);

      assertThat(exact.proven()).isTrue();
      assertThat(exact.coverage()).as("coverage, seed %d budget %d", seed, budget).isCloseTo(best[0], within(1e-9));
      assertThat((double) exact.cost()).as("cost, seed %d budget %d", seed, budget).isEqualTo(best[1]);
      assertThat(greedy.coverage()).isLessThanOrEqualTo(exact.coverage() + 1e-9);
      if (Math.abs(greedy.coverage() - exact.coverage()) < 1e-9) {
        assertThat(greedy.cost()).isGreaterThanOrEqualTo(exact.cost());
      }
      if (budget >= 0) {
        assertThat(exact.cost()).isLessThanOrEqualTo(budget);
        assertThat(greedy.cost()).isLessThanOrEqualTo(budget);
      }
    }
  }

  /** {max coverage, min cost at that coverage} over all subsets within the budget. */
  private static double[] bruteForce(PathProblem problem, long budget) {
    double bestCoverage = -1;
    long bestCost = Long.MAX_VALUE;
    boolean[] selected = new boolean[problem.modules];
    for (int mask = 0; mask < 1 << problem.modules; mask++) {
      for (int m = 0; m < problem.modules; m++) {
        selected[m] = (mask & 1 << m) != 0;
      }
      problem.evaluate(selected);
      if (budget >= 0 && problem.cost > budget) {
        continue;
      }
      if (problem.coverage > bestCoverage + 1e-9 || (problem.coverage > bestCoverage - 1e-9 && problem.cost < bestCost)) {
        bestCoverage = problem.coverage;
        bestCost = problem.cost;
      }
    }
    return new double[] {bestCoverage, bestCost};
  }
}
