package nl.vakwijzer.accreditation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.AccreditationRuleException;
import nl.vakwijzer.accreditation.api.AdviceRequest;
import nl.vakwijzer.accreditation.api.Affiliation;
import nl.vakwijzer.accreditation.api.ApplicationAccessException;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationStateException;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AssignmentStatus;
import nl.vakwijzer.accreditation.api.AuditEntry;
import nl.vakwijzer.accreditation.api.AuditorProposal;
import nl.vakwijzer.accreditation.api.ConcurrentApplicationChangeException;
import nl.vakwijzer.accreditation.api.ConditionRequest;
import nl.vakwijzer.accreditation.api.ConditionStatus;
import nl.vakwijzer.accreditation.api.CriterionScore;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.DecisionRequest;
import nl.vakwijzer.accreditation.api.ObjectionOutcome;
import nl.vakwijzer.accreditation.api.Observation;
import nl.vakwijzer.accreditation.api.ObservationEntry;
import nl.vakwijzer.accreditation.api.ObservationResult;
import nl.vakwijzer.accreditation.api.Reminder;
import nl.vakwijzer.accreditation.api.Score;
import nl.vakwijzer.accreditation.api.SubmittedVersion;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The accreditation workflow through the real services on an embedded PostgreSQL. */
class AccreditationWorkflowTest {

  private static void refused(ThrowingCallable call, Class<? extends AccreditationException> type, String key) {
    assertThatThrownBy(call).isInstanceOf(type).extracting(e -> ((AccreditationException) e).messageKey()).isEqualTo(key);
  }

