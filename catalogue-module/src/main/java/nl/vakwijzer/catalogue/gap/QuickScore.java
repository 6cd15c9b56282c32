package nl.vakwijzer.catalogue.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
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
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.TeamGap;

/**
 * {@link GapRanking#score} and the tie-breakers of {@link GapRanking#ORDER} without reasons, for
 * every candidate of a search: what depends only on the request is worked out once, so that a
 * candidate costs a map lookup per claim and a table lookup per gap competency it has a claim on
 * (issue #6 performance goals: tens of thousands of candidates per search at 100,000 modules).
 *
 * <p>Per gap competency the effect of a single matching claim depends only on its from- and
 * to-level: tables hold, for every pair, the credit (the sum over the people below of steps closed
 * / steps needed, added up in the same order as {@link GapRanking#score}, so the result is the same
 * double), the steps closed and the people helped. When several claims of a candidate count for the
 * same gap competency (the best claim per person decides) the people are gone through one by one,
 * as {@link GapRanking#score} does.
 *
 * <p>Not thread-safe (scratch arrays); one instance per search.
 */
final class QuickScore {
  /** A claim counting for a gap competency: directly or through the crosswalk. */
  private record Slot(int gap, boolean direct) {}

  private final GapSearchRequest request;
  private final TeamGap gap;
  private final Map<ItemId, HardToLearn> hard;
  /** Per claim competency: the gap competencies (index in {@code gap.byPriority()}) the claim counts for. */
  private final Map<ItemId, Slot[]> countsFor = new HashMap<>();
  private final double[] weights;
  private final double[][][] credit;
  private final int[][][] steps;
  private final long[][][] helped;
  private final int[] maxFrom;
  private final int[] maxTo;
  /** Per gap competency, the people below: current level, required level, steps needed, index in the team. */
  private final int[][] current;
  private final int[][] required;
  private final int[][] needed;
  private final int[][] person;
  private final List<ItemId>[] examples;
  private final Map<List<ItemId>, Integer>[] coveredByList;
  private final Set<TeachingMethodKind>[] fitting;
  private final double exampleCredit;
  private final double boost;
  /** Whether people fit in a 64-bit mask (helped people are counted with one). */
  private final boolean smallTeam;
  // scratch, per call
  private Slot[][] slotsOf = new Slot[8][];
  private int[] claimOf = new int[8];
  private final int[][] matching;
  private final int[] matchCount;
  private long helpedMask;
  private int stepsClosed;

