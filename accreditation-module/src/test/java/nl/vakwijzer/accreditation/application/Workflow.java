package nl.vakwijzer.accreditation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.vakwijzer.accreditation.api.AdviceRequest;
import nl.vakwijzer.accreditation.api.Affiliation;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AssessmentFramework;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AuditorProfile;
import nl.vakwijzer.accreditation.api.ClaimVerdict;
import nl.vakwijzer.accreditation.api.Criterion;
import nl.vakwijzer.accreditation.api.CriterionScore;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.IntakeCompletion;
import nl.vakwijzer.accreditation.api.Score;
import nl.vakwijzer.accreditation.api.SubmittedVersion;
import nl.vakwijzer.accreditation.infrastructure.JdbcApplicationRepository;
import nl.vakwijzer.accreditation.infrastructure.JdbcAssessmentFrameworkRepository;
import nl.vakwijzer.accreditation.infrastructure.JdbcAuditorRepository;
import nl.vakwijzer.accreditation.infrastructure.TransactionMode;
import nl.vakwijzer.accreditation.infrastructure.JdbcNotificationRepository;
import nl.vakwijzer.accreditation.testing.FakeAccountService;
import nl.vakwijzer.accreditation.testing.FakeModuleService;
import nl.vakwijzer.accreditation.testing.MutableClock;
import nl.vakwijzer.accreditation.testing.RecordingCatalogue;
import nl.vakwijzer.accreditation.testing.SingleConnectionDataSource;
import nl.vakwijzer.accreditation.testing.TestDatabases;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.Role;

/**
 * A test fixture: the three services wired on a fresh embedded database (copied from the migrated
 * template) as the container would wire them, with a recording catalogue, a fake module service
 * and a clock tests move. It knows the cast (coordinator, three auditors, a besluitnemer, the
 * provider) and drives an application to a given state through the real services.
 */
final class Workflow {
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  final DataSource dataSource = new SingleConnectionDataSource(TestDatabases.migrated());
  final MutableClock clock = new MutableClock(START);
  final RecordingCatalogue catalogue = new RecordingCatalogue();
  final FakeModuleService modules = new FakeModuleService();
  final DefaultAccreditationService service;
  final DefaultAuditorPoolService pool;
  final DefaultAssessmentFrameworkService frameworks;
  final JdbcApplicationRepository applications;
  final JdbcAssessmentFrameworkRepository frameworkRepository;
  final DefaultServiceLevelService serviceLevels;
  final DefaultAccreditationStatisticsService statistics;
  final FakeAccountService accounts = new FakeAccountService();
  final DefaultNotificationService notifications;

  final OrganisationId providerOrg = new OrganisationId(UUID.randomUUID());
  final OrganisationId stichting = new OrganisationId(UUID.randomUUID());
  final Actor coordinator = actor(stichting, Role.BEHEERDER);
  final Actor lead = actor(stichting, Role.AUDITOR);
  final Actor second = actor(stichting, Role.AUDITOR);
  final Actor third = actor(stichting, Role.AUDITOR);
  final Actor fourth = actor(stichting, Role.AUDITOR);
  final Actor besluitnemer = actor(stichting, Role.BESLUITNEMER);
  final Actor provider = actor(providerOrg, Role.AANBIEDER);

  /** Claims: C1 level 0→2 (two behaviour examples), C2 0→1, C3 1→2. */
  final ItemId c1 = item();
  final ItemId c2 = item();
  final ItemId c3 = item();
  final ItemId e1 = item();
  final ItemId e2 = item();
  final ItemId e3 = item();
  final ItemId e4 = item();
  final List<Claim> claims = List.of(
      new Claim(c1, ClaimLevel.ofOrdinal(0), ClaimLevel.ofOrdinal(2), List.of(e1, e2), null, false),
      new Claim(c2, ClaimLevel.ofOrdinal(0), ClaimLevel.ofOrdinal(1), List.of(e3), null, false),
      new Claim(c3, ClaimLevel.ofOrdinal(1), ClaimLevel.ofOrdinal(2), List.of(e4), null, false));

  final ModuleId module = new ModuleId(UUID.randomUUID());
  final ModuleVersionId version = new ModuleVersionId(UUID.randomUUID());

