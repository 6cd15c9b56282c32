package nl.vakwijzer.accreditation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.accreditation.api.AccreditationStatistics;
import nl.vakwijzer.accreditation.api.AccreditationStatisticsService;
import nl.vakwijzer.accreditation.api.ApplicationAccessException;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.CompetencyRate;
import nl.vakwijzer.accreditation.api.Criterion;
import nl.vakwijzer.accreditation.api.CriterionRate;
import nl.vakwijzer.accreditation.api.LeadTime;
import nl.vakwijzer.accreditation.api.LeadTimePhase;
import nl.vakwijzer.accreditation.api.RecordedScore;
import nl.vakwijzer.accreditation.api.RecordedVerdict;
import nl.vakwijzer.accreditation.api.Score;
import nl.vakwijzer.accreditation.api.VerdictType;
import nl.vakwijzer.accreditation.domain.Application;
import nl.vakwijzer.accreditation.domain.ApplicationRepository;
import nl.vakwijzer.accreditation.domain.AssessmentFrameworkRepository;
import nl.vakwijzer.accreditation.domain.Milestones;
import nl.vakwijzer.accreditation.domain.ServiceLevels;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.Role;

/**
 * Statistics over the decided applications: an application counts once it has a first decision
 * in its trail. Lead times use the trail's milestones and the submission time; scores are every
 * auditor's stored scores (carried-over ones included); verdicts are the consolidated ones of the
 * advice. Criteria are listed in the order of the published assessment framework, then codes that
 * only older versions have.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class DefaultAccreditationStatisticsService implements AccreditationStatisticsService {
  @Inject ApplicationRepository applications;
  @Inject AssessmentFrameworkRepository frameworks;
  @Inject Clock clock;

  /** For the CDI proxy. */
  DefaultAccreditationStatisticsService() {}

  DefaultAccreditationStatisticsService(ApplicationRepository applications, AssessmentFrameworkRepository frameworks, Clock clock) {
    this.applications = applications;
    this.frameworks = frameworks;
    this.clock = clock;
  }

  @Override
  public AccreditationStatistics statistics(Actor actor) {
    if (!actor.hasRole(Role.BEHEERDER) && !actor.hasRole(Role.BESLUITNEMER)) {
      throw new ApplicationAccessException(ApplicationAccessException.NOT_COORDINATOR);
    }
    Map<ApplicationId, Milestones> milestones = applications.milestones();
    Map<LeadTimePhase, List<Integer>> durations = new EnumMap<>(LeadTimePhase.class);
    for (LeadTimePhase phase : LeadTimePhase.values()) {
      durations.put(phase, new ArrayList<>());
    }
    Map<String, int[]> scores = new LinkedHashMap<>();
    Map<String, Criterion> known = new LinkedHashMap<>();
    frameworks.published().ifPresent(f -> f.criteria().forEach(c -> {
      known.put(c.code(), c);
      scores.put(c.code(), new int[Score.values().length]);
    }));
    Map<ItemId, int[]> verdicts = new LinkedHashMap<>();
    int decided = 0;
    for (Application application : applications.all()) {
      ApplicationView a = application.view();
      Milestones m = milestones.getOrDefault(a.id(), Milestones.NONE);
      if (m.decided() == null) {
        continue;
      }
      decided++;
      add(durations.get(LeadTimePhase.TOTAL), a.submittedAt(), m.decided());
      add(durations.get(LeadTimePhase.INTAKE), a.submittedAt(), m.intakeDecided());
      add(durations.get(LeadTimePhase.REVIEW), m.fileOpened(), m.advised());
      add(durations.get(LeadTimePhase.DECISION), m.advised(), m.decided());
      for (RecordedScore s : a.scores()) {
        scores.computeIfAbsent(s.criterionCode(), k -> new int[Score.values().length])[s.score().ordinal()]++;
      }
      for (RecordedVerdict v : a.verdicts()) {
        if (v.consolidated()) {
          verdicts.computeIfAbsent(v.competency(), k -> new int[VerdictType.values().length])[v.type().ordinal()]++;
        }
      }
    }
    List<LeadTime> leadTimes = new ArrayList<>();
    for (LeadTimePhase phase : LeadTimePhase.values()) {
      leadTimes.add(leadTime(phase, durations.get(phase)));
    }
    List<CriterionRate> criteria = new ArrayList<>();
    scores.forEach((code, n) -> {
      Criterion c = known.get(code);
      criteria.add(new CriterionRate(code, c == null ? code : c.title(), c != null && c.knockOut(),
          n[Score.VOLDOET.ordinal()], n[Score.VOLDOET_GEDEELTELIJK.ordinal()], n[Score.VOLDOET_NIET.ordinal()],
          n[Score.NIET_VAN_TOEPASSING.ordinal()]));
    });
    List<CompetencyRate> competencies = new ArrayList<>();
    verdicts.forEach((competency, n) -> competencies.add(new CompetencyRate(competency,
        n[VerdictType.ACCEPT.ordinal()], n[VerdictType.ACCEPT_LOWER.ordinal()], n[VerdictType.REJECT.ordinal()])));
    return new AccreditationStatistics(LocalDate.ofInstant(clock.instant(), Application.ZONE), decided, leadTimes, criteria, competencies);
  }

  private static void add(List<Integer> into, Instant from, Instant to) {
    Integer days = ServiceLevels.workingDaysBetween(from, to);
    if (days != null) {
      into.add(days);
    }
  }

  /** Median (the lower middle value for an even count), mean and maximum. */
  static LeadTime leadTime(LeadTimePhase phase, List<Integer> values) {
    if (values.isEmpty()) {
      return new LeadTime(phase, 0, null, null, null);
    }
    List<Integer> sorted = values.stream().sorted().toList();
    double mean = sorted.stream().mapToInt(Integer::intValue).average().orElse(0);
    return new LeadTime(phase, sorted.size(), sorted.get((sorted.size() - 1) / 2), Math.round(mean * 10) / 10.0,
        sorted.get(sorted.size() - 1));
  }
}
