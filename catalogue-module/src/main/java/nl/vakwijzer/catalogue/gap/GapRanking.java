package nl.vakwijzer.catalogue.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.gap.CompetencyGap;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.api.gap.GapReason;
import nl.vakwijzer.catalogue.api.gap.GapSearchRequest;
import nl.vakwijzer.catalogue.api.gap.GapSearchResult;
import nl.vakwijzer.catalogue.api.gap.HardToLearn;
import nl.vakwijzer.catalogue.api.gap.LearnabilityAdvice;
import nl.vakwijzer.catalogue.api.gap.PersonGap;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.RankedModule;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TeamGap;

/**
 * The ranked gap search (issue items 5 and 7).
 *
 * <p><b>Score.</b> For each gap competency (someone below the required level), the module's
 * matching claims (on the competency, or on a crosswalk equivalent) are applied to every person
 * below, by the {@link Bridging} rule: full credit (1) when a claim bridges the person's gap, partial
 * credit (steps closed / steps needed) when it closes part of it, the best claim per person. The sum
 * over the people is multiplied by the competency's weight. To that is added, per behaviour example
 * of interest (target profile) covered by a claim that helps someone, {@code behaviourExampleCredit}
 * × weight.
 *
 * <p><b>Learnability.</b> For a hard-to-learn gap competency, the result carries {@link
 * LearnabilityAdvice} ("a course alone is unlikely to close it" + the fitting forms), and a module
 * whose werkvormen include a fitting form gets its score on that competency (bridging part)
 * multiplied by {@code learnabilityBoost}, which puts such modules first among those bridging about
 * as much. A boost rather than a hard first sort key, so that a module touching one person of a hard
 * competency does not outrank one that closes the whole team's gap.
 *
 * <p><b>Order.</b> Score (highest first); ties (scores equal to 1e-6) by cost per level step
 * closed (lowest first, modules without a price last), then the next usable offering in the period
 * (earliest first, none last), then having an offering in the region or online, then accreditation
 * freshness (most recently accredited first), then version id for a stable order.
 *
 * <p>Only findable candidates that pass the filters and score above zero are returned.
 */
public final class GapRanking {
  private static final double SCORE_EPSILON = 1e-6;

  private GapRanking() {}

  /** Every matching module, ranked. */
  public static GapSearchResult search(GapSearchRequest request) {
    return search(request, Integer.MAX_VALUE);
  }

  /**
   * The best {@code limit} matching modules, ranked, and how many match in all. Every candidate
   * that passes the filters is scored (cheaply, without reasons); only those scoring at least the
   * {@code limit}-th best score are explained and put in order by the tie-breakers, which gives the
   * same first {@code limit} as ranking them all.
   */
  public static GapSearchResult search(GapSearchRequest request, int limit) {
    return search(request, limit, null);
  }

