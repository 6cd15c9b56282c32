package nl.vakwijzer.catalogue.gap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.gap.CompetencyGap;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.api.gap.GapSearchRequest;
import nl.vakwijzer.catalogue.api.gap.HardToLearn;
import nl.vakwijzer.catalogue.api.gap.PersonGap;
import nl.vakwijzer.catalogue.api.gap.TeamGap;

/**
 * {@link GapRanking#score} without reasons, for scoring every candidate of a search: what depends
 * only on the request is worked out once, so that a candidate costs a map lookup per claim and a
 * table lookup per gap competency it has a claim on (issue #6 performance goals: tens of thousands
 * of candidates per search at 100,000 modules).
 *
 * <p>Per gap competency the credit of a single matching claim depends only on its from- and
 * to-level: the table holds, for every pair, the sum over the people below of steps closed / steps
 * needed, added up in the same order as {@link GapRanking#score} does, so the result is the same
 * double. A candidate with two or more claims counting for the same gap competency (the best claim
 * per person then decides) is handed to {@link GapRanking#score}.
 */
final class QuickScore {
  private final GapSearchRequest request;
  private final TeamGap gap;
  private final Map<ItemId, HardToLearn> hard;
  /** Per claim competency: the gap competencies (index in {@code gap.byPriority()}) the claim counts for. */
  private final Map<ItemId, int[]> countsFor = new HashMap<>();
  private final double[] weights;
  /** Per gap competency: credit by [clamped from-ordinal][clamped to-ordinal]. */
  private final double[][][] credit;
  private final int[] maxFrom;
  private final int[] maxTo;
  private final List<ItemId>[] examples;
  private final Set<TeachingMethodKind>[] fitting;
  private final double exampleCredit;
  private final double boost;
  /** Scratch per call: the claim counting for each gap competency, or -1 (none) / -2 (several). */
  private final int[] claimFor;

  @SuppressWarnings("unchecked")
  QuickScore(TeamGap gap, GapSearchRequest request, Map<ItemId, HardToLearn> hard) {
    this.request = request;
    this.gap = gap;
    this.hard = hard;
    List<CompetencyGap> gaps = gap.byPriority();
    int n = gaps.size();
    weights = new double[n];
    credit = new double[n][][];
    maxFrom = new int[n];
    maxTo = new int[n];
    examples = new List[n];
    fitting = new Set[n];
    claimFor = new int[n];
    exampleCredit = request.options().behaviourExampleCredit();
    boost = request.options().learnabilityBoost();
    for (int g = 0; g < n; g++) {
      CompetencyGap cg = gaps.get(g);
      add(cg.competency(), g);
      for (ItemId same : request.crosswalk().equivalentsOf(cg.competency())) {
        add(same, g);
      }
      weights[g] = cg.weight();
      examples[g] = request.profile().find(cg.competency()).orElseThrow().behaviourExamples();
      HardToLearn h = hard.get(cg.competency());
      fitting[g] = h == null ? null : h.fittingForms();
      int highestCurrent = -1;
      int highestRequired = 0;
      for (PersonGap p : cg.below()) {
        highestCurrent = Math.max(highestCurrent, p.currentLevel());
        highestRequired = Math.max(highestRequired, p.requiredLevel());
      }
      // a from-level above everyone's current level takes nobody along (from-level 0 takes people
      // below Basis along, so the clamp is at least 1); a to-level above everyone's required level
      // closes no more than the required level: both are clamped
      maxFrom[g] = Math.max(1, highestCurrent + 1);
      maxTo[g] = highestRequired;
      credit[g] = new double[maxFrom[g] + 1][maxTo[g] + 1];
      for (int from = 0; from <= maxFrom[g]; from++) {
        for (int to = 0; to <= maxTo[g]; to++) {
          double sum = 0;
          for (PersonGap p : cg.below()) {
            int closes = Bridging.stepsClosed(from, to, p.currentLevel(), p.requiredLevel());
            if (closes > 0) {
              sum += (double) closes / p.steps();
            }
          }
          credit[g][from][to] = sum;
        }
      }
    }
  }

  private void add(ItemId claimCompetency, int g) {
    countsFor.merge(claimCompetency, new int[] {g}, (a, b) -> {
      int[] all = java.util.Arrays.copyOf(a, a.length + 1);
      all[a.length] = b[0];
      return all;
    });
  }

  /** The candidate's score: the same value as {@code GapRanking.score} without reasons. Not thread-safe. */
  double score(GapCandidate c) {
    java.util.Arrays.fill(claimFor, -1);
    List<AcceptedClaim> claims = c.claims();
    boolean several = false;
    for (int k = 0; k < claims.size(); k++) {
      int[] gaps = countsFor.get(claims.get(k).competency());
      if (gaps == null) {
        continue;
      }
      for (int g : gaps) {
        if (claimFor[g] == -1) {
          claimFor[g] = k;
        } else {
          several = true;
        }
      }
    }
    if (several) {
      return GapRanking.score(c, gap, request, hard, null, null, null);
    }
    double score = 0;
    for (int g = 0; g < claimFor.length; g++) {
      if (claimFor[g] < 0) {
        continue;
      }
      AcceptedClaim claim = claims.get(claimFor[g]);
      double closes = credit[g][Math.min(claim.from().ordinal(), maxFrom[g])][Math.min(claim.to().ordinal(), maxTo[g])];
      if (closes == 0) {
        continue;
      }
      double factor = 1;
      if (fitting[g] != null) {
        for (TeachingMethodKind kind : c.werkvormen()) {
          if (fitting[g].contains(kind)) {
            factor = boost;
            break;
          }
        }
      }
      int covered = 0;
      for (ItemId example : examples[g]) {
        if (claim.behaviourExamples().contains(example)) {
          covered++;
        }
      }
      score += weights[g] * (closes * factor + exampleCredit * covered);
    }
    return score;
  }
}
