package nl.vakwijzer.accreditation.application;

import static nl.vakwijzer.accreditation.api.AccreditationRuleException.ALREADY_ON_APPLICATION;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.vakwijzer.accreditation.api.AccreditationRuleException;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.AdviceRequest;
import nl.vakwijzer.accreditation.api.ApplicationAccessException;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AssessmentFramework;
import nl.vakwijzer.accreditation.api.Assignment;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AssignmentStatus;
import nl.vakwijzer.accreditation.api.AuditEntry;
import nl.vakwijzer.accreditation.api.AuditorProfile;
import nl.vakwijzer.accreditation.api.AuditorProposal;
import nl.vakwijzer.accreditation.api.ClaimUnderReview;
import nl.vakwijzer.accreditation.api.ClaimVerdict;
import nl.vakwijzer.accreditation.api.ConcurrentApplicationChangeException;
import nl.vakwijzer.accreditation.api.CriterionScore;
import nl.vakwijzer.accreditation.api.DecisionRequest;
import nl.vakwijzer.accreditation.api.IntakeCompletion;
import nl.vakwijzer.accreditation.api.ObjectionOutcome;
import nl.vakwijzer.accreditation.api.ObservationEntry;
import nl.vakwijzer.accreditation.api.Reminder;
import nl.vakwijzer.accreditation.api.RenewalComparison;
import nl.vakwijzer.accreditation.api.ClaimedCompetency;
import nl.vakwijzer.accreditation.api.SubmittedVersion;
import nl.vakwijzer.accreditation.api.UnknownApplicationException;
import nl.vakwijzer.accreditation.api.UnknownAssessmentFrameworkException;
import nl.vakwijzer.accreditation.api.UnknownAuditorException;
import nl.vakwijzer.accreditation.domain.Application;
import nl.vakwijzer.accreditation.domain.ApplicationRepository;
import nl.vakwijzer.accreditation.domain.AssessmentFrameworkRepository;
import nl.vakwijzer.accreditation.domain.AuditorRepository;
import nl.vakwijzer.accreditation.domain.CatalogueEffect;
import nl.vakwijzer.accreditation.domain.DossierParts;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleAccreditationService;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.Role;

/**
 * The workflow service: loads an application, lets the aggregate check and apply the step, stores
 * it (with its audit records, refusing a stale revision) and passes the catalogue effects on to
 * {@link ModuleAccreditationService}. In the container all of it is one JTA transaction, so a
 * failing catalogue call rolls the step back.
 */
@ApplicationScoped
@Transactional
class DefaultAccreditationService implements AccreditationService {
  /** Who reads submitted versions on receipt: the workflow itself, with the coordinator's reach. */
  static final Actor SYSTEM = new Actor(new AccountId(new UUID(0, 0)), null, Set.of(Role.BEHEERDER));
  static final int[] REMINDER_DAYS = {90, 30};

  @Inject ApplicationRepository applications;
  @Inject AssessmentFrameworkRepository frameworks;
  @Inject AuditorRepository auditors;
  @Inject ModuleAccreditationService catalogue;
  @Inject ModuleService modules;
  @Inject Clock clock;
  /** Notifications of each step, stored in its transaction; none when not set (tests without it). */
  @Inject NotificationOutbox outbox;

  /** For the CDI proxy. */
  DefaultAccreditationService() {}

