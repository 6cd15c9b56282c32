package nl.vakwijzer.catalogue.api.gap;

import java.util.List;

/**
 * The gap search's answer: the team gap, the ranked modules (only those that bridge part of the
 * gap, best first), the learnability advice for hard-to-learn gap competencies, and how many
 * candidates the filters removed.
 */
public record GapSearchResult(
    TeamGap gap, List<RankedModule> results, List<LearnabilityAdvice> advice, int candidates, int filteredOut) {
  public GapSearchResult {
    results = List.copyOf(results);
    advice = List.copyOf(advice);
  }
}