  Workflow() {
    applications = new JdbcApplicationRepository(dataSource, TransactionMode.LOCAL);
    frameworkRepository = new JdbcAssessmentFrameworkRepository(dataSource, TransactionMode.LOCAL);
    var auditors = new JdbcAuditorRepository(dataSource, TransactionMode.LOCAL);
    service = new DefaultAccreditationService(applications, frameworkRepository, auditors, catalogue, modules, clock);
    pool = new DefaultAuditorPoolService(auditors, clock);
    frameworks = new DefaultAssessmentFrameworkService(frameworkRepository, clock);
    serviceLevels = new DefaultServiceLevelService(applications, service, clock);
    statistics = new DefaultAccreditationStatisticsService(applications, frameworkRepository, clock);
    var notificationRepository = new JdbcNotificationRepository(dataSource, TransactionMode.LOCAL);
    service.outbox = new NotificationOutbox(notificationRepository, accounts);
    notifications = new DefaultNotificationService(notificationRepository, clock);
    accounts.add(coordinator, "beheerder", true);
    accounts.add(lead, "lead", true);
    accounts.add(second, "second", true);
    accounts.add(third, "third", true);
    accounts.add(fourth, "fourth", true);
    accounts.add(besluitnemer, "besluitnemer", true);
    accounts.add(provider, "aanbieder", true);
    for (Actor auditor : List.of(lead, second, third, fourth)) {
      pool.save(coordinator, auditor(auditor, Set.of("S3"), List.of(), 5));
    }
  }

  static Actor actor(OrganisationId organisation, Role role) {
    return new Actor(new AccountId(UUID.randomUUID()), organisation, Set.of(role));
  }

  static ItemId item() {
    return new ItemId(UUID.randomUUID());
  }

  static AuditorProfile auditor(Actor actor, Set<String> frameworks, List<Affiliation> affiliations, int capacity) {
    return new AuditorProfile(actor.account(), "Auditor " + actor.account().value().toString().substring(0, 8),
        frameworks, Set.of("KLANTMANAGER"), affiliations, capacity, true);
  }

  // ------------------------------------------------------------------ driving the workflow

  ApplicationView submit() {
    Instant at = clock.instant();
    modules.submitted(version, module, providerOrg, 1, "Motiverende gespreksvoering", claims, at);
    return service.receive(new SubmittedVersion(version, module, providerOrg, 1, at));
  }

  ApplicationView intakeDone() {
    ApplicationView received = submit();
    return service.completeIntake(coordinator, received.id(), received.revision(),
        new IntakeCompletion(Set.of("S3"), Set.of("KLANTMANAGER"), besluitnemer.account()));
  }

  ApplicationView assigned() {
    ApplicationView a = intakeDone();
    a = service.assignAuditor(coordinator, a.id(), a.revision(), AssignmentRole.LEAD, lead.account());
    return service.assignAuditor(coordinator, a.id(), a.revision(), AssignmentRole.SECOND, second.account());
  }

  ApplicationView inReview() {
    ApplicationView a = assigned();
    service.declareNoConflict(lead, a.id());
    return service.declareNoConflict(second, a.id());
  }

  AssessmentFramework framework() {
    return frameworks.current();
  }

  /** Every criterion VOLDOET, except those given. */
  List<CriterionScore> scores(CriterionScore... exceptions) {
    List<CriterionScore> scores = new ArrayList<>();
    for (Criterion c : framework().criteria()) {
      CriterionScore score = new CriterionScore(c.code(), Score.VOLDOET, "");
      for (CriterionScore e : exceptions) {
        if (e.criterionCode().equals(c.code())) {
          score = e;
        }
      }
      scores.add(score);
    }
    return scores;
  }

  /** C1 accepted at level 1 (claimed 2), C2 accepted, C3 rejected. */
  List<ClaimVerdict> verdicts() {
    return List.of(
        ClaimVerdict.acceptLower(c1, ClaimLevel.ofOrdinal(1), "Niveau 2 wordt niet getoetst."),
        ClaimVerdict.accept(c2),
        ClaimVerdict.reject(c3, "Geen werkvorm of toetsing voor deze competentie."));
  }

  ApplicationView reviewed(CriterionScore... exceptions) {
    ApplicationView a = inReview();
    for (Actor auditor : List.of(lead, second)) {
      service.score(auditor, a.id(), scores(exceptions));
      service.giveVerdicts(auditor, a.id(), verdicts());
      a = service.submitReview(auditor, a.id());
    }
    return a;
  }

  ApplicationView advised() {
    ApplicationView a = reviewed();
    return service.advise(lead, a.id(), a.revision(),
        new AdviceRequest(DecisionOutcome.GEACCREDITEERD, 3, "Twee claims houdbaar, één op lager niveau.", verdicts()));
  }

  ApplicationView view(ApplicationId id) {
    return service.application(coordinator, id);
  }

  LocalDate today() {
    return clock.today();
  }
}