  @SuppressWarnings("unchecked")
  QuickScore(TeamGap gap, GapSearchRequest request, Map<ItemId, HardToLearn> hard) {
    this.request = request;
    this.gap = gap;
    this.hard = hard;
    List<CompetencyGap> gaps = gap.byPriority();
    int n = gaps.size();
    weights = new double[n];
    credit = new double[n][][];
    steps = new int[n][][];
    helped = new long[n][][];
    maxFrom = new int[n];
    maxTo = new int[n];
    current = new int[n][];
    required = new int[n][];
    needed = new int[n][];
    person = new int[n][];
    examples = new List[n];
    coveredByList = new Map[n];
    fitting = new Set[n];
    matching = new int[n][];
    matchCount = new int[n];
    exampleCredit = request.options().behaviourExampleCredit();
    boost = request.options().learnabilityBoost();
    Map<PersonLabel, Integer> index = new HashMap<>();
    for (int i = 0; i < request.team().members().size(); i++) {
      index.put(request.team().members().get(i).label(), i);
    }
    smallTeam = index.size() <= 64;
    for (int g = 0; g < n; g++) {
      CompetencyGap cg = gaps.get(g);
      add(cg.competency(), new Slot(g, true));
      for (ItemId same : request.crosswalk().equivalentsOf(cg.competency())) {
        add(same, new Slot(g, false));
      }
      weights[g] = cg.weight();
      examples[g] = request.profile().find(cg.competency()).orElseThrow().behaviourExamples();
      HardToLearn h = hard.get(cg.competency());
      fitting[g] = h == null ? null : h.fittingForms();
      List<PersonGap> below = cg.below();
      current[g] = new int[below.size()];
      required[g] = new int[below.size()];
      needed[g] = new int[below.size()];
      person[g] = new int[below.size()];
      int highestCurrent = -1;
      int highestRequired = 0;
      for (int p = 0; p < below.size(); p++) {
        PersonGap pg = below.get(p);
        current[g][p] = pg.currentLevel();
        required[g][p] = pg.requiredLevel();
        needed[g][p] = pg.steps();
        person[g][p] = index.getOrDefault(pg.person(), 0);
        highestCurrent = Math.max(highestCurrent, pg.currentLevel());
        highestRequired = Math.max(highestRequired, pg.requiredLevel());
      }
      // a from-level above everyone's current level takes nobody along (from-level 0 takes people
      // below Basis along, so the clamp is at least 1); a to-level above everyone's required level
      // closes no more than the required level: both are clamped
      maxFrom[g] = Math.max(1, highestCurrent + 1);
      maxTo[g] = highestRequired;
      credit[g] = new double[maxFrom[g] + 1][maxTo[g] + 1];
      steps[g] = new int[maxFrom[g] + 1][maxTo[g] + 1];
      helped[g] = new long[maxFrom[g] + 1][maxTo[g] + 1];
      for (int from = 0; from <= maxFrom[g]; from++) {
        for (int to = 0; to <= maxTo[g]; to++) {
          double sum = 0;
          for (int p = 0; p < below.size(); p++) {
            int closes = Bridging.stepsClosed(from, to, current[g][p], required[g][p]);
            if (closes > 0) {
              sum += (double) closes / needed[g][p];
              steps[g][from][to] += closes;
              helped[g][from][to] |= 1L << (person[g][p] & 63);
            }
          }
          credit[g][from][to] = sum;
        }
      }
      matching[g] = new int[4];
      coveredByList[g] = new java.util.IdentityHashMap<>();
    }
  }

  private void add(ItemId claimCompetency, Slot slot) {
    countsFor.merge(claimCompetency, new Slot[] {slot}, (a, b) -> {
      Slot[] all = Arrays.copyOf(a, a.length + 1);
      all[a.length] = b[0];
      return all;
    });
  }