  DefaultAccreditationService(
      ApplicationRepository applications,
      AssessmentFrameworkRepository frameworks,
      AuditorRepository auditors,
      ModuleAccreditationService catalogue,
      ModuleService modules,
      Clock clock) {
    this.applications = applications;
    this.frameworks = frameworks;
    this.auditors = auditors;
    this.catalogue = catalogue;
    this.modules = modules;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ receipt and reading

  @Override
  public ApplicationView receive(SubmittedVersion submitted) {
    Optional<Application> same = applications.findBySubmission(submitted.version(), submitted.at());
    if (same.isPresent()) {
      return same.get().view();
    }
    Optional<Application> latest = applications.latestOfVersion(submitted.version());
    if (latest.isPresent() && latest.get().state() != ApplicationState.TERUGGESTUURD) {
      return latest.get().view();
    }
    ModuleVersion version = modules.version(SYSTEM, submitted.version());
    AssessmentFramework framework =
        frameworks.published().orElseThrow(() -> new UnknownAssessmentFrameworkException("GEPUBLICEERD"));
    ApplicationId previous = applications.latestAccreditedOfModule(submitted.module(), submitted.version())
        .map(Application::id).orElse(null);
    Application application = Application.receive(submitted, version.dossier().title(), version.dossier().claims(),
        framework.id(), latest.map(Application::id).orElse(null), previous, clock.instant());
    return store(application);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public ApplicationView application(Actor actor, ApplicationId id) {
    return visibleView(actor, load(id)).orElseThrow(() -> new UnknownApplicationException(id));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ApplicationView> applications(Actor actor) {
    List<ApplicationView> visible = new ArrayList<>();
    for (Application a : applications.all()) {
      visibleView(actor, a).ifPresent(visible::add);
    }
    return visible;
  }

  private static Optional<ApplicationView> visibleView(Actor actor, Application a) {
    if (actor.hasRole(Role.BEHEERDER) || actor.hasRole(Role.BESLUITNEMER)) {
      return Optional.of(a.view());
    }
    ApplicationView full = a.view();
    if (actor.hasRole(Role.AUDITOR)) {
      Optional<Assignment> mine = full.assignments().stream()
          .filter(x -> x.auditor().equals(actor.account()) && x.isActive()).findFirst();
      if (mine.isPresent()) {
        // the file opens only after the no-conflict declaration
        return Optional.of(mine.get().status() == AssignmentStatus.CONFIRMED ? a.auditorView(actor.account()) : a.providerView());
      }
    }
    if (actor.hasRole(Role.AANBIEDER) && actor.actsFor(full.provider())) {
      return Optional.of(a.providerView());
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ intake and assignment

  @Override
  public ApplicationView completeIntake(Actor actor, ApplicationId id, long expectedRevision, IntakeCompletion intake) {
    return change(id, expectedRevision, a -> a.completeIntake(actor, intake, clock.instant()));
  }

  @Override
  public ApplicationView returnToProvider(Actor actor, ApplicationId id, long expectedRevision, String reasons) {
    if (reasons == null || reasons.isBlank()) {
      throw new AccreditationRuleException(AccreditationRuleException.RETURN_REASONS_REQUIRED);
    }
    return change(id, expectedRevision, a -> a.returnToProvider(actor, reasons, clock.instant()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditorProposal> proposeAuditors(Actor actor, ApplicationId id) {
    if (!actor.hasRole(Role.BEHEERDER)) {
      throw new ApplicationAccessException(ApplicationAccessException.NOT_COORDINATOR);
    }
    Application application = load(id);
    ApplicationView view = application.view();
    Map<AccountId, Integer> workload = applications.openWorkload();
    LocalDate today = today();
    List<AuditorProposal> proposals = new ArrayList<>();
    for (AuditorProfile p : auditors.all()) {
      int open = workload.getOrDefault(p.account(), 0);
      if (application.exclusion(p, open, today).isEmpty()) {
        int match = (int) (p.frameworkCodes().stream().filter(view.expertiseFrameworks()::contains).count()
            + p.profileCodes().stream().filter(view.expertiseProfiles()::contains).count());
        proposals.add(new AuditorProposal(p.account(), p.displayName(), match, open, p.capacity()));
      }
    }
    proposals.sort(Comparator.comparingInt(AuditorProposal::expertiseMatch).reversed()
        .thenComparingInt(AuditorProposal::openApplications)
        .thenComparing(AuditorProposal::displayName));
    return proposals;
  }

  @Override
  public ApplicationView assignAuditor(Actor actor, ApplicationId id, long expectedRevision, AssignmentRole role, AccountId auditor) {
    AuditorProfile profile = profile(auditor);
    int open = applications.openWorkload().getOrDefault(auditor, 0);
    return change(id, expectedRevision, a -> a.assign(actor, role, profile, open, today(), clock.instant()));
  }

  @Override
  public ApplicationView declareNoConflict(Actor actor, ApplicationId id) {
    return change(id, null, a -> a.declareNoConflict(actor, clock.instant()));
  }

  @Override
  public ApplicationView recuse(Actor actor, ApplicationId id, String reason) {
    return change(id, null, a -> a.recuse(actor, reason, clock.instant()));
  }

  // ------------------------------------------------------------------ review

  @Override
  public ApplicationView score(Actor actor, ApplicationId id, List<CriterionScore> scores) {
    return change(id, null, a -> a.score(actor, frameworkOf(a), scores, clock.instant()));
  }

  @Override
  public ApplicationView giveVerdicts(Actor actor, ApplicationId id, List<ClaimVerdict> verdicts) {
    return change(id, null, a -> a.giveVerdicts(actor, verdicts, clock.instant()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public RenewalComparison renewalComparison(Actor actor, ApplicationId id) {
    Application application = load(id);
    ApplicationView view = visibleView(actor, application)
        .filter(v -> !actor.hasRole(Role.AANBIEDER) || actor.hasRole(Role.BEHEERDER) || actor.hasRole(Role.AUDITOR))
        .orElseThrow(() -> new UnknownApplicationException(id));
    Application previous = previousOf(application);
    List<String> changedParts = changedParts(view, previous.view());
    AssessmentFramework framework = frameworkOf(application);
    Set<String> carryable = new java.util.TreeSet<>();
    for (String code : previous.leadScoredCriteria(framework)) {
      if (DossierParts.unaffected(code, changedParts)) {
        carryable.add(code);
      }
    }
    List<ItemId> unchanged = new ArrayList<>();
    List<ItemId> changed = new ArrayList<>();
    List<ItemId> added = new ArrayList<>();
    for (ClaimedCompetency claim : view.claims()) {
      Optional<ClaimedCompetency> before = previous.claim(claim.competency());
      if (before.isEmpty()) {
        added.add(claim.competency());
      } else if (before.get().equals(claim)) {
        unchanged.add(claim.competency());
      } else {
        changed.add(claim.competency());
      }
    }
    List<ItemId> dropped = previous.view().claims().stream().map(ClaimedCompetency::competency)
        .filter(c -> application.claim(c).isEmpty()).toList();
    return new RenewalComparison(previous.id(), changedParts, carryable, unchanged, changed, added, dropped);
  }

  @Override
  public ApplicationView confirmCarriedOver(Actor actor, ApplicationId id, Set<String> criterionCodes, Set<ItemId> claims) {
    return change(id, null, a -> {
      Application previous = a.view().previousAccredited() == null ? null
          : applications.find(a.view().previousAccredited()).orElse(null);
      List<String> changedParts = previous == null ? List.of() : changedParts(a.view(), previous.view());
      a.confirmCarriedOver(actor, frameworkOf(a), previous, changedParts, criterionCodes, claims, clock.instant());
    });
  }

  private Application previousOf(Application application) {
    ApplicationId previous = application.view().previousAccredited();
    if (previous == null) {
      throw new AccreditationRuleException(AccreditationRuleException.NOT_A_RENEWAL);
    }
    return load(previous);
  }

  /** The dossier parts that differ between the two submitted versions (read from the catalogue). */
  private List<String> changedParts(ApplicationView now, ApplicationView before) {
    return DossierParts.changed(
        modules.version(SYSTEM, before.version()).dossier(), modules.version(SYSTEM, now.version()).dossier());
  }

  @Override
  public ApplicationView submitReview(Actor actor, ApplicationId id) {
    return change(id, null, a -> a.submitReview(actor, frameworkOf(a), clock.instant()));
  }

  @Override
  public ApplicationView requestVisit(Actor actor, ApplicationId id, long expectedRevision) {
    return change(id, expectedRevision, a -> a.requestVisit(actor, clock.instant()));
  }

  @Override
  public ApplicationView recordObservations(Actor actor, ApplicationId id, List<ObservationEntry> observations) {
    return change(id, null, a -> a.recordObservations(actor, observations, clock.instant()));
  }

  @Override
  public ApplicationView completeVisit(Actor actor, ApplicationId id, long expectedRevision) {
    return change(id, expectedRevision, a -> a.completeVisit(actor, clock.instant()));
  }

  @Override
  public ApplicationView advise(Actor actor, ApplicationId id, long expectedRevision, AdviceRequest advice) {
    return change(id, expectedRevision, a -> a.advise(actor, frameworkOf(a), advice, clock.instant()));
  }

  // ------------------------------------------------------------------ decision and after

  @Override
  public ApplicationView decide(Actor actor, ApplicationId id, long expectedRevision, DecisionRequest decision) {
    return change(id, expectedRevision, a -> a.decide(actor, frameworkOf(a), decision, clock.instant()));
  }

  @Override
  public ApplicationView submitConditionEvidence(Actor actor, ApplicationId id, UUID condition, String evidenceReference) {
    return change(id, null, a -> a.submitConditionEvidence(actor, condition, evidenceReference, clock.instant()));
  }

  @Override
  public ApplicationView checkCondition(Actor actor, ApplicationId id, UUID condition, boolean met, String note) {
    return change(id, null, a -> a.checkCondition(actor, condition, met, note, clock.instant()));
  }

  @Override
  public List<ApplicationId> enforceConditionDeadlines(LocalDate today) {
    List<ApplicationId> suspended = new ArrayList<>();
    for (Application a : applications.findByStates(EnumSet.of(ApplicationState.GEACCREDITEERD_ONDER_VOORWAARDEN))) {
      if (timed(a, x -> x.lapseConditions(today, clock.instant()))) {
        suspended.add(a.id());
      }
    }
    return suspended;
  }

  @Override
  public ApplicationView lodgeObjection(Actor actor, ApplicationId id, long expectedRevision, String grounds) {
    return change(id, expectedRevision, a -> a.lodgeObjection(actor, grounds, clock.instant()));
  }

  @Override
  public ApplicationView assignObjectionHandlers(
      Actor actor, ApplicationId id, long expectedRevision, AccountId first, AccountId second) {
    if (first.equals(second)) {
      throw new AccreditationRuleException(ALREADY_ON_APPLICATION, first);
    }
    AuditorProfile one = profile(first);
    AuditorProfile two = profile(second);
    Map<AccountId, Integer> workload = applications.openWorkload();
    return change(id, expectedRevision, a -> {
      a.assignObjectionHandler(actor, one, workload.getOrDefault(first, 0), today(), clock.instant());
      a.assignObjectionHandler(actor, two, workload.getOrDefault(second, 0), today(), clock.instant());
    });
  }

  @Override
  public ApplicationView decideObjection(
      Actor actor, ApplicationId id, long expectedRevision, ObjectionOutcome outcome, DecisionRequest changed, String motivation) {
    return change(id, expectedRevision, a -> a.decideObjection(actor, frameworkOf(a), outcome, changed, motivation, clock.instant()));
  }

  @Override
  public ApplicationView suspend(Actor actor, ApplicationId id, long expectedRevision, String reason) {
    return change(id, expectedRevision, a -> a.suspend(actor, reason, clock.instant()));
  }

  @Override
  public ApplicationView withdraw(Actor actor, ApplicationId id, long expectedRevision, String reason) {
    return change(id, expectedRevision, a -> a.withdraw(actor, reason, clock.instant()));
  }

  @Override
  public List<Reminder> dueReminders(LocalDate today) {
    List<Reminder> due = new ArrayList<>();
    for (Application a : applications.findByStates(
        EnumSet.of(ApplicationState.GEACCREDITEERD, ApplicationState.GEACCREDITEERD_ONDER_VOORWAARDEN))) {
      ApplicationView v = a.view();
      LocalDate until = v.decision().validUntil();
      Integer window = reminderWindow(today, until);
      if (window == null) {
        continue;
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("daysBefore", window);
      details.put("validUntil", until);
      details.put("provider", v.provider());
      if (applications.recordReminder(a.id(), window, until, Application.note(clock.instant(), null, "REMINDER_SENT", details))) {
        Reminder reminder = new Reminder(a.id(), v.version(), v.provider(), v.moduleTitle(), until, window);
        due.add(reminder);
        if (outbox != null) {
          outbox.reminder(v, reminder, clock.instant());
        }
      }
    }
    return due;
  }

  /**
   * Which reminder is due today: 90 from 90 days before the end until the 30-day point, then 30
   * until the end. A run that missed the 90-day window sends the 30-day reminder only.
   */
  static Integer reminderWindow(LocalDate today, LocalDate until) {
    if (until == null || today.isAfter(until)) {
      return null;
    }
    for (int days : new int[] {30, 90}) {
      if (!today.isBefore(until.minusDays(days))) {
        return days;
      }
    }
    return null;
  }

  @Override
  public List<ApplicationId> expire(LocalDate today) {
    List<ApplicationId> expired = new ArrayList<>();
    for (Application a : applications.findByStates(
        EnumSet.of(ApplicationState.GEACCREDITEERD, ApplicationState.GEACCREDITEERD_ONDER_VOORWAARDEN))) {
      if (timed(a, x -> x.expire(today, clock.instant()))) {
        expired.add(a.id());
      }
    }
    return expired;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ClaimUnderReview> targetedReview(Actor actor, Set<ItemId> changedOrRetiredItems) {
    if (!actor.hasRole(Role.BEHEERDER)) {
      throw new ApplicationAccessException(ApplicationAccessException.NOT_BEHEERDER);
    }
    List<ClaimUnderReview> review = new ArrayList<>();
    for (Application a : applications.findByStates(
        EnumSet.of(ApplicationState.GEACCREDITEERD, ApplicationState.GEACCREDITEERD_ONDER_VOORWAARDEN))) {
      ApplicationView v = a.view();
      for (AcceptedClaim claim : a.acceptedClaims()) {
        List<ItemId> affected = new ArrayList<>();
        if (changedOrRetiredItems.contains(claim.competency())) {
          affected.add(claim.competency());
        }
        claim.behaviourExamples().stream().filter(changedOrRetiredItems::contains).forEach(affected::add);
        if (!affected.isEmpty()) {
          review.add(new ClaimUnderReview(a.id(), v.version(), v.provider(), v.moduleTitle(), v.decision().validUntil(), claim, affected));
        }
      }
    }
    return review;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEntry> timeline(Actor actor, ApplicationId id) {
    if (!actor.hasRole(Role.BEHEERDER) && !actor.hasRole(Role.BESLUITNEMER)) {
      throw new ApplicationAccessException(ApplicationAccessException.NOT_COORDINATOR);
    }
    load(id);
    return applications.timeline(id);
  }

  // ------------------------------------------------------------------ plumbing

  private interface TimedStep {
    boolean apply(Application application);
  }

  /** A timed step on one application; a concurrent user change makes it wait for the next run. */
  private boolean timed(Application application, TimedStep step) {
    if (!step.apply(application)) {
      return false;
    }
    try {
      store(application);
      return true;
    } catch (ConcurrentApplicationChangeException e) {
      return false;
    }
  }

  private ApplicationView change(ApplicationId id, Long expectedRevision, Consumer<Application> step) {
    Application application = load(id);
    if (expectedRevision != null && application.revision() != expectedRevision) {
      throw new ConcurrentApplicationChangeException(application.view().moduleTitle());
    }
    step.accept(application);
    return store(application);
  }

  private ApplicationView store(Application application) {
    var step = application.pendingAudit();
    applications.save(application);
    if (outbox != null) {
      outbox.afterStep(application.view(), step);
    }
    var version = application.view().version();
    for (CatalogueEffect effect : application.takeEffects()) {
      if (effect instanceof CatalogueEffect.Stage s) {
        catalogue.recordStage(version, s.stage());
      } else if (effect instanceof CatalogueEffect.ReturnToProvider) {
        catalogue.returnToProvider(version);
      } else if (effect instanceof CatalogueEffect.Accredit a) {
        catalogue.accredit(version, a.until(), a.accepted());
      } else if (effect instanceof CatalogueEffect.Reject) {
        catalogue.reject(version);
      } else if (effect instanceof CatalogueEffect.End e) {
        catalogue.end(version, e.status());
      }
    }
    return application.view();
  }

  private Application load(ApplicationId id) {
    return applications.find(id).orElseThrow(() -> new UnknownApplicationException(id));
  }

  private AssessmentFramework frameworkOf(Application application) {
    var id = application.view().framework();
    return frameworks.find(id).orElseThrow(() -> new UnknownAssessmentFrameworkException(id));
  }

  private AuditorProfile profile(AccountId account) {
    return auditors.find(account).orElseThrow(() -> new UnknownAuditorException(account));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Application.ZONE);
  }
}
