package nl.vakwijzer.catalogue.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

  public static GapSearchResult search(GapSearchRequest request) {
    TeamGap gap = GapAnalysis.analyse(request.profile(), request.team());
    Map<ItemId, HardToLearn> hard = hardToLearn(request);
    var advice = new ArrayList<LearnabilityAdvice>();
    for (CompetencyGap g : gap.byPriority()) {
      HardToLearn h = hard.get(g.competency());
      if (h != null) {
        advice.add(new LearnabilityAdvice(g.competency(), h.fittingForms()));
      }
    }
    var results = new ArrayList<RankedModule>();
    int filteredOut = 0;
    for (GapCandidate candidate : request.candidates()) {
      if (!CandidateFilter.accepts(candidate, request.filter(), request.team().size(), request.asOf())) {
        filteredOut++;
        continue;
      }
      RankedModule ranked = rank(candidate, gap, request, hard);
      if (ranked.score() > SCORE_EPSILON) {
        results.add(ranked);
      }
    }
    results.sort(ORDER);
    return new GapSearchResult(gap, results, advice, request.candidates().size(), filteredOut);
  }

  /** The result order: score, then the tie-breakers, then id. */
  static final Comparator<RankedModule> ORDER =
      Comparator.comparingLong((RankedModule r) -> -Math.round(r.score() / SCORE_EPSILON))
          .thenComparing(RankedModule::costPerStep, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(RankedModule::nextOffering, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(r -> !r.inRegionOrOnline())
          .thenComparing(RankedModule::accreditedSince, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(r -> r.id().toString());

  static Map<ItemId, HardToLearn> hardToLearn(GapSearchRequest request) {
    var map = new HashMap<ItemId, HardToLearn>();
    request.hardToLearn().forEach(h -> map.put(h.competency(), h));
    return map;
  }

  /** Scores one candidate against the gap; score 0 when it bridges nothing. */
  static RankedModule rank(GapCandidate c, TeamGap gap, GapSearchRequest request, Map<ItemId, HardToLearn> hard) {
    var reasons = new ArrayList<GapReason>();
    var helped = new LinkedHashSet<PersonLabel>();
    double score = 0;
    int steps = 0;
    for (CompetencyGap g : gap.byPriority()) {
      List<Bridging.Match> matches = Bridging.matches(c, g.competency(), request.crosswalk());
      if (matches.isEmpty()) {
        continue;
      }
      int[] full = new int[matches.size()];
      int[] partial = new int[matches.size()];
      double credit = 0;
      for (PersonGap person : g.below()) {
        int best = -1;
        int bestSteps = 0;
        for (int i = 0; i < matches.size(); i++) {
          int closed = Bridging.stepsClosed(matches.get(i).claim(), person.currentLevel(), person.requiredLevel());
          if (closed > bestSteps) {
            best = i;
            bestSteps = closed;
          }
        }
        if (best < 0) {
          continue;
        }
        helped.add(person.person());
        steps += bestSteps;
        credit += (double) bestSteps / person.steps();
        if (bestSteps == person.steps()) {
          full[best]++;
        } else {
          partial[best]++;
        }
      }
      if (credit == 0) {
        continue;
      }
      TargetCompetency target = request.profile().find(g.competency()).orElseThrow();
      double boost = 1;
      HardToLearn h = hard.get(g.competency());
      var competencyReasons = new ArrayList<GapReason>();
      if (h != null) {
        var fitting = new TreeSet<TeachingMethodKind>(c.werkvormen());
        fitting.retainAll(h.fittingForms());
        if (!fitting.isEmpty()) {
          boost = request.options().learnabilityBoost();
          competencyReasons.add(GapReason.of(GapReason.LEARNING_FORM, g.competency(), List.copyOf(fitting)));
        } else if (c.werkvormen().stream().allMatch(TeachingMethodKind::isClassroomOrELearning)) {
          competencyReasons.add(GapReason.of(GapReason.COURSE_ALONE, g.competency()));
        }
      }
      var covered = new LinkedHashSet<ItemId>();
      for (int i = 0; i < matches.size(); i++) {
        if (full[i] + partial[i] == 0) {
          continue;
        }
        Bridging.Match m = matches.get(i);
        if (full[i] > 0) {
          reasons.add(GapReason.of(GapReason.CLOSES, g.competency(), m.claim().from(), m.claim().to(), full[i],
              g.below().size()));
        }
        if (partial[i] > 0) {
          reasons.add(GapReason.of(GapReason.PARTIAL, g.competency(), m.claim().from(), m.claim().to(), partial[i],
              g.below().size()));
        }
        if (m.viaCrosswalk()) {
          reasons.add(GapReason.of(GapReason.EQUIVALENT, g.competency(), m.claim().competency()));
        }
        covered.addAll(m.claim().behaviourExamples());
      }
      List<ItemId> coveredOfInterest = target.behaviourExamples().stream().filter(covered::contains).toList();
      if (!coveredOfInterest.isEmpty()) {
        reasons.add(GapReason.of(GapReason.BEHAVIOUR_EXAMPLES, g.competency(), coveredOfInterest));
      }
      reasons.addAll(competencyReasons);
      score += g.weight() * (credit * boost + request.options().behaviourExampleCredit() * coveredOfInterest.size());
    }
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
}
