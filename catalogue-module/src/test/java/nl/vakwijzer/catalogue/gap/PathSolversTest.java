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

  static java.util.stream.LongStream manySeeds() {
    return java.util.stream.LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("manySeeds")
  void incrementalGreedyPicksExactlyWhatFullEvaluationPicks(long seed) {
    // small and large problems, few and many people, with and without budgets
    int modules = new int[] {5, 12, 25, 60, 200}[(int) (seed % 5)];
    PathProblem problem = RandomPathProblems.generate(seed, 4 + (int) (seed % 9), 3 + (int) (seed % 6), modules);
    for (long budget : new long[] {-1, 50_000, 150_000, 400_000, 1_500_000}) {
      PathSolvers.Solution reference = PathSolvers.greedyByFullEvaluation(problem, budget);
      PathSolvers.Solution incremental = PathSolvers.greedy(problem, budget);

      assertThat(incremental.selected()).as("seed %d budget %d", seed, budget).containsExactly(reference.selected());
      assertThat(incremental.cost()).isEqualTo(reference.cost());
      assertThat(incremental.coverage()).isCloseTo(reference.coverage(), within(1e-9));
    }
  }

  @org.junit.jupiter.api.Test
  void aCutSearchKeepsAtLeastTheGreedyAnswerAndSaysItIsNotProven() {
    PathProblem problem = RandomPathProblems.generate(7, 12, 8, 25);
    PathSolvers.Solution greedy = PathSolvers.greedy(problem, 1_500_000);

    PathSolvers.Solution byNodes = PathSolvers.exact(problem, 1_500_000, greedy, 50, Long.MAX_VALUE);
    PathSolvers.Solution byTime = PathSolvers.exact(problem, 1_500_000, greedy, Long.MAX_VALUE, 0);

    for (PathSolvers.Solution cut : new PathSolvers.Solution[] {byNodes, byTime}) {
      assertThat(cut.proven()).isFalse();
      assertThat(cut.cost()).isLessThanOrEqualTo(1_500_000);
      assertThat(cut.coverage()).isGreaterThanOrEqualTo(greedy.coverage() - 1e-9);
    }
    assertThat(byNodes.nodes()).isLessThanOrEqualTo(51);
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
