package nl.vakwijzer.catalogue.api.gap;

import java.math.BigDecimal;

/**
 * How far the greedy heuristic is from the exact optimum, when both ran on the same candidates.
 * Coverage is in weighted person-level-steps. {@code coverageGap} = exact − greedy coverage (&gt; 0
 * when greedy left more open, which can happen under a budget); {@code costGapPercent} = (greedy −
 * exact) / exact × 100 (0 when exact costs nothing), a like-for-like comparison only when {@code
 * coverageGap} is 0. {@code provenOptimal} is false when the exact
 * search hit its node limit (then "exact" is only the best found). {@code nodes} and {@code
 * exactNanos} describe the exact search's effort.
 */
public record SolverComparison(
    BigDecimal greedyCost,
    BigDecimal exactCost,
    double greedyCoverage,
    double exactCoverage,
    double coverageGap,
    double costGapPercent,
    boolean provenOptimal,
    long nodes,
    long exactNanos) {}