  /**
   * {@link #search(GapSearchRequest, int)} with the request's candidates also given as {@code
   * columns} (same positions), or null: every candidate is then scored from the columns, and only
   * those with several claims counting for one gap competency, those a filter (other than
   * findability) must look at and the best ones are visited as objects. Same result.
   */
  public static GapSearchResult search(GapSearchRequest request, int limit, CandidateColumns columns) {
    TeamGap gap = GapAnalysis.analyse(request.profile(), request.team());
    Map<ItemId, HardToLearn> hard = hardToLearn(request);
    var advice = new ArrayList<LearnabilityAdvice>();
    for (CompetencyGap g : gap.byPriority()) {
      HardToLearn h = hard.get(g.competency());
      if (h != null) {
        advice.add(new LearnabilityAdvice(g.competency(), h.fittingForms()));
      }
    }
    List<GapCandidate> candidates = request.candidates();
    if (columns != null && columns.size() != candidates.size()) {
      throw new IllegalArgumentException("columns of other candidates");
    }
    int size = candidates.size();
    QuickScore quick = new QuickScore(gap, request, hard);
    double[] scores = null;
    boolean[] whole = null;
    int[] steps = null;
    long[] helped = null;
    if (columns != null) {
      scores = new double[size];
      whole = new boolean[size];
      steps = new int[size];
      helped = new long[size];
      quick.scoreAll(columns, scores, whole, steps, helped);
    }
    boolean onlyFindability = columns != null && CandidateFilter.onlyFindability(request.filter());
    long asOf = request.asOf().toEpochDay();
    int[] matching = new int[size];
    long[] keys = new long[size];
    int count = 0;
    int filteredOut = 0;
    for (int i = 0; i < size; i++) {
      GapCandidate candidate = null;
      if (onlyFindability) {
        if (columns.findableUntil(i) < asOf) {
          filteredOut++;
          continue;
        }
      } else {
        candidate = candidates.get(i);
        if (!CandidateFilter.accepts(candidate, request.filter(), request.team().size(), request.asOf())) {
          filteredOut++;
          continue;
        }
      }
      double score;
      if (scores == null) {
        score = quick.score(candidate == null ? candidates.get(i) : candidate);
      } else if (whole[i]) {
        score = quick.score(candidate == null ? candidates.get(i) : candidate);
        scores[i] = score;
        steps[i] = quick.stepsClosed();
        helped[i] = quick.helpedPeople();
      } else {
        score = scores[i];
      }
      if (score > SCORE_EPSILON) {
        matching[count] = i;
        keys[count++] = scoreKey(score);
      }
    }
    var results = new ArrayList<RankedModule>();
    if (count <= limit) {
      for (int i = 0; i < count; i++) {
        results.add(rank(candidates.get(matching[i]), gap, request, hard));
      }
    } else {
      // those scoring above the limit-th best score are in; of those scoring exactly that, the
      // tie-breakers (worked out without reasons) decide which fill the remaining places
      long cut = smallest(Arrays.copyOf(keys, count), limit - 1);
      int[] tiedAt = new int[count];
      int tiedCount = 0;
      for (int i = 0; i < count; i++) {
        if (keys[i] < cut) {
          results.add(rank(candidates.get(matching[i]), gap, request, hard));
        } else if (keys[i] == cut) {
          tiedAt[tiedCount++] = matching[i];
        }
      }
      // of those tied on the score, a lower cost per step goes first: those below the cost at the
      // remaining places' cut are in; only those at that cost are ordered by the other tie-breakers
      int places = limit - results.size();
      long[] tiedCosts = new long[tiedCount];
      for (int t = 0; t < tiedCount; t++) {
        GapCandidate c = candidates.get(tiedAt[t]);
        if (steps != null) {
          tiedCosts[t] = quick.costPerStepKey(c, steps[tiedAt[t]], helped[tiedAt[t]]);
        } else {
          quick.score(c);
          tiedCosts[t] = quick.costPerStepKey(c);
        }
      }
      long costCut = tiedCount > places ? smallest(tiedCosts.clone(), places - 1) : Long.MAX_VALUE;
      var tied = new ArrayList<TieBreak>();
      for (int t = 0; t < tiedCount; t++) {
        if (tiedCosts[t] <= costCut) {
          tied.add(quick.tieBreak(candidates.get(tiedAt[t])));
        }
      }
      tied.sort(TIE_ORDER);
      for (TieBreak t : tied.subList(0, Math.min(tied.size(), limit - results.size()))) {
        results.add(rank(t.candidate(), gap, request, hard));
      }
    }
    results.sort(ORDER);
    List<RankedModule> best = results.size() > limit ? results.subList(0, limit) : results;
    return new GapSearchResult(gap, best, advice, size, filteredOut, count);
  }

