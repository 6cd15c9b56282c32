package nl.vakwijzer.catalogue.api.gap;

import java.util.List;

/**
 * The gap search's answer: the team gap, the ranked modules (those that bridge part of the gap, best
 * first; the best {@code matching} of them or fewer when the search was asked for a top N), the
 * learnability advice for hard-to-learn gap competencies, how many candidates were read, how many
 * the filters removed, and how many modules match in all.
 */
public record GapSearchResult(
    TeamGap gap, List<RankedModule> results, List<LearnabilityAdvice> advice, int candidates, int filteredOut,
    int matching) {
  public GapSearchResult {
    results = List.copyOf(results);
    advice = List.copyOf(advice);
  }

  /** Whether more modules match than {@link #results} holds. */
  public boolean cut() {
    return matching > results.size();
  }
}