  @Test
  void happyPathAccreditsOnlyTheAcceptedClaimsAtTheAcceptedLevels() {
    Workflow w = new Workflow();
    ApplicationView a = w.submit();
    assertThat(a.state()).isEqualTo(ApplicationState.INGEDIEND);
    assertThat(a.claims()).hasSize(3);

    a = w.service.completeIntake(w.coordinator, a.id(), a.revision(),
        new nl.vakwijzer.accreditation.api.IntakeCompletion(Set.of("S3"), Set.of("KLANTMANAGER"), w.besluitnemer.account()));
    assertThat(a.state()).isEqualTo(ApplicationState.TOEGEWEZEN);
    a = w.service.assignAuditor(w.coordinator, a.id(), a.revision(), AssignmentRole.LEAD, w.lead.account());
    a = w.service.assignAuditor(w.coordinator, a.id(), a.revision(), AssignmentRole.SECOND, w.second.account());
    a = w.service.declareNoConflict(w.lead, a.id());
    assertThat(a.state()).isEqualTo(ApplicationState.TOEGEWEZEN);
    a = w.service.declareNoConflict(w.second, a.id());
    assertThat(a.state()).isEqualTo(ApplicationState.IN_BEOORDELING);

    for (var auditor : List.of(w.lead, w.second)) {
      w.service.score(auditor, a.id(), w.scores(new CriterionScore("EFF-TRANSFER", Score.VOLDOET_GEDEELTELIJK,
          "Geen terugkombijeenkomst; alleen een praktijkopdracht.")));
      w.service.giveVerdicts(auditor, a.id(), w.verdicts());
      a = w.service.submitReview(auditor, a.id());
    }
    assertThat(a.state()).isEqualTo(ApplicationState.ADVIES);

    a = w.service.advise(w.lead, a.id(), a.revision(),
        new AdviceRequest(DecisionOutcome.GEACCREDITEERD, 3, "Twee claims houdbaar, één op lager niveau.", w.verdicts()));
    assertThat(a.state()).isEqualTo(ApplicationState.BESLUIT);

    a = w.service.decide(w.besluitnemer, a.id(), a.revision(), DecisionRequest.accredit(3, "Conform advies."));
    assertThat(a.state()).isEqualTo(ApplicationState.GEACCREDITEERD);
    LocalDate until = LocalDate.of(2029, 3, 2);
    assertThat(a.decision().validUntil()).isEqualTo(until);

    assertThat(w.catalogue.calls).containsExactly(
        "stage INTAKE", "stage TOEGEWEZEN", "stage IN_BEOORDELING", "stage ADVIES", "stage BESLUIT", "accredit " + until);
    assertThat(w.catalogue.accepted.get(w.version)).containsExactly(
        new AcceptedClaim(w.c1, ClaimLevel.ofOrdinal(0), ClaimLevel.ofOrdinal(1), List.of(w.e1, w.e2)),
        new AcceptedClaim(w.c2, ClaimLevel.ofOrdinal(0), ClaimLevel.ofOrdinal(1), List.of(w.e3)));

    // stored and reloaded: scores, verdicts (2 × 3 + 3 consolidated), advice, decision
    ApplicationView stored = w.view(a.id());
    assertThat(stored.scores()).hasSize(2 * w.framework().criteria().size());
    assertThat(stored.verdicts()).hasSize(9);
    assertThat(stored.advice().proposedOutcome()).isEqualTo(DecisionOutcome.GEACCREDITEERD);
    assertThat(stored.decision().by()).isEqualTo(w.besluitnemer.account());

    List<AuditEntry> timeline = w.service.timeline(w.coordinator, a.id());
    assertThat(timeline).extracting(AuditEntry::action).contains(
        "RECEIVED", "INTAKE_COMPLETED", "AUDITOR_ASSIGNED", "NO_CONFLICT_DECLARED", "FILE_OPENED", "CRITERION_SCORED",
        "CLAIM_VERDICT_GIVEN", "REVIEW_SUBMITTED", "ADVICE_GIVEN", "DECIDED", "STATE_CHANGED");
    assertThat(timeline).filteredOn(e -> e.action().equals("STATE_CHANGED")).hasSize(5);
    assertThat(timeline.get(timeline.size() - 1).detailsJson()).contains("\"to\": \"GEACCREDITEERD\"");
    assertThat(timeline).filteredOn(e -> e.action().equals("DECIDED")).singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo(w.besluitnemer.account()));
    assertThat(timeline.get(0).csvRow()).startsWith(timeline.get(0).sequence() + ";" + a.id() + ";");
  }

  @Test
  void receivingTheSameSubmissionTwiceCreatesOneApplication() {
    Workflow w = new Workflow();
    ApplicationView first = w.submit();
    ApplicationView again = w.service.receive(new SubmittedVersion(w.version, w.module, w.providerOrg, 1, first.submittedAt()));
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(w.service.applications(w.coordinator)).hasSize(1);
    assertThat(w.catalogue.calls).containsExactly("stage INTAKE");
  }

  @Test
  void returnAtIntakeTellsTheCatalogueAndAResubmissionStartsANewApplication() {
    Workflow w = new Workflow();
    ApplicationView a = w.submit();
    refused(() -> w.service.returnToProvider(w.coordinator, a.id(), a.revision(), " "),
        AccreditationRuleException.class, AccreditationRuleException.RETURN_REASONS_REQUIRED);
    refused(() -> w.service.returnToProvider(w.lead, a.id(), a.revision(), "Cv's ontbreken."),
        ApplicationAccessException.class, ApplicationAccessException.NOT_COORDINATOR);

    ApplicationView returned = w.service.returnToProvider(w.coordinator, a.id(), a.revision(), "Cv's van de trainers ontbreken.");
    assertThat(returned.state()).isEqualTo(ApplicationState.TERUGGESTUURD);
    assertThat(returned.returnReasons()).isEqualTo("Cv's van de trainers ontbreken.");
    assertThat(w.catalogue.calls).containsExactly("stage INTAKE", "returnToProvider");

    w.clock.advanceDays(5);
    ApplicationView resubmitted = w.submit();
    assertThat(resubmitted.id()).isNotEqualTo(a.id());
    assertThat(resubmitted.state()).isEqualTo(ApplicationState.INGEDIEND);
    assertThat(resubmitted.resubmissionOf()).isEqualTo(a.id());
    assertThat(resubmitted.receivedAt()).isEqualTo(w.clock.instant());
    // the returned one cannot be picked up again
    refused(() -> w.service.completeIntake(w.coordinator, a.id(), returned.revision(),
            new nl.vakwijzer.accreditation.api.IntakeCompletion(Set.of(), Set.of(), null)),
        ApplicationStateException.class, ApplicationStateException.KEY);
  }

  @Test
  void aRecusedAuditorIsReplacedAndTheFileOpensOnlyAfterBothDeclarations() {
    Workflow w = new Workflow();
    ApplicationView a = w.assigned();
    refused(() -> w.service.score(w.lead, a.id(), w.scores()),
        ApplicationAccessException.class, ApplicationAccessException.DECLARATION_PENDING);
    assertThat(w.service.application(w.second, a.id()).scores()).isEmpty();

    ApplicationView recused = w.service.recuse(w.second, a.id(), "Ik gaf vorig jaar een training voor deze opleider.");
    assertThat(recused.assignments()).filteredOn(x -> x.auditor().equals(w.second.account()))
        .singleElement().extracting(x -> x.status()).isEqualTo(AssignmentStatus.RECUSED);
    assertThat(w.service.proposeAuditors(w.coordinator, a.id())).extracting(AuditorProposal::account)
        .doesNotContain(w.second.account(), w.lead.account())
        .contains(w.third.account());
    refused(() -> w.service.assignAuditor(w.coordinator, a.id(), recused.revision(), AssignmentRole.SECOND, w.second.account()),
        AccreditationRuleException.class, AccreditationRuleException.ALREADY_ON_APPLICATION);

    ApplicationView replaced = w.service.assignAuditor(w.coordinator, a.id(), recused.revision(), AssignmentRole.SECOND, w.third.account());
    w.service.declareNoConflict(w.lead, a.id());
    ApplicationView open = w.service.declareNoConflict(w.third, a.id());
    assertThat(open.state()).isEqualTo(ApplicationState.IN_BEOORDELING);
    assertThat(replaced.assignments()).hasSize(3);
    refused(() -> w.service.score(w.second, a.id(), w.scores()),
        ApplicationAccessException.class, ApplicationAccessException.NOT_ASSIGNED_AUDITOR);
    assertThat(w.service.timeline(w.coordinator, a.id())).extracting(AuditEntry::action).contains("RECUSED");
  }

  @Test
  void conflictsOfInterestAreNotProposedAndCannotBeAssigned() {
    Workflow w = new Workflow();
    LocalDate today = w.today();
    // worked for the provider until two years ago: conflicted; four years ago: not
    w.pool.save(w.coordinator, Workflow.auditor(w.third, Set.of("S3"),
        List.of(new Affiliation(w.providerOrg, today.minusYears(6), today.minusYears(2), "trainer")), 5));
    w.pool.save(w.coordinator, Workflow.auditor(w.fourth, Set.of(),
        List.of(new Affiliation(w.providerOrg, today.minusYears(8), today.minusYears(4), "trainer")), 5));
    ApplicationView a = w.intakeDone();

    List<AuditorProposal> proposals = w.service.proposeAuditors(w.coordinator, a.id());
    assertThat(proposals).extracting(AuditorProposal::account)
        .containsExactlyInAnyOrder(w.lead.account(), w.second.account(), w.fourth.account());
    assertThat(proposals.get(2).account()).isEqualTo(w.fourth.account());
    assertThat(proposals.get(2).expertiseMatch()).isLessThan(proposals.get(0).expertiseMatch());
    refused(() -> w.service.assignAuditor(w.coordinator, a.id(), a.revision(), AssignmentRole.LEAD, w.third.account()),
        AccreditationRuleException.class, AccreditationRuleException.CONFLICT_OF_INTEREST);
  }

  @Test
  void proposalsPreferTheLeastBusyAuditorAndSkipFullOnes() {
    Workflow w = new Workflow();
    w.pool.save(w.coordinator, Workflow.auditor(w.fourth, Set.of("S3"), List.of(), 0));
    ApplicationView busy = w.assigned(); // lead and second now have one open application each
    var module2 = new nl.vakwijzer.catalogue.api.ModuleVersionId(UUID.randomUUID());
    w.modules.submitted(module2, w.module, w.providerOrg, 2, "Tweede", w.claims, w.clock.instant());
    ApplicationView other = w.service.receive(new SubmittedVersion(module2, w.module, w.providerOrg, 2, w.clock.instant()));
    other = w.service.completeIntake(w.coordinator, other.id(), other.revision(),
        new nl.vakwijzer.accreditation.api.IntakeCompletion(Set.of("S3"), Set.of("KLANTMANAGER"), null));
    List<AuditorProposal> proposals = w.service.proposeAuditors(w.coordinator, other.id());
    assertThat(proposals).extracting(AuditorProposal::account)
        .hasSize(3).doesNotContain(w.fourth.account()).first().isEqualTo(w.third.account());
    assertThat(proposals).extracting(AuditorProposal::openApplications).containsExactly(0, 1, 1);
    assertThat(busy.state()).isEqualTo(ApplicationState.TOEGEWEZEN);
  }

  @Test
  void fourEyesReviewersCannotDecideAndTheBesluitnemerCannotReview() {
    Workflow w = new Workflow();
    ApplicationView a = w.intakeDone();
    // the designated besluitnemer, even if also in the auditor pool, is never proposed or assigned
    w.pool.save(w.coordinator, Workflow.auditor(w.besluitnemer, Set.of("S3"), List.of(), 5));
    assertThat(w.service.proposeAuditors(w.coordinator, a.id())).extracting(AuditorProposal::account)
        .doesNotContain(w.besluitnemer.account());
    refused(() -> w.service.assignAuditor(w.coordinator, a.id(), a.revision(), AssignmentRole.LEAD, w.besluitnemer.account()),
        AccreditationRuleException.class, AccreditationRuleException.DECISION_MAKER_CANNOT_REVIEW);

    ApplicationView advised = advisedOn(w, a);
    // a reviewer who is also a besluitnemer cannot decide
    var leadAsBesluitnemer = new nl.vakwijzer.catalogue.api.Actor(w.lead.account(), w.stichting,
        Set.of(nl.vakwijzer.catalogue.api.Role.BESLUITNEMER));
    refused(() -> w.service.decide(leadAsBesluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(1, "Prima.")),
        ApplicationAccessException.class, ApplicationAccessException.REVIEWER_CANNOT_DECIDE);
    refused(() -> w.service.decide(w.lead, advised.id(), advised.revision(), DecisionRequest.accredit(1, "Prima.")),
        ApplicationAccessException.class, ApplicationAccessException.NOT_DECISION_MAKER);
    var otherBesluitnemer = Workflow.actor(w.stichting, nl.vakwijzer.catalogue.api.Role.BESLUITNEMER);
    refused(() -> w.service.decide(otherBesluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(1, "Prima.")),
        ApplicationAccessException.class, ApplicationAccessException.OTHER_DECISION_MAKER);
    assertThat(w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(1, "Prima.")).state())
        .isEqualTo(ApplicationState.GEACCREDITEERD);
  }

  private static ApplicationView advisedOn(Workflow w, ApplicationView intakeDone) {
    ApplicationView a = w.service.assignAuditor(w.coordinator, intakeDone.id(), intakeDone.revision(), AssignmentRole.LEAD, w.lead.account());
    a = w.service.assignAuditor(w.coordinator, a.id(), a.revision(), AssignmentRole.SECOND, w.second.account());
    w.service.declareNoConflict(w.lead, a.id());
    w.service.declareNoConflict(w.second, a.id());
    for (var auditor : List.of(w.lead, w.second)) {
      w.service.score(auditor, a.id(), w.scores());
      w.service.giveVerdicts(auditor, a.id(), w.verdicts());
      a = w.service.submitReview(auditor, a.id());
    }
    return w.service.advise(w.lead, a.id(), a.revision(),
        new AdviceRequest(DecisionOutcome.GEACCREDITEERD, 1, "Houdbaar.", w.verdicts()));
  }

  @Test
  void aScoreBelowVoldoetNeedsAFindingAndEveryVerdictIsChecked() {
    Workflow w = new Workflow();
    ApplicationView a = w.inReview();
    refused(() -> w.service.score(w.lead, a.id(), List.of(new CriterionScore("CUR-DOELEN", Score.VOLDOET_GEDEELTELIJK, "  "))),
        AccreditationRuleException.class, AccreditationRuleException.FINDING_REQUIRED);
    refused(() -> w.service.score(w.lead, a.id(), List.of(new CriterionScore("CUR-DOELEN", Score.VOLDOET_NIET, null))),
        AccreditationRuleException.class, AccreditationRuleException.FINDING_REQUIRED);
    refused(() -> w.service.score(w.lead, a.id(), List.of(new CriterionScore("BESTAAT-NIET", Score.VOLDOET, ""))),
        AccreditationRuleException.class, AccreditationRuleException.UNKNOWN_CRITERION);
    assertThat(w.service.score(w.lead, a.id(), List.of(new CriterionScore("CUR-DOELEN", Score.NIET_VAN_TOEPASSING, ""))).scores())
        .hasSize(1);

    refused(() -> w.service.giveVerdicts(w.lead, a.id(), List.of(nl.vakwijzer.accreditation.api.ClaimVerdict.reject(w.c1, ""))),
        AccreditationRuleException.class, AccreditationRuleException.REJECT_REASON_REQUIRED);
    // the accepted level must be below the claimed to-level (2) and above the from-level (0)
    for (int ordinal : new int[] {0, 2, 3}) {
      refused(() -> w.service.giveVerdicts(w.lead, a.id(),
              List.of(nl.vakwijzer.accreditation.api.ClaimVerdict.acceptLower(w.c1, ClaimLevel.ofOrdinal(ordinal), "x"))),
          AccreditationRuleException.class, AccreditationRuleException.LOWER_LEVEL_INVALID);
    }
    refused(() -> w.service.submitReview(w.lead, a.id()),
        AccreditationRuleException.class, AccreditationRuleException.REVIEW_INCOMPLETE);
    // the database refuses a score below voldoet without finding, whatever the code does
    assertThatThrownBy(() -> {
      try (var c = w.dataSource.getConnection(); var s = c.createStatement()) {
        s.executeUpdate("insert into accreditation.criterion_score (application_id, account_id, criterion_code, score,"
            + " finding, scored_at) values ('" + a.id() + "', gen_random_uuid(), 'CUR-VISIE', 'VOLDOET_NIET', '', now())");
      }
    }).isInstanceOf(java.sql.SQLException.class);
  }

  @Test
  void aFailedKnockOutCriterionAllowsOnlyARejection() {
    Workflow w = new Workflow();
    ApplicationView a = w.reviewed(new CriterionScore("CUR-TOETSING", Score.VOLDOET_NIET, "Er wordt alleen kennis getoetst."));
    refused(() -> w.service.advise(w.lead, a.id(), a.revision(),
            new AdviceRequest(DecisionOutcome.GEACCREDITEERD, 3, "Toch doen.", w.verdicts())),
        AccreditationRuleException.class, AccreditationRuleException.KNOCK_OUT_REQUIRES_REJECT);
    refused(() -> w.service.advise(w.lead, a.id(), a.revision(),
            new AdviceRequest(DecisionOutcome.GEACCREDITEERD_ONDER_VOORWAARDEN, 1, "Onder voorwaarden.", w.verdicts())),
        AccreditationRuleException.class, AccreditationRuleException.KNOCK_OUT_REQUIRES_REJECT);
    ApplicationView advised = w.service.advise(w.lead, a.id(), a.revision(),
        new AdviceRequest(DecisionOutcome.AFGEWEZEN, 0, "Toetsing schiet tekort.", w.verdicts()));
    // the besluitnemer cannot accredit either
    refused(() -> w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(1, "Toch.")),
        AccreditationRuleException.class, AccreditationRuleException.KNOCK_OUT_REQUIRES_REJECT);
    refused(() -> w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.reject("Afgewezen.", Map.of())),
        AccreditationRuleException.class, AccreditationRuleException.REASONS_REQUIRED);
    ApplicationView rejected = w.service.decide(w.besluitnemer, advised.id(), advised.revision(),
        DecisionRequest.reject("Afgewezen.", Map.of("CUR-TOETSING", "Gedrag wordt niet getoetst.")));
    assertThat(rejected.state()).isEqualTo(ApplicationState.AFGEWEZEN);
    assertThat(w.view(rejected.id()).decision().reasonsPerCriterion()).containsEntry("CUR-TOETSING", "Gedrag wordt niet getoetst.");
    assertThat(w.catalogue.calls).endsWith("stage BESLUIT", "reject");
  }

  @Test
  void aDecisionWhileStillInReviewIsRefusedWithTheState() {
    Workflow w = new Workflow();
    ApplicationView a = w.inReview();
    refused(() -> w.service.decide(w.besluitnemer, a.id(), a.revision(), DecisionRequest.accredit(1, "Snel.")),
        ApplicationStateException.class, ApplicationStateException.KEY);
    refused(() -> w.service.advise(w.second, a.id(), a.revision(), new AdviceRequest(DecisionOutcome.AFGEWEZEN, 0, "x", w.verdicts())),
        ApplicationAccessException.class, ApplicationAccessException.NOT_LEAD_AUDITOR);
  }

  @Test
  void twoBesluitnemersDecidingOnTheSameRevisionGetOneDecision() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(3, "Eerste."));
    refused(() -> w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(1, "Tweede.")),
        ConcurrentApplicationChangeException.class, ConcurrentApplicationChangeException.KEY);
    assertThat(w.service.timeline(w.coordinator, advised.id())).filteredOn(e -> e.action().equals("DECIDED")).hasSize(1);
    assertThat(w.catalogue.calls).filteredOn(c -> c.startsWith("accredit")).hasSize(1);
  }

  @Test
  void aVisitUsesAFormGeneratedFromTheClaimedBehaviourExamples() {
    Workflow w = new Workflow();
    ApplicationView a = w.inReview();
    refused(() -> w.service.requestVisit(w.second, a.id(), a.revision()),
        ApplicationAccessException.class, ApplicationAccessException.NOT_LEAD_AUDITOR);
    ApplicationView visit = w.service.requestVisit(w.lead, a.id(), a.revision());
    assertThat(visit.state()).isEqualTo(ApplicationState.VISITATIE);
    assertThat(visit.observations()).extracting(Observation::behaviourExample).containsExactlyInAnyOrder(w.e1, w.e2, w.e3, w.e4);
    assertThat(visit.observations()).allMatch(o -> o.result() == null);

    ApplicationView observed = w.service.recordObservations(w.second, a.id(), List.of(
        new ObservationEntry(w.c1, w.e1, ObservationResult.GEZIEN, "Rollenspel met acteur."),
        new ObservationEntry(w.c1, w.e2, ObservationResult.DEELS_GEZIEN, "Alleen besproken."),
        new ObservationEntry(w.c3, w.e4, ObservationResult.NIET_GEZIEN, "")));
    assertThat(observed.observations()).filteredOn(o -> o.result() != null).hasSize(3);
    refused(() -> w.service.recordObservations(w.second, a.id(),
            List.of(new ObservationEntry(w.c2, w.e1, ObservationResult.GEZIEN, ""))),
        AccreditationRuleException.class, AccreditationRuleException.UNKNOWN_CLAIM);
    ApplicationView back = w.service.completeVisit(w.lead, a.id(), observed.revision());
    assertThat(back.state()).isEqualTo(ApplicationState.IN_BEOORDELING);
    assertThat(w.catalogue.calls).contains("stage VISITATIE");
  }

  @Test
  void conditionsUnmetByTheirDeadlineSuspendTheAccreditation() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    LocalDate deadline = w.today().plusMonths(3);
    refused(() -> w.service.decide(w.besluitnemer, advised.id(), advised.revision(),
            DecisionRequest.withConditions(1, "Onder voorwaarden.", List.of())),
        AccreditationRuleException.class, AccreditationRuleException.CONDITIONS_REQUIRED);
    ApplicationView decided = w.service.decide(w.besluitnemer, advised.id(), advised.revision(),
        DecisionRequest.withConditions(1, "Onder voorwaarden.", List.of(
            new ConditionRequest("Lever de toetsmatrijs voor competentie C1 aan.", deadline),
            new ConditionRequest("Voeg een terugkombijeenkomst toe.", deadline))));
    assertThat(decided.state()).isEqualTo(ApplicationState.GEACCREDITEERD_ONDER_VOORWAARDEN);
    assertThat(w.catalogue.calls).filteredOn(c -> c.startsWith("accredit")).hasSize(1);
    UUID first = decided.conditions().get(0).id();
    UUID second = decided.conditions().get(1).id();

    refused(() -> w.service.submitConditionEvidence(w.lead, decided.id(), first, "bijlage-1"),
        ApplicationAccessException.class, ApplicationAccessException.NOT_PROVIDER);
    w.service.submitConditionEvidence(w.provider, decided.id(), first, "attachment:7f3c");
    ApplicationView checked = w.service.checkCondition(w.lead, decided.id(), first, true, "Toetsmatrijs is in orde.");
    assertThat(checked.conditions().get(0).status()).isEqualTo(ConditionStatus.VOLDAAN);
    refused(() -> w.service.checkCondition(w.lead, decided.id(), second, true, ""),
        AccreditationRuleException.class, AccreditationRuleException.NO_EVIDENCE);

    w.clock.advanceDays(60);
    assertThat(w.service.enforceConditionDeadlines(w.today())).isEmpty();
    w.clock.advanceDays(40); // past the deadline
    assertThat(w.service.enforceConditionDeadlines(w.today())).containsExactly(decided.id());
    assertThat(w.service.enforceConditionDeadlines(w.today())).isEmpty();
    ApplicationView suspended = w.view(decided.id());
    assertThat(suspended.state()).isEqualTo(ApplicationState.GESCHORST);
    assertThat(suspended.conditions().get(1).status()).isEqualTo(ConditionStatus.NIET_VOLDAAN);
    assertThat(w.catalogue.calls).endsWith("end GESCHORST");
  }

  @Test
  void allConditionsMetMakesItAnUnconditionalAccreditation() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    ApplicationView decided = w.service.decide(w.besluitnemer, advised.id(), advised.revision(),
        DecisionRequest.withConditions(1, "Onder voorwaarden.",
            List.of(new ConditionRequest("Lever de toetsmatrijs aan.", w.today().plusMonths(2)))));
    UUID condition = decided.conditions().get(0).id();
    w.service.submitConditionEvidence(w.provider, decided.id(), condition, "attachment:1");
    ApplicationView refusedEvidence = w.service.checkCondition(w.second, decided.id(), condition, false, "Matrijs dekt C2 niet.");
    assertThat(refusedEvidence.conditions().get(0).status()).isEqualTo(ConditionStatus.OPEN);
    w.service.submitConditionEvidence(w.provider, decided.id(), condition, "attachment:2");
    ApplicationView met = w.service.checkCondition(w.second, decided.id(), condition, true, "Nu compleet.");
    assertThat(met.state()).isEqualTo(ApplicationState.GEACCREDITEERD);
  }

  @Test
  void anObjectionWithinSixWeeksIsHandledByTwoOtherAuditors() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    ApplicationView decided = w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(3, "Conform."));
    w.clock.advanceDays(42);
    refused(() -> w.service.lodgeObjection(w.lead, decided.id(), decided.revision(), "Oneens."),
        ApplicationAccessException.class, ApplicationAccessException.NOT_PROVIDER);
    ApplicationView objected = w.service.lodgeObjection(w.provider, decided.id(), decided.revision(),
        "Competentie C3 wordt wel degelijk getoetst, zie bijlage 4.");
    assertThat(objected.state()).isEqualTo(ApplicationState.BEZWAAR);
    // the decision stays in force during the objection: no stage for the catalogue
    assertThat(w.catalogue.calls).doesNotContain("stage BEZWAAR");

    refused(() -> w.service.assignObjectionHandlers(w.coordinator, objected.id(), objected.revision(), w.lead.account(), w.third.account()),
        AccreditationRuleException.class, AccreditationRuleException.FORMER_REVIEWER);
    ApplicationView handled = w.service.assignObjectionHandlers(w.coordinator, objected.id(), objected.revision(),
        w.third.account(), w.fourth.account());
    refused(() -> w.service.decideObjection(w.third, handled.id(), handled.revision(), ObjectionOutcome.GEHANDHAAFD, null, "x"),
        ApplicationAccessException.class, ApplicationAccessException.DECLARATION_PENDING);
    w.service.declareNoConflict(w.third, handled.id());
    // the second handler recuses and is replaced by a fifth auditor
    ApplicationView afterRecusal = w.service.recuse(w.fourth, handled.id(), "Ik ken de aanbieder persoonlijk.");
    var fifth = Workflow.actor(w.stichting, nl.vakwijzer.catalogue.api.Role.AUDITOR);
    w.pool.save(w.coordinator, Workflow.auditor(fifth, Set.of("S3"), List.of(), 5));
    w.service.assignAuditor(w.coordinator, handled.id(), afterRecusal.revision(), AssignmentRole.OBJECTION, fifth.account());
    ApplicationView ready = w.service.declareNoConflict(fifth, handled.id());
    assertThat(ready.assignments()).filteredOn(x -> x.role() == AssignmentRole.OBJECTION && x.isActive()).hasSize(2);
    refused(() -> w.service.decideObjection(w.lead, ready.id(), ready.revision(), ObjectionOutcome.GEHANDHAAFD, null, "x"),
        ApplicationAccessException.class, ApplicationAccessException.NOT_OBJECTION_HANDLER);
    ApplicationView upheld = w.service.decideObjection(w.third, ready.id(), ready.revision(), ObjectionOutcome.GEHANDHAAFD, null,
        "De toetsing van C3 is alleen kennisgericht; het besluit blijft.");
    assertThat(upheld.state()).isEqualTo(ApplicationState.GEACCREDITEERD);
    assertThat(upheld.objection().outcome()).isEqualTo(ObjectionOutcome.GEHANDHAAFD);
    // one objection per decision
    refused(() -> w.service.lodgeObjection(w.provider, upheld.id(), upheld.revision(), "Nogmaals."),
        ApplicationStateException.class, ApplicationStateException.KEY);
  }

  @Test
  void anObjectionCanChangeARejectionIntoAnAccreditation() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    ApplicationView rejected = w.service.decide(w.besluitnemer, advised.id(), advised.revision(),
        DecisionRequest.reject("Afgewezen.", Map.of("EFF-OMVANG", "Te kort voor drie claims.")));
    ApplicationView objected = w.service.lodgeObjection(w.provider, rejected.id(), rejected.revision(), "De omvang is 40 uur.");
    ApplicationView handled = w.service.assignObjectionHandlers(w.coordinator, objected.id(), objected.revision(),
        w.third.account(), w.fourth.account());
    w.service.declareNoConflict(w.third, handled.id());
    ApplicationView ready = w.service.declareNoConflict(w.fourth, handled.id());
    refused(() -> w.service.decideObjection(w.fourth, ready.id(), ready.revision(), ObjectionOutcome.GEWIJZIGD, null, "Gewijzigd."),
        AccreditationRuleException.class, AccreditationRuleException.OBJECTION_DECISION_REQUIRED);
    ApplicationView changed = w.service.decideObjection(w.fourth, ready.id(), ready.revision(), ObjectionOutcome.GEWIJZIGD,
        DecisionRequest.accredit(1, "Omvang blijkt voldoende."), "Bezwaar gegrond.");
    assertThat(changed.state()).isEqualTo(ApplicationState.GEACCREDITEERD);
    assertThat(w.catalogue.calls).endsWith("reject", "accredit " + w.today().plusYears(1));
  }

  @Test
  void anObjectionAfterSixWeeksIsRefused() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    ApplicationView decided = w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(3, "Conform."));
    w.clock.advanceDays(43);
    refused(() -> w.service.lodgeObjection(w.provider, decided.id(), decided.revision(), "Te laat."),
        AccreditationRuleException.class, AccreditationRuleException.OBJECTION_PERIOD_OVER);
  }

  @Test
  void remindersAreSentNinetyAndThirtyDaysBeforeTheEndEachOnce() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    ApplicationView decided = w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(1, "Conform."));
    LocalDate until = decided.decision().validUntil();

    assertThat(w.service.dueReminders(until.minusDays(91))).isEmpty();
    List<Reminder> ninety = w.service.dueReminders(until.minusDays(90));
    assertThat(ninety).singleElement().satisfies(r -> {
      assertThat(r.daysBefore()).isEqualTo(90);
      assertThat(r.provider()).isEqualTo(w.providerOrg);
      assertThat(r.validUntil()).isEqualTo(until);
    });
    assertThat(w.service.dueReminders(until.minusDays(90))).isEmpty();
    // after a restart (a new service on the same database) nothing is sent twice
    var restarted = new DefaultAccreditationService(
        new nl.vakwijzer.accreditation.infrastructure.JdbcApplicationRepository(w.dataSource,
            nl.vakwijzer.accreditation.infrastructure.TransactionMode.LOCAL),
        new nl.vakwijzer.accreditation.infrastructure.JdbcAssessmentFrameworkRepository(w.dataSource,
            nl.vakwijzer.accreditation.infrastructure.TransactionMode.LOCAL),
        new nl.vakwijzer.accreditation.infrastructure.JdbcAuditorRepository(w.dataSource,
            nl.vakwijzer.accreditation.infrastructure.TransactionMode.LOCAL),
        w.catalogue, w.modules, w.clock);
    assertThat(restarted.dueReminders(until.minusDays(89))).isEmpty();
    assertThat(w.service.dueReminders(until.minusDays(45))).isEmpty();
    assertThat(w.service.dueReminders(until.minusDays(30))).extracting(Reminder::daysBefore).containsExactly(30);
    assertThat(w.service.dueReminders(until.minusDays(29))).isEmpty();
    assertThat(w.service.dueReminders(until)).isEmpty();
    assertThat(w.service.timeline(w.coordinator, decided.id())).filteredOn(e -> e.action().equals("REMINDER_SENT")).hasSize(2);
  }

  @Test
  void anAccreditationExpiresAfterItsEndDate() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    ApplicationView decided = w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(1, "Conform."));
    LocalDate until = decided.decision().validUntil();
    assertThat(w.service.expire(until)).isEmpty();
    assertThat(w.service.expire(until.plusDays(1))).containsExactly(decided.id());
    assertThat(w.service.expire(until.plusDays(2))).isEmpty();
    assertThat(w.view(decided.id()).state()).isEqualTo(ApplicationState.VERLOPEN);
    assertThat(w.catalogue.calls).endsWith("end VERLOPEN");
  }

  @Test
  void aBeheerderSuspendsOrWithdrawsWithAReason() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    ApplicationView decided = w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(3, "Conform."));
    refused(() -> w.service.suspend(w.lead, decided.id(), decided.revision(), "Klachten."),
        ApplicationAccessException.class, ApplicationAccessException.NOT_COORDINATOR);
    ApplicationView suspended = w.service.suspend(w.coordinator, decided.id(), decided.revision(), "Drie gegronde klachten.");
    assertThat(suspended.state()).isEqualTo(ApplicationState.GESCHORST);
    assertThat(suspended.endedReason()).isEqualTo("Drie gegronde klachten.");
    refused(() -> w.service.withdraw(w.coordinator, decided.id(), suspended.revision(), "Ingetrokken."),
        ApplicationStateException.class, ApplicationStateException.KEY);
    assertThat(w.catalogue.calls).endsWith("end GESCHORST");
  }

  @Test
  void aRenewalCarriesOverConfirmedUnchangedScoresAndVerdicts() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    ApplicationView accredited = w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(1, "Conform."));

    var v2 = new nl.vakwijzer.catalogue.api.ModuleVersionId(UUID.randomUUID());
    w.clock.advanceDays(300);
    w.modules.submitted(v2, w.module, w.providerOrg, 2, "Motiverende gespreksvoering", w.claims, w.clock.instant());
    ApplicationView renewal = w.service.receive(new SubmittedVersion(v2, w.module, w.providerOrg, 2, w.clock.instant()));
    assertThat(renewal.previousAccredited()).isEqualTo(accredited.id());

    renewal = w.service.completeIntake(w.coordinator, renewal.id(), renewal.revision(),
        new nl.vakwijzer.accreditation.api.IntakeCompletion(Set.of("S3"), Set.of(), null));
    renewal = w.service.assignAuditor(w.coordinator, renewal.id(), renewal.revision(), AssignmentRole.LEAD, w.lead.account());
    renewal = w.service.assignAuditor(w.coordinator, renewal.id(), renewal.revision(), AssignmentRole.SECOND, w.third.account());
    w.service.declareNoConflict(w.lead, renewal.id());
    ApplicationId renewalId = w.service.declareNoConflict(w.third, renewal.id()).id();

    ApplicationView carried = w.service.confirmCarriedOver(w.third, renewalId, Set.of("CUR-VISIE", "KWB-KLACHTEN"), Set.of(w.c1));
    assertThat(carried.scores()).hasSize(2).allMatch(s -> s.carriedOver() && s.auditor().equals(w.third.account()));
    assertThat(carried.verdicts()).singleElement().satisfies(v -> {
      assertThat(v.carriedOver()).isTrue();
      assertThat(v.acceptedTo()).isEqualTo(ClaimLevel.ofOrdinal(1));
    });
    refused(() -> w.service.confirmCarriedOver(w.third, renewalId, Set.of("BESTAAT-NIET"), Set.of()),
        AccreditationRuleException.class, AccreditationRuleException.NOTHING_TO_CARRY_OVER);
    assertThat(w.service.timeline(w.coordinator, renewalId)).extracting(AuditEntry::action).contains("CARRIED_OVER_CONFIRMED");
  }

  @Test
  void aRenewalShowsWhatChangedAndCarriesOverOnlyUnaffectedCriteriaAndUnchangedClaims() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    ApplicationView accredited = w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(1, "Conform."));
    var c4 = Workflow.item();
    var v2 = nl.vakwijzer.catalogue.api.ModuleVersionId.random();
    w.modules.submitted(v2, w.module, w.providerOrg, 2, "Motiverende gespreksvoering", "Een nieuwe visie op leren.", List.of(
        w.claims.get(0),
        new nl.vakwijzer.catalogue.api.Claim(w.c2, ClaimLevel.ofOrdinal(0), ClaimLevel.ofOrdinal(2), List.of(w.e3), null, false),
        new nl.vakwijzer.catalogue.api.Claim(c4, ClaimLevel.ofOrdinal(0), ClaimLevel.ofOrdinal(1), List.of(), null, false)),
        w.clock.instant());
    ApplicationView renewal = w.service.receive(new SubmittedVersion(v2, w.module, w.providerOrg, 2, w.clock.instant()));
    ApplicationId id = renewal.id();

    var comparison = w.service.renewalComparison(w.coordinator, id);
    assertThat(comparison.previous()).isEqualTo(accredited.id());
    assertThat(comparison.changedDossierParts()).containsExactly("educationalVision");
    assertThat(comparison.carryableCriteria()).hasSize(14).doesNotContain("CUR-VISIE");
    assertThat(comparison.unchangedClaims()).containsExactly(w.c1);
    assertThat(comparison.changedClaims()).containsExactly(w.c2);
    assertThat(comparison.newClaims()).containsExactly(c4);
    assertThat(comparison.droppedClaims()).containsExactly(w.c3);
    refused(() -> w.service.renewalComparison(w.provider, id),
        nl.vakwijzer.accreditation.api.UnknownApplicationException.class, nl.vakwijzer.accreditation.api.UnknownApplicationException.KEY);

    renewal = w.service.completeIntake(w.coordinator, id, renewal.revision(),
        new nl.vakwijzer.accreditation.api.IntakeCompletion(Set.of("S3"), Set.of(), null));
    renewal = w.service.assignAuditor(w.coordinator, id, renewal.revision(), AssignmentRole.LEAD, w.third.account());
    renewal = w.service.assignAuditor(w.coordinator, id, renewal.revision(), AssignmentRole.SECOND, w.fourth.account());
    w.service.declareNoConflict(w.third, id);
    w.service.declareNoConflict(w.fourth, id);
    refused(() -> w.service.confirmCarriedOver(w.third, id, Set.of("CUR-VISIE"), Set.of()),
        AccreditationRuleException.class, AccreditationRuleException.NOTHING_TO_CARRY_OVER);
    refused(() -> w.service.confirmCarriedOver(w.third, id, Set.of(), Set.of(w.c2)),
        AccreditationRuleException.class, AccreditationRuleException.NOTHING_TO_CARRY_OVER);
    ApplicationView carried = w.service.confirmCarriedOver(w.third, id, comparison.carryableCriteria(), Set.of(w.c1));
    assertThat(carried.scores()).hasSize(14);
    // only the changed criterion and the changed and new claims are left to judge
    w.service.score(w.third, id, List.of(new CriterionScore("CUR-VISIE", Score.VOLDOET, "")));
    w.service.giveVerdicts(w.third, id, List.of(nl.vakwijzer.accreditation.api.ClaimVerdict.accept(w.c2),
        nl.vakwijzer.accreditation.api.ClaimVerdict.accept(c4)));
    assertThat(w.service.submitReview(w.third, id).assignments())
        .filteredOn(x -> x.auditor().equals(w.third.account())).singleElement()
        .satisfies(x -> assertThat(x.reviewSubmittedAt()).isNotNull());
  }

  @Test
  void claimsOnChangedOrRetiredFrameworkItemsAreListedForATargetedReview() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    ApplicationView accredited = w.service.decide(w.besluitnemer, advised.id(), advised.revision(), DecisionRequest.accredit(3, "Conform."));
    // e2 (behaviour example of accepted C1) changed, C3 (rejected claim) retired, an unrelated item changed
    var review = w.service.targetedReview(w.coordinator, Set.of(w.e2, w.c3, Workflow.item()));
    assertThat(review).singleElement().satisfies(r -> {
      assertThat(r.application()).isEqualTo(accredited.id());
      assertThat(r.claim().competency()).isEqualTo(w.c1);
      assertThat(r.affectedItems()).containsExactly(w.e2);
    });
    refused(() -> w.service.targetedReview(w.lead, Set.of(w.c1)),
        ApplicationAccessException.class, ApplicationAccessException.NOT_BEHEERDER);
  }

  @Test
  void auditorsReviewIndependentlyUntilBothReviewsAreIn() {
    Workflow w = new Workflow();
    ApplicationView a = w.inReview();
    w.service.score(w.lead, a.id(), w.scores());
    w.service.giveVerdicts(w.lead, a.id(), w.verdicts());
    assertThat(w.service.application(w.second, a.id()).scores()).isEmpty();
    assertThat(w.service.application(w.second, a.id()).verdicts()).isEmpty();
    assertThat(w.service.application(w.lead, a.id()).scores()).hasSize(w.framework().criteria().size());
    assertThat(w.service.application(w.coordinator, a.id()).scores()).hasSize(w.framework().criteria().size());
    w.service.submitReview(w.lead, a.id());
    w.service.score(w.second, a.id(), w.scores());
    w.service.giveVerdicts(w.second, a.id(), w.verdicts());
    w.service.submitReview(w.second, a.id());
    assertThat(w.service.application(w.lead, a.id()).scores()).hasSize(2 * w.framework().criteria().size());
  }

  @Test
  void providersSeeOnlyTheirOwnApplicationsAndNoDeliberationBeforeTheDecision() {
    Workflow w = new Workflow();
    ApplicationView a = w.reviewed();
    assertThat(w.service.application(w.provider, a.id()).scores()).isEmpty();
    assertThat(w.service.application(w.provider, a.id()).verdicts()).isEmpty();
    var stranger = Workflow.actor(new nl.vakwijzer.catalogue.api.OrganisationId(UUID.randomUUID()),
        nl.vakwijzer.catalogue.api.Role.AANBIEDER);
    refused(() -> w.service.application(stranger, a.id()),
        nl.vakwijzer.accreditation.api.UnknownApplicationException.class, nl.vakwijzer.accreditation.api.UnknownApplicationException.KEY);
    assertThat(w.service.applications(stranger)).isEmpty();
    assertThat(w.service.applications(w.provider)).hasSize(1);
    assertThat(w.service.applications(w.fourth)).isEmpty();
    refused(() -> w.service.timeline(w.provider, a.id()),
        ApplicationAccessException.class, ApplicationAccessException.NOT_COORDINATOR);
  }
}