  /** The {@code k}-th smallest value (from 0) of {@code a}, which it reorders (quickselect). */
  static long smallest(long[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    while (lo < hi) {
      long pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  /** The first sort key: scores equal to {@link #SCORE_EPSILON} are equal; higher scores come first. */
  private static long scoreKey(double score) {
    return -Math.round(score / SCORE_EPSILON);
  }

  /** The result order: score, then the tie-breakers, then id. */
  static final Comparator<RankedModule> ORDER =
      Comparator.comparingLong((RankedModule r) -> scoreKey(r.score()))
          .thenComparing(RankedModule::costPerStep, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(RankedModule::nextOffering, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(r -> !r.inRegionOrOnline())
          .thenComparing(RankedModule::accreditedSince, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(r -> r.id().toString());

  /** A candidate's score and tie-breakers, without reasons ({@link QuickScore#tieBreak}). */
  record TieBreak(GapCandidate candidate, double score, BigDecimal costPerStep, LocalDate nextOffering,
      boolean inRegionOrOnline) {}

  /** {@link #ORDER} for candidates with the same score. */
  static final Comparator<TieBreak> TIE_ORDER =
      Comparator.comparing(TieBreak::costPerStep, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
          .thenComparing(TieBreak::nextOffering, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(t -> !t.inRegionOrOnline())
          .thenComparing(t -> t.candidate().accreditedSince(), Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(t -> t.candidate().id().toString());

  static Map<ItemId, HardToLearn> hardToLearn(GapSearchRequest request) {
    var map = new HashMap<ItemId, HardToLearn>();
    request.hardToLearn().forEach(h -> map.put(h.competency(), h));
    return map;
  }

  /** Scores and explains one candidate against the gap; score 0 when it bridges nothing. */
  static RankedModule rank(GapCandidate c, TeamGap gap, GapSearchRequest request, Map<ItemId, HardToLearn> hard) {
    var reasons = new ArrayList<GapReason>();
    var helped = new LinkedHashSet<PersonLabel>();
    int[] closed = {0};
    double score = score(c, gap, request, hard, reasons, helped, closed);
    int steps = closed[0];
    BigDecimal cost = GapCosts.groupCost(c.prices(), helped.size());
    BigDecimal costPerStep = cost == null || steps == 0 ? null
        : cost.divide(BigDecimal.valueOf(steps), 2, RoundingMode.HALF_UP);
    LocalDate next = null;
    if (steps > 0) {
      var offering = CandidateFilter.nextOffering(c, request.filter(), request.asOf());
      if (offering.isPresent()) {
        Offering o = offering.get();
        next = o.dates().get(0);
        reasons.add(GapReason.of(GapReason.NEXT_OFFERING, next, o.location().municipality()));
      }
      if (c.offersInCompany()) {
        reasons.add(GapReason.of(GapReason.IN_COMPANY));
      }
    }
    return new RankedModule(c.id(), c.title(), c.provider(), c.providerName(), score, steps, costPerStep, next,
        CandidateFilter.inRegionOrOnline(c, request.filter(), request.asOf()), c.accreditedSince(), reasons);
  }

  /**
   * The candidate's score (class comment). With {@code reasons} given it also collects the reasons,
   * the people it helps and the level steps it closes ({@code steps[0]}); without, it only counts,
   * allocating two small arrays, so that every candidate can be scored before the best few are
   * explained. Per gap competency the matching claims are taken in {@link Bridging#matches} order
   * (direct ones, then crosswalk equivalents), each person by the first claim closing the most.
   */
  static double score(GapCandidate c, TeamGap gap, GapSearchRequest request, Map<ItemId, HardToLearn> hard,
      List<GapReason> reasons, Set<PersonLabel> helped, int[] steps) {
    List<AcceptedClaim> claims = c.claims();
    int n = claims.size();
    int[] order = new int[n];
    boolean[] used = new boolean[n];
    int[] full = reasons == null ? null : new int[n];
    int[] partial = reasons == null ? null : new int[n];
    double score = 0;
    for (CompetencyGap g : gap.byPriority()) {
      ItemId competency = g.competency();
      Set<ItemId> equivalents = request.crosswalk().equivalentsOf(competency);
      int m = 0;
      for (int k = 0; k < n; k++) {
        if (claims.get(k).competency().equals(competency)) {
          order[m++] = k;
        }
      }
      int direct = m;
      if (!equivalents.isEmpty()) {
        for (int k = 0; k < n; k++) {
          ItemId on = claims.get(k).competency();
          if (!on.equals(competency) && equivalents.contains(on)) {
            order[m++] = k;
          }
        }
      }
      if (m == 0) {
        continue;
      }
      Arrays.fill(used, 0, m, false);
      if (reasons != null) {
        Arrays.fill(full, 0, m, 0);
        Arrays.fill(partial, 0, m, 0);
      }
      double credit = 0;
      for (PersonGap person : g.below()) {
        int best = -1;
        int bestSteps = 0;
        for (int i = 0; i < m; i++) {
          int closes = Bridging.stepsClosed(claims.get(order[i]), person.currentLevel(), person.requiredLevel());
          if (closes > bestSteps) {
            best = i;
            bestSteps = closes;
          }
        }
        if (best < 0) {
          continue;
        }
        used[best] = true;
        credit += (double) bestSteps / person.steps();
        if (reasons != null) {
          helped.add(person.person());
          steps[0] += bestSteps;
          if (bestSteps == person.steps()) {
            full[best]++;
          } else {
            partial[best]++;
          }
        }
      }
      if (credit == 0) {
        continue;
      }
      TargetCompetency target = request.profile().find(competency).orElseThrow();
      double boost = 1;
      GapReason form = null;
      HardToLearn h = hard.get(competency);
      if (h != null) {
        var fitting = new TreeSet<TeachingMethodKind>(c.werkvormen());
        fitting.retainAll(h.fittingForms());
        if (!fitting.isEmpty()) {
          boost = request.options().learnabilityBoost();
          form = GapReason.of(GapReason.LEARNING_FORM, competency, List.copyOf(fitting));
        } else if (c.werkvormen().stream().allMatch(TeachingMethodKind::isClassroomOrELearning)) {
          form = GapReason.of(GapReason.COURSE_ALONE, competency);
        }
      }
      List<ItemId> covered = new ArrayList<>();
      for (ItemId example : target.behaviourExamples()) {
        for (int i = 0; i < m; i++) {
          if (used[i] && claims.get(order[i]).behaviourExamples().contains(example)) {
            covered.add(example);
            break;
          }
        }
      }
      if (reasons != null) {
        for (int i = 0; i < m; i++) {
          AcceptedClaim claim = claims.get(order[i]);
          if (full[i] > 0) {
            reasons.add(GapReason.of(GapReason.CLOSES, competency, claim.from(), claim.to(), full[i], g.below().size()));
          }
          if (partial[i] > 0) {
            reasons.add(GapReason.of(GapReason.PARTIAL, competency, claim.from(), claim.to(), partial[i],
                g.below().size()));
          }
          if (used[i] && i >= direct) {
            reasons.add(GapReason.of(GapReason.EQUIVALENT, competency, claim.competency()));
          }
        }
        if (!covered.isEmpty()) {
          reasons.add(GapReason.of(GapReason.BEHAVIOUR_EXAMPLES, competency, covered));
        }
        if (form != null) {
          reasons.add(form);
        }
      }
      score += g.weight() * (credit * boost + request.options().behaviourExampleCredit() * covered.size());
    }
    return score;
  }
}
