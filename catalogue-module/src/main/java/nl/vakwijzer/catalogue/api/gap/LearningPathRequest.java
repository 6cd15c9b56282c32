package nl.vakwijzer.catalogue.api.gap;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A learning-path question: the gap search's input (its filter's period limits the offerings), an
 * optional budget in euros ({@code null} = none; zero or negative is refused) and which solver to
 * run. {@code exactLimit} is the largest number of candidate modules the exact solver takes on
 * (issue: 25).
 */
public record LearningPathRequest(GapSearchRequest search, BigDecimal budget, Solver solver, int exactLimit) {
  public static final int DEFAULT_EXACT_LIMIT = 25;

  /** Which solver(s) to run. */
  public enum Solver {
    /** The greedy heuristic only. */
    GREEDY,
    /** The greedy heuristic always, and the exact solver too when the candidates fit the limit. */
    AUTO
  }

  public LearningPathRequest {
    Objects.requireNonNull(search, "search");
    solver = solver == null ? Solver.AUTO : solver;
    if (budget != null && budget.signum() <= 0) {
      throw new InvalidGapInputException(InvalidGapInputException.BUDGET_INVALID, budget);
    }
    if (exactLimit < 0 || exactLimit > 60) {
      throw new IllegalArgumentException("exactLimit must be 0..60");
    }
  }

  public static LearningPathRequest of(GapSearchRequest search, BigDecimal budget) {
    return new LearningPathRequest(search, budget, Solver.AUTO, DEFAULT_EXACT_LIMIT);
  }
}
