package nl.vakwijzer.accreditation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.AccreditationStatistics;
import nl.vakwijzer.accreditation.api.AdviceRequest;
import nl.vakwijzer.accreditation.api.ApplicationAccessException;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.ClaimVerdict;
import nl.vakwijzer.accreditation.api.CompetencyRate;
import nl.vakwijzer.accreditation.api.Criterion;
import nl.vakwijzer.accreditation.api.CriterionRate;
import nl.vakwijzer.accreditation.api.CriterionScore;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.DecisionRequest;
import nl.vakwijzer.accreditation.api.IntakeCompletion;
import nl.vakwijzer.accreditation.api.LeadTime;
import nl.vakwijzer.accreditation.api.LeadTimePhase;
import nl.vakwijzer.accreditation.api.Score;
import nl.vakwijzer.accreditation.api.ServiceLevel;
import nl.vakwijzer.accreditation.api.ServiceLevelBreach;
import nl.vakwijzer.accreditation.api.ServiceLevelStage;
import nl.vakwijzer.accreditation.api.SubmittedVersion;
import nl.vakwijzer.accreditation.api.VerdictType;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import org.junit.jupiter.api.Test;

/** Service levels (10/30 working days) and statistics against real PostgreSQL, with a clock the test moves. */
class ServiceLevelAndStatisticsTest {

  // Workflow.START is Monday 2 March 2026, 10:00 in Amsterdam