  /** The candidate's score: the same value as {@code GapRanking.score} without reasons. */
  double score(GapCandidate c) {
    List<AcceptedClaim> claims = c.claims();
    // the claims counting for some gap competency, each looked up once
    int found = 0;
    if (slotsOf.length < claims.size()) {
      slotsOf = new Slot[claims.size()][];
      claimOf = new int[claims.size()];
    }
    for (int k = 0; k < claims.size(); k++) {
      Slot[] slots = countsFor.get(claims.get(k).competency());
      if (slots != null) {
        slotsOf[found] = slots;
        claimOf[found++] = k;
      }
    }
    helpedMask = 0;
    stepsClosed = 0;
    if (found == 0) {
      return 0;
    }
    Arrays.fill(matchCount, 0);
    // per gap competency the matching claims in GapRanking.score's order: direct ones, then equivalents
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < found; i++) {
        for (Slot slot : slotsOf[i]) {
          if (slot.direct() == (pass == 0)) {
            int g = slot.gap();
            if (matchCount[g] == matching[g].length) {
              matching[g] = Arrays.copyOf(matching[g], matchCount[g] * 2);
            }
            matching[g][matchCount[g]++] = claimOf[i];
          }
        }
      }
    }
    for (int count : matchCount) {
      if (count > 64) {
        // more claims on one gap competency than the used-claims mask holds: the long way
        return GapRanking.score(c, gap, request, hard, null, null, null);
      }
    }
    double score = 0;
    for (int g = 0; g < matchCount.length; g++) {
      int m = matchCount[g];
      if (m == 0) {
        continue;
      }
      double closes;
      int covered = 0;
      if (m == 1) {
        AcceptedClaim claim = claims.get(matching[g][0]);
        int from = Math.min(claim.from().ordinal(), maxFrom[g]);
        int to = Math.min(claim.to().ordinal(), maxTo[g]);
        closes = credit[g][from][to];
        if (closes == 0) {
          continue;
        }
        stepsClosed += steps[g][from][to];
        helpedMask |= helped[g][from][to];
        covered = covered(g, claim.behaviourExamples());
      } else {
        closes = 0;
        long used = 0;
        for (int p = 0; p < current[g].length; p++) {
          int best = -1;
          int bestSteps = 0;
          for (int i = 0; i < m; i++) {
            AcceptedClaim claim = claims.get(matching[g][i]);
            int s = Bridging.stepsClosed(claim.from().ordinal(), claim.to().ordinal(), current[g][p], required[g][p]);
            if (s > bestSteps) {
              best = i;
              bestSteps = s;
            }
          }
          if (best >= 0) {
            used |= 1L << best;
            closes += (double) bestSteps / needed[g][p];
            stepsClosed += bestSteps;
            helpedMask |= 1L << (person[g][p] & 63);
          }
        }
        if (closes == 0) {
          continue;
        }
        for (ItemId example : examples[g]) {
          for (int i = 0; i < m; i++) {
            if ((used & (1L << i)) != 0 && claims.get(matching[g][i]).behaviourExamples().contains(example)) {
              covered++;
              break;
            }
          }
        }
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
      score += weights[g] * (closes * factor + exampleCredit * covered);
    }
    return score;
  }

  /**
   * Every candidate's score, as {@link #score} gives it, from the candidates' columns: per gap
   * competency, the claims on it and on its crosswalk equivalents are walked and each adds its
   * table value to its candidate's score, in gap order as {@link #score} adds them (so the sums are
   * the same doubles). A candidate with more than one claim counting for the same gap competency
   * needs the person-by-person rule: it is marked in {@code whole} and its score must be taken from
   * {@link #score} on its object. The level steps each candidate closes and the people it helps (as
   * {@link #score} leaves them for {@link #costPerStepKey}) are added up in {@code steps} and {@code
   * helpedPeople}.
   */
  void scoreAll(CandidateColumns columns, double[] scores, boolean[] whole, int[] steps, long[] helpedPeople) {
    int[] lastGap = new int[scores.length];
    int[][] coveredById = new int[examples.length][];
    for (int g = 0; g < examples.length; g++) {
      final int gapIndex = g;
      final int mark = g + 1;
      final int fittingMask = fitting[g] == null ? 0 : CandidateColumns.mask(fitting[g]);
      final double weight = weights[g];
      final double[][] table = credit[g];
      final int[][] stepsTable = this.steps[g];
      final long[][] helpedTable = helped[g];
      final int highestFrom = maxFrom[g];
      final int highestTo = maxTo[g];
      if (!examples[g].isEmpty()) {
        coveredById[g] = new int[columns.exampleLists()];
        Arrays.fill(coveredById[g], -1);
      }
      final int[] coveredCache = coveredById[g];
      CandidateColumns.ClaimVisitor visitor = (p, from, to, examplesId, claimExamples, werkvormen) -> {
        if (lastGap[p] == mark) {
          whole[p] = true;
          return;
        }
        lastGap[p] = mark;
        int f = Math.min(from, highestFrom);
        int t = Math.min(to, highestTo);
        double closes = table[f][t];
        if (closes == 0) {
          return;
        }
        steps[p] += stepsTable[f][t];
        helpedPeople[p] |= helpedTable[f][t];
        int covered = 0;
        if (coveredCache != null && !claimExamples.isEmpty()) {
          covered = coveredCache[examplesId];
          if (covered < 0) {
            covered = count(gapIndex, claimExamples);
            coveredCache[examplesId] = covered;
          }
        }
        double factor = (werkvormen & fittingMask) != 0 ? boost : 1;
        scores[p] += weight * (closes * factor + exampleCredit * covered);
      };
      ItemId competency = gap.byPriority().get(g).competency();
      columns.forEachClaim(competency.value(), visitor);
      for (ItemId same : request.crosswalk().equivalentsOf(competency)) {
        columns.forEachClaim(same.value(), visitor);
      }
    }
  }

  /**
   * How many of the gap competency's behaviour examples of interest the claim's examples cover.
   * Remembered per list instance: the supply holds equal lists as one instance, so a search works
   * this out once per distinct list rather than once per claim.
   */
  private int covered(int g, List<ItemId> claimExamples) {
    if (examples[g].isEmpty() || claimExamples.isEmpty()) {
      return 0;
    }
    Integer known = coveredByList[g].get(claimExamples);
    if (known != null) {
      return known;
    }
    int covered = count(g, claimExamples);
    if (coveredByList[g].size() < 10_000) {
      coveredByList[g].put(claimExamples, covered);
    }
    return covered;
  }

  private int count(int g, List<ItemId> claimExamples) {
    int covered = 0;
    for (ItemId example : examples[g]) {
      if (claimExamples.contains(example)) {
        covered++;
      }
    }
    return covered;
  }

  /**
   * The cost per level step of the candidate just scored ({@link #score}), in cents, as {@link
   * GapRanking#rank} works it out (group cost of the people helped / steps closed, rounded half up
   * to cents); {@code Long.MAX_VALUE} when it has none, so that it sorts last like a missing cost.
   * Ordering by it is ordering by {@code costPerStep}; for a large team (people not in the mask)
   * every candidate gets the same key and the full tie-breakers decide.
   */
  long costPerStepKey(GapCandidate c) {
    return costPerStepKey(c, stepsClosed, helpedMask);
  }

  /** {@link #costPerStepKey(GapCandidate)} with the steps and people {@link #scoreAll} added up for it. */
  long costPerStepKey(GapCandidate c, int steps, long helpedPeople) {
    BigDecimal costPerStep = smallTeam ? costPerStep(c, steps, helpedPeople) : null;
    return costPerStep == null ? Long.MAX_VALUE : costPerStep.unscaledValue().longValue();
  }

  /** The steps closed by the candidate just scored ({@link #score}). */
  int stepsClosed() {
    return stepsClosed;
  }

  /** The people (as a mask) helped by the candidate just scored ({@link #score}). */
  long helpedPeople() {
    return helpedMask;
  }

  /** The cost per level step of the candidate just scored, to cents; null without steps or price. */
  private BigDecimal costPerStep(GapCandidate c) {
    return costPerStep(c, stepsClosed, helpedMask);
  }

  private static BigDecimal costPerStep(GapCandidate c, int steps, long helpedPeople) {
    BigDecimal cost = steps == 0 ? null : GapCosts.groupCost(c.prices(), Long.bitCount(helpedPeople));
    return cost == null ? null : cost.divide(BigDecimal.valueOf(steps), 2, RoundingMode.HALF_UP);
  }

  /**
   * The candidate's tie-breakers as {@link GapRanking#rank} works them out (a {@code RankedModule}
   * without reasons), for ordering candidates with equal scores before any is explained.
   */
  GapRanking.TieBreak tieBreak(GapCandidate c) {
    if (!smallTeam || c.claims().size() > 64) {
      var r = GapRanking.rank(c, gap, request, hard);
      return new GapRanking.TieBreak(c, r.score(), r.costPerStep(), r.nextOffering(), r.inRegionOrOnline());
    }
    double score = score(c);
    LocalDate next = null;
    if (stepsClosed > 0) {
      next = CandidateFilter.nextOffering(c, request.filter(), request.asOf()).map(o -> o.dates().get(0)).orElse(null);
    }
    return new GapRanking.TieBreak(c, score, costPerStep(c), next,
        CandidateFilter.inRegionOrOnline(c, request.filter(), request.asOf()));
  }

}