  @Test
  void intakeIsDueTenWorkingDaysAfterSubmissionAndOverdueIsRecordedOnceAcrossRestarts() {
    Workflow w = new Workflow();
    ApplicationView a = w.submit();

    ServiceLevel level = only(w.serviceLevels.serviceLevels(w.coordinator));
    assertThat(level.application()).isEqualTo(a.id());
    assertThat(level.stage()).isEqualTo(ServiceLevelStage.INTAKE);
    assertThat(level.startedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(level.dueOn()).isEqualTo(LocalDate.of(2026, 3, 16)); // two weeks of working days later
    assertThat(level.workingDaysLeft()).isEqualTo(10);
    assertThat(level.isOverdue()).isFalse();

    w.clock.advanceDays(14); // Monday 16 March: due today
    assertThat(only(w.serviceLevels.serviceLevels(w.coordinator)).workingDaysLeft()).isZero();
    assertThat(w.serviceLevels.recordExceeded(w.today())).isEmpty();

    w.clock.advanceDays(3); // Thursday 19 March: three working days late
    level = only(w.serviceLevels.serviceLevels(w.coordinator));
    assertThat(level.isOverdue()).isTrue();
    assertThat(level.overdueBy()).isEqualTo(3);

    List<ServiceLevelBreach> recorded = w.serviceLevels.recordExceeded(w.today());
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).serviceLevel().stage()).isEqualTo(ServiceLevelStage.INTAKE);
    assertThat(recorded.get(0).moduleTitle()).isEqualTo("Motiverende gespreksvoering");
    // a rerun, the next day, and a "restarted" service on the same database record nothing again
    assertThat(w.serviceLevels.recordExceeded(w.today())).isEmpty();
    w.clock.advanceDays(1);
    var restarted = new DefaultServiceLevelService(w.applications, w.service, w.clock);
    assertThat(restarted.recordExceeded(w.today())).isEmpty();
    assertThat(w.service.timeline(w.coordinator, a.id()).stream()
        .filter(e -> e.action().equals("SERVICE_LEVEL_EXCEEDED")).toList())
        .singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isNull();
          assertThat(e.detailsJson()).contains("\"stage\": \"INTAKE\"").contains("\"dueOn\": \"2026-03-16\"");
        });
  }

  @Test
  void onlyVisibleApplicationsAndOnlyOpenStagesHaveAServiceLevel() {
    Workflow w = new Workflow();
    ApplicationView a = w.assigned(); // TOEGEWEZEN: no service level (waiting for declarations)
    assertThat(w.serviceLevels.serviceLevels(w.coordinator)).isEmpty();
    w.service.declareNoConflict(w.lead, a.id());
    w.service.declareNoConflict(w.second, a.id());
    assertThat(w.serviceLevels.serviceLevels(w.lead)).hasSize(1);
    assertThat(w.serviceLevels.serviceLevels(w.provider)).hasSize(1);
    assertThat(w.serviceLevels.serviceLevels(w.third)).isEmpty(); // not assigned
  }

  @Test
  void theClockRestartsWhenAReturnedApplicationIsResubmitted() {
    Workflow w = new Workflow();
    ApplicationView first = w.submit();
    w.clock.advanceDays(20);
    assertThat(only(w.serviceLevels.serviceLevels(w.coordinator)).isOverdue()).isTrue();
    w.service.returnToProvider(w.coordinator, first.id(), first.revision(), "Cv's van de trainers ontbreken.");
    assertThat(w.serviceLevels.serviceLevels(w.coordinator)).isEmpty();

    w.clock.advanceDays(2); // Wednesday 24 March
    ApplicationView second = w.submit();
    ServiceLevel level = only(w.serviceLevels.serviceLevels(w.coordinator));
    assertThat(level.application()).isEqualTo(second.id());
    assertThat(level.startedOn()).isEqualTo(LocalDate.of(2026, 3, 24));
    assertThat(level.workingDaysLeft()).isEqualTo(10);
    assertThat(w.serviceLevels.recordExceeded(w.today())).isEmpty();
  }

  @Test
  void reviewIsDueThirtyWorkingDaysAfterTheFileOpensAcrossEasterAndStopsAtTheAdvice() {
    Workflow w = new Workflow();
    w.clock.advanceDays(31); // Thursday 2 April 2026
    ApplicationView a = w.inReview();
    ServiceLevel level = only(w.serviceLevels.serviceLevels(w.coordinator));
    assertThat(level.stage()).isEqualTo(ServiceLevelStage.REVIEW);
    assertThat(level.startedOn()).isEqualTo(LocalDate.of(2026, 4, 2));
    // Goede Vrijdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag and Hemelvaart fall in between
    assertThat(level.dueOn()).isEqualTo(LocalDate.of(2026, 5, 21));

    // a visit does not stop the clock
    a = w.service.requestVisit(w.lead, a.id(), w.view(a.id()).revision());
    w.clock.advanceDays(50); // Friday 22 May
    level = only(w.serviceLevels.serviceLevels(w.coordinator));
    assertThat(level.overdueBy()).isEqualTo(1);
    assertThat(w.serviceLevels.recordExceeded(w.today())).singleElement()
        .satisfies(b -> assertThat(b.serviceLevel().stage()).isEqualTo(ServiceLevelStage.REVIEW));
    assertThat(w.serviceLevels.recordExceeded(w.today())).isEmpty();

    a = w.service.completeVisit(w.lead, a.id(), w.view(a.id()).revision());
    for (var auditor : List.of(w.lead, w.second)) {
      w.service.score(auditor, a.id(), w.scores());
      w.service.giveVerdicts(auditor, a.id(), w.verdicts());
      a = w.service.submitReview(auditor, a.id());
    }
    w.service.advise(w.lead, a.id(), a.revision(),
        new AdviceRequest(DecisionOutcome.GEACCREDITEERD, 3, "Houdbaar.", w.verdicts()));
    assertThat(w.serviceLevels.serviceLevels(w.coordinator)).isEmpty();
    assertThat(w.serviceLevels.recordExceeded(w.today())).isEmpty();
  }

  @Test
  void statisticsOverDecidedApplications() {
    Workflow w = new Workflow();
    Criterion partly = w.framework().criteria().stream().filter(c -> !c.knockOut()).findFirst().orElseThrow();

    // 1: submitted Mon 2 March, intake Thu 5 March (3), advice Thu 12 March (5), decision Mon 16 March (2): 10
    ApplicationView one = submit(w, "Eerste");
    w.clock.advanceDays(3);
    one = open(w, one);
    w.clock.advanceDays(7);
    one = review(w, one, w.verdicts(), List.of(w.scores(), w.scores()));
    w.clock.advanceDays(4);
    w.service.decide(w.besluitnemer, one.id(), one.revision(), DecisionRequest.accredit(3, "Conform advies."));

    // 2: submitted Mon 16 March, intake Tue 17 (1), advice Tue 31 March (10), decision Wed 8 April (4,
    // Goede Vrijdag and Tweede Paasdag do not count): 15
    ApplicationView two = submit(w, "Tweede");
    w.clock.advanceDays(1);
    two = open(w, two);
    w.clock.advanceDays(14);
    List<ClaimVerdict> allAccepted = List.of(ClaimVerdict.accept(w.c1), ClaimVerdict.accept(w.c2), ClaimVerdict.accept(w.c3));
    two = review(w, two, allAccepted, List.of(
        w.scores(new CriterionScore(partly.code(), Score.VOLDOET_GEDEELTELIJK, "Evaluatie alleen mondeling.")), w.scores()));
    w.clock.advanceDays(8);
    w.service.decide(w.besluitnemer, two.id(), two.revision(), DecisionRequest.accredit(1, "Conform advies."));

    // 3: still at intake, not counted
    submit(w, "Derde");

    AccreditationStatistics stats = w.statistics.statistics(w.coordinator);
    assertThat(stats.decidedApplications()).isEqualTo(2);
    assertThat(stats.leadTimes()).containsExactly(
        new LeadTime(LeadTimePhase.TOTAL, 2, 10, 12.5, 15),
        new LeadTime(LeadTimePhase.INTAKE, 2, 1, 2.0, 3),
        new LeadTime(LeadTimePhase.REVIEW, 2, 5, 7.5, 10),
        new LeadTime(LeadTimePhase.DECISION, 2, 2, 3.0, 4));

    assertThat(stats.criteria()).hasSize(w.framework().criteria().size());
    assertThat(stats.criteria().get(0).code()).isEqualTo(w.framework().criteria().get(0).code());
    CriterionRate partlyRate = stats.criteria().stream().filter(r -> r.code().equals(partly.code())).findFirst().orElseThrow();
    assertThat(partlyRate).isEqualTo(new CriterionRate(partly.code(), partly.title(), false, 3, 1, 0, 0));
    assertThat(partlyRate.percent(Score.VOLDOET)).isEqualTo(75);
    assertThat(partlyRate.percent(Score.VOLDOET_GEDEELTELIJK)).isEqualTo(25);
    assertThat(stats.criteria()).filteredOn(r -> !r.code().equals(partly.code()))
        .allSatisfy(r -> assertThat(r.voldoet()).isEqualTo(4));

    assertThat(stats.competencies()).containsExactlyInAnyOrder(
        new CompetencyRate(w.c1, 1, 1, 0),
        new CompetencyRate(w.c2, 2, 0, 0),
        new CompetencyRate(w.c3, 1, 0, 1));
    CompetencyRate c3 = stats.competencies().stream().filter(r -> r.competency().equals(w.c3)).findFirst().orElseThrow();
    assertThat(c3.percent(VerdictType.REJECT)).isEqualTo(50);

    assertThat(w.statistics.statistics(w.besluitnemer).decidedApplications()).isEqualTo(2);
    for (var other : List.of(w.lead, w.provider)) {
      assertThatThrownBy(() -> w.statistics.statistics(other)).isInstanceOf(ApplicationAccessException.class);
    }
  }

  @Test
  void statisticsWithoutDecisionsAreEmpty() {
    Workflow w = new Workflow();
    w.submit();
    AccreditationStatistics stats = w.statistics.statistics(w.coordinator);
    assertThat(stats.decidedApplications()).isZero();
    assertThat(stats.leadTimes()).allSatisfy(t -> {
      assertThat(t.count()).isZero();
      assertThat(t.median()).isNull();
    });
    assertThat(stats.criteria()).allSatisfy(r -> assertThat(r.total()).isZero());
    assertThat(stats.competencies()).isEmpty();
  }

  @Test
  void medianIsTheLowerMiddleValue() {
    assertThat(DefaultAccreditationStatisticsService.leadTime(LeadTimePhase.TOTAL, List.of(7, 1, 3)))
        .isEqualTo(new LeadTime(LeadTimePhase.TOTAL, 3, 3, 3.7, 7));
    assertThat(DefaultAccreditationStatisticsService.leadTime(LeadTimePhase.TOTAL, List.of(4, 2, 8, 6)))
        .isEqualTo(new LeadTime(LeadTimePhase.TOTAL, 4, 4, 5.0, 8));
  }

  // ------------------------------------------------------------------ driving several applications

  private static ApplicationView submit(Workflow w, String title) {
    ModuleVersionId version = new ModuleVersionId(UUID.randomUUID());
    ModuleId module = new ModuleId(UUID.randomUUID());
    w.modules.submitted(version, module, w.providerOrg, 1, title, w.claims, w.clock.instant());
    return w.service.receive(new SubmittedVersion(version, module, w.providerOrg, 1, w.clock.instant()));
  }

  /** Intake, both auditors assigned and declared: the file opens. */
  private static ApplicationView open(Workflow w, ApplicationView a) {
    a = w.service.completeIntake(w.coordinator, a.id(), a.revision(),
        new IntakeCompletion(Set.of("S3"), Set.of("KLANTMANAGER"), w.besluitnemer.account()));
    a = w.service.assignAuditor(w.coordinator, a.id(), a.revision(), AssignmentRole.LEAD, w.lead.account());
    a = w.service.assignAuditor(w.coordinator, a.id(), a.revision(), AssignmentRole.SECOND, w.second.account());
    w.service.declareNoConflict(w.lead, a.id());
    return w.service.declareNoConflict(w.second, a.id());
  }

  /** Both reviews (lead's scores first) and the lead's advice with these verdicts. */
  private static ApplicationView review(Workflow w, ApplicationView a, List<ClaimVerdict> verdicts, List<List<CriterionScore>> scores) {
    var auditors = List.of(w.lead, w.second);
    for (int i = 0; i < 2; i++) {
      w.service.score(auditors.get(i), a.id(), scores.get(i));
      w.service.giveVerdicts(auditors.get(i), a.id(), verdicts);
      a = w.service.submitReview(auditors.get(i), a.id());
    }
    return w.service.advise(w.lead, a.id(), a.revision(),
        new AdviceRequest(DecisionOutcome.GEACCREDITEERD, 3, "Conform de beoordelingen.", verdicts));
  }

  private static ServiceLevel only(List<ServiceLevel> levels) {
    assertThat(levels).hasSize(1);
    return levels.get(0);
  }
}
