package nl.vakwijzer.accreditation.domain;

import static nl.vakwijzer.accreditation.api.AccreditationRuleException.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.AccreditationCondition;
import nl.vakwijzer.accreditation.api.AccreditationRuleException;
import nl.vakwijzer.accreditation.api.Advice;
import nl.vakwijzer.accreditation.api.AdviceRequest;
import nl.vakwijzer.accreditation.api.ApplicationAccessException;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationStateException;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AssessmentFramework;
import nl.vakwijzer.accreditation.api.AssessmentFrameworkId;
import nl.vakwijzer.accreditation.api.Assignment;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AssignmentStatus;
import nl.vakwijzer.accreditation.api.AuditorProfile;
import nl.vakwijzer.accreditation.api.ClaimVerdict;
import nl.vakwijzer.accreditation.api.ClaimedCompetency;
import nl.vakwijzer.accreditation.api.ConditionRequest;
import nl.vakwijzer.accreditation.api.ConditionStatus;
import nl.vakwijzer.accreditation.api.Criterion;
import nl.vakwijzer.accreditation.api.CriterionScore;
import nl.vakwijzer.accreditation.api.Decision;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.DecisionRequest;
import nl.vakwijzer.accreditation.api.IntakeCompletion;
import nl.vakwijzer.accreditation.api.Objection;
import nl.vakwijzer.accreditation.api.ObjectionOutcome;
import nl.vakwijzer.accreditation.api.Observation;
import nl.vakwijzer.accreditation.api.ObservationEntry;
import nl.vakwijzer.accreditation.api.RecordedScore;
import nl.vakwijzer.accreditation.api.RecordedVerdict;
import nl.vakwijzer.accreditation.api.Score;
import nl.vakwijzer.accreditation.api.SubmittedVersion;
import nl.vakwijzer.accreditation.api.VerdictType;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.catalogue.api.Role;

/**
 * Aggregate root: one application (aanvraag) for one module version, with everything that happens
 * to it: intake, assignments and declarations, the two reviews (scores per criterion, verdicts per
 * claim), the visit, the lead's advice with the consolidated verdicts, the decision with its
 * conditions, the objection and the end of the accreditation.
 *
 * <p>Every method checks the state and the actor first and changes nothing when it refuses. Each
 * change adds {@link AuditRecord}s (every state change also as {@code STATE_CHANGED}) and, where
 * the catalogue must know, {@link CatalogueEffect}s; the repository stores the records with the
 * application in one transaction, the application service passes the effects on.
 *
 * <p>Invariants: at most one active LEAD and one active SECOND; the designated or deciding
 * besluitnemer is never an auditor of it; the file opens (IN_BEOORDELING) only when both
 * declared no conflict; a score below "voldoet" has a finding; an accepted-lower level lies
 * strictly between the claimed levels; a failed knock-out criterion (VOLDOET_NIET by either
 * auditor) allows only AFGEWEZEN as advice and initial decision.
 */
public final class Application {
  /** Dates (validity, deadlines, the objection period) are Dutch calendar dates. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  public static final int OBJECTION_WEEKS = 6;
  public static final int CONFLICT_YEARS = 3;
  private static final Set<ApplicationState> REVIEWING = EnumSet.of(ApplicationState.IN_BEOORDELING, ApplicationState.VISITATIE);

  private ApplicationView data;
  private ApplicationState state;
  private AccountId decisionMaker;
  private Set<String> expertiseFrameworks;
  private Set<String> expertiseProfiles;
  private String returnReasons;
  private final List<Assignment> assignments;
  private final Map<List<Object>, RecordedScore> scores = new LinkedHashMap<>();
  private final Map<List<Object>, RecordedVerdict> verdicts = new LinkedHashMap<>();
  private final Map<List<Object>, Observation> observations = new LinkedHashMap<>();
  private Advice advice;
  private Decision decision;
  private final List<AccreditationCondition> conditions;
  private Objection objection;
  private String endedReason;
  private final boolean isNew;
  private final List<AuditRecord> audit = new ArrayList<>();
  private final List<CatalogueEffect> effects = new ArrayList<>();

  private Application(ApplicationView data, boolean isNew) {
    this.data = data;
    this.isNew = isNew;
    state = data.state();
    decisionMaker = data.decisionMaker();
    expertiseFrameworks = data.expertiseFrameworks();
    expertiseProfiles = data.expertiseProfiles();
    returnReasons = data.returnReasons();
    assignments = new ArrayList<>(data.assignments());
    data.scores().forEach(s -> scores.put(List.of(s.auditor(), s.criterionCode()), s));
    data.verdicts().forEach(v -> verdicts.put(List.of(v.auditor(), v.competency(), v.consolidated()), v));
    data.observations().forEach(o -> observations.put(List.of(o.competency(), o.behaviourExample()), o));
    advice = data.advice();
    decision = data.decision();
    conditions = new ArrayList<>(data.conditions());
    objection = data.objection();
    endedReason = data.endedReason();
  }

  /** Restores a stored application. */
  public static Application restore(ApplicationView stored) {
    return new Application(stored, false);
  }

  /** A new application in INGEDIEND for a submitted version with the claims of its dossier. */
  public static Application receive(
      SubmittedVersion submitted,
      String moduleTitle,
      List<Claim> claims,
      AssessmentFrameworkId framework,
      ApplicationId resubmissionOf,
      ApplicationId previousAccredited,
      Instant now) {
    List<ClaimedCompetency> claimed =
        claims.stream().map(c -> new ClaimedCompetency(c.competency(), c.from(), c.to(), c.behaviourExamples())).toList();
    ApplicationView data =
        new ApplicationView(
            ApplicationId.random(), submitted.version(), submitted.module(), submitted.provider(), submitted.number(),
            moduleTitle == null ? "" : moduleTitle, framework, ApplicationState.INGEDIEND, 0, submitted.at(), now,
            resubmissionOf, previousAccredited, null, Set.of(), Set.of(), null, claimed, List.of(), List.of(), List.of(),
            List.of(), null, null, List.of(), null, null);
    Application application = new Application(data, true);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("version", submitted.version());
    details.put("module", submitted.module());
    details.put("number", submitted.number());
    details.put("submittedAt", submitted.at());
    details.put("claims", claimed.size());
    details.put("framework", framework);
    details.put("resubmissionOf", resubmissionOf);
    details.put("previousAccredited", previousAccredited);
    application.record(now, null, "RECEIVED", details);
    application.effects.add(new CatalogueEffect.Stage(ApplicationState.INGEDIEND.catalogueStage()));
    return application;
  }

  // ------------------------------------------------------------------ intake

  public void completeIntake(Actor actor, IntakeCompletion intake, Instant now) {
    requireCoordinator(actor);
    requireState(ApplicationState.INGEDIEND);
    expertiseFrameworks = intake.frameworkCodes();
    expertiseProfiles = intake.profileCodes();
    decisionMaker = intake.decisionMaker();
    record(now, actor.account(), "INTAKE_COMPLETED", map(
        "frameworks", expertiseFrameworks, "profiles", expertiseProfiles, "decisionMaker", decisionMaker));
    moveTo(ApplicationState.TOEGEWEZEN, actor.account(), now);
  }

  public void returnToProvider(Actor actor, String reasons, Instant now) {
    requireCoordinator(actor);
    requireState(ApplicationState.INGEDIEND);
    returnReasons = requireText(reasons, 4000);
    record(now, actor.account(), "RETURNED_TO_PROVIDER", map("reasons", returnReasons));
    moveTo(ApplicationState.TERUGGESTUURD, actor.account(), now);
    effects.add(new CatalogueEffect.ReturnToProvider());
  }

  // ------------------------------------------------------------------ assignment

  /** Why {@code auditor} may not be on this application as a reviewer; empty when it may. */
  public Optional<String> exclusion(AuditorProfile auditor, int openApplications, LocalDate today) {
    if (!auditor.active()) {
      return Optional.of(AUDITOR_INACTIVE);
    }
    if (auditor.account().equals(decisionMaker) || (decision != null && auditor.account().equals(decision.by()))) {
      return Optional.of(DECISION_MAKER_CANNOT_REVIEW);
    }
    if (hasConflict(auditor, today)) {
      return Optional.of(CONFLICT_OF_INTEREST);
    }
    if (assignments.stream().anyMatch(a -> a.auditor().equals(auditor.account()))) {
      return Optional.of(ALREADY_ON_APPLICATION);
    }
    if (openApplications >= auditor.capacity()) {
      return Optional.of(AUDITOR_AT_CAPACITY);
    }
    return Optional.empty();
  }

  /** An affiliation with the provider within the last three years. */
  public boolean hasConflict(AuditorProfile auditor, LocalDate today) {
    return auditor.affiliations().stream()
        .anyMatch(a -> a.organisation().equals(data.provider()) && a.within(today, CONFLICT_YEARS));
  }

  public void assign(Actor actor, AssignmentRole role, AuditorProfile auditor, int openApplications, LocalDate today, Instant now) {
    if (role == AssignmentRole.OBJECTION) {
      assignObjectionHandler(actor, auditor, openApplications, today, now);
      return;
    }
    requireCoordinator(actor);
    requireState(ApplicationState.TOEGEWEZEN);
    if (activeAssignment(role).isPresent()) {
      throw new AccreditationRuleException(ROLE_TAKEN);
    }
    exclusion(auditor, openApplications, today).ifPresent(key -> {
      throw new AccreditationRuleException(key, auditor.displayName());
    });
    assignments.add(new Assignment(auditor.account(), role, AssignmentStatus.PENDING, now, null, null, null));
    record(now, actor.account(), "AUDITOR_ASSIGNED", map("auditor", auditor.account(), "role", role));
  }

  public void declareNoConflict(Actor actor, Instant now) {
    requireRole(actor, Role.AUDITOR, ApplicationAccessException.NOT_ASSIGNED_AUDITOR);
    int index = pendingAssignmentIndex(actor);
    Assignment a = assignments.get(index);
    assignments.set(index, new Assignment(a.auditor(), a.role(), AssignmentStatus.CONFIRMED, a.assignedAt(), now, null, null));
    record(now, actor.account(), "NO_CONFLICT_DECLARED", map("role", a.role()));
    if (state == ApplicationState.TOEGEWEZEN && confirmed(AssignmentRole.LEAD) && confirmed(AssignmentRole.SECOND)) {
      record(now, actor.account(), "FILE_OPENED", map());
      moveTo(ApplicationState.IN_BEOORDELING, actor.account(), now);
    }
  }

  public void recuse(Actor actor, String reason, Instant now) {
    requireRole(actor, Role.AUDITOR, ApplicationAccessException.NOT_ASSIGNED_AUDITOR);
    String text = requireText(reason, 2000);
    int index = pendingAssignmentIndex(actor);
    Assignment a = assignments.get(index);
    assignments.set(index, new Assignment(a.auditor(), a.role(), AssignmentStatus.RECUSED, a.assignedAt(), now, text, null));
    record(now, actor.account(), "RECUSED", map("role", a.role(), "reason", text));
  }

  private int pendingAssignmentIndex(Actor actor) {
    AssignmentRole expected = state == ApplicationState.BEZWAAR ? AssignmentRole.OBJECTION : null;
    if (state != ApplicationState.TOEGEWEZEN && state != ApplicationState.BEZWAAR) {
      throw new ApplicationStateException(state);
    }
    for (int i = 0; i < assignments.size(); i++) {
      Assignment a = assignments.get(i);
      boolean roleFits = expected == null ? a.role() != AssignmentRole.OBJECTION : a.role() == expected;
      if (a.auditor().equals(actor.account()) && roleFits && a.status() == AssignmentStatus.PENDING) {
        return i;
      }
    }
    throw new ApplicationAccessException(ApplicationAccessException.NOT_ASSIGNED_AUDITOR);
  }

  // ------------------------------------------------------------------ review

  public void score(Actor actor, AssessmentFramework framework, List<CriterionScore> newScores, Instant now) {
    Assignment reviewer = requireReviewing(actor);
    requireNotSubmitted(reviewer);
    for (CriterionScore s : newScores) {
      validate(framework, s);
    }
    for (CriterionScore s : newScores) {
      scores.put(List.of(actor.account(), s.criterionCode()),
          new RecordedScore(actor.account(), s.criterionCode(), s.score(), s.finding(), false, now));
      record(now, actor.account(), "CRITERION_SCORED", map("criterion", s.criterionCode(), "score", s.score(), "finding", s.finding()));
    }
  }

  private static void validate(AssessmentFramework framework, CriterionScore s) {
    if (framework.criterion(s.criterionCode()).isEmpty()) {
      throw new AccreditationRuleException(UNKNOWN_CRITERION, s.criterionCode());
    }
    if (s.score().requiresFinding() && s.finding().isBlank()) {
      throw new AccreditationRuleException(FINDING_REQUIRED, s.criterionCode());
    }
    if (s.finding().length() > 4000) {
      throw new AccreditationRuleException(TEXT_TOO_LONG, 4000);
    }
  }

  public void giveVerdicts(Actor actor, List<ClaimVerdict> newVerdicts, Instant now) {
    Assignment reviewer = requireReviewing(actor);
    requireNotSubmitted(reviewer);
    List<RecordedVerdict> checked = newVerdicts.stream().map(v -> checkedVerdict(actor.account(), v, false, now)).toList();
    for (RecordedVerdict v : checked) {
      verdicts.put(List.of(v.auditor(), v.competency(), false), v);
      record(now, actor.account(), "CLAIM_VERDICT_GIVEN", verdictDetails(v));
    }
  }

  private RecordedVerdict checkedVerdict(AccountId auditor, ClaimVerdict v, boolean consolidated, Instant now) {
    ClaimedCompetency claim = claim(v.competency()).orElseThrow(() -> new AccreditationRuleException(UNKNOWN_CLAIM, v.competency()));
    if (v.reason().length() > 4000) {
      throw new AccreditationRuleException(TEXT_TOO_LONG, 4000);
    }
    ClaimLevel acceptedTo =
        switch (v.type()) {
          case ACCEPT -> claim.to();
          case REJECT -> {
            if (v.reason().isBlank()) {
              throw new AccreditationRuleException(REJECT_REASON_REQUIRED, v.competency());
            }
            yield null;
          }
          case ACCEPT_LOWER -> {
            ClaimLevel lower = v.acceptedTo();
            if (lower == null || lower.ordinal() >= claim.to().ordinal() || lower.ordinal() <= claim.from().ordinal()) {
              throw new AccreditationRuleException(LOWER_LEVEL_INVALID, v.competency());
            }
            yield lower;
          }
        };
    return new RecordedVerdict(auditor, v.competency(), v.type(), acceptedTo, v.reason(), false, consolidated, now);
  }

  /**
   * Renewal: carries the previous accreditation's scores (of its lead auditor) on {@code
   * criterionCodes} and its consolidated verdicts on {@code claims} over as the actor's own,
   * marked carried over. Only for criteria of the current framework and claims of this version.
   */
  public void confirmCarriedOver(
      Actor actor, AssessmentFramework framework, Application previous, List<String> changedDossierParts,
      Set<String> criterionCodes, Set<ItemId> claimIds, Instant now) {
    Assignment reviewer = requireReviewing(actor);
    requireNotSubmitted(reviewer);
    if (previous == null || !previous.id().equals(data.previousAccredited())) {
      throw new AccreditationRuleException(NOT_A_RENEWAL);
    }
    for (String code : criterionCodes) {
      if (!DossierParts.unaffected(code, changedDossierParts)) {
        throw new AccreditationRuleException(NOTHING_TO_CARRY_OVER, code);
      }
    }
    AccountId previousLead = previous.activeAssignment(AssignmentRole.LEAD).map(Assignment::auditor).orElse(null);
    List<RecordedScore> carriedScores = new ArrayList<>();
    for (String code : criterionCodes) {
      RecordedScore old = previous.scores.get(List.of(previousLead == null ? "" : previousLead, code));
      if (old == null || framework.criterion(code).isEmpty()) {
        throw new AccreditationRuleException(NOTHING_TO_CARRY_OVER, code);
      }
      carriedScores.add(new RecordedScore(actor.account(), code, old.score(), old.finding(), true, now));
    }
    List<RecordedVerdict> carriedVerdicts = new ArrayList<>();
    for (ItemId competency : claimIds) {
      RecordedVerdict old = previous.consolidatedVerdicts().stream()
          .filter(v -> v.competency().equals(competency)).findFirst().orElse(null);
      ClaimedCompetency now_ = claim(competency).orElse(null);
      ClaimedCompetency then = previous.claim(competency).orElse(null);
      if (old == null || now_ == null || !now_.equals(then)) {
        throw new AccreditationRuleException(NOTHING_TO_CARRY_OVER, competency);
      }
      carriedVerdicts.add(new RecordedVerdict(actor.account(), competency, old.type(), old.acceptedTo(), old.reason(), true, false, now));
    }
    carriedScores.forEach(s -> scores.put(List.of(s.auditor(), s.criterionCode()), s));
    carriedVerdicts.forEach(v -> verdicts.put(List.of(v.auditor(), v.competency(), false), v));
    record(now, actor.account(), "CARRIED_OVER_CONFIRMED", map(
        "previous", previous.id(), "criteria", List.copyOf(criterionCodes), "claims", claimIds.stream().map(ItemId::toString).toList()));
  }

  /** The criteria of {@code framework} that the previous application's lead scored. */
  public Set<String> leadScoredCriteria(AssessmentFramework framework) {
    AccountId leadAuditor = activeAssignment(AssignmentRole.LEAD).map(Assignment::auditor).orElse(null);
    Set<String> codes = new java.util.TreeSet<>();
    for (Criterion c : framework.criteria()) {
      if (leadAuditor != null && scores.containsKey(List.of(leadAuditor, c.code()))) {
        codes.add(c.code());
      }
    }
    return codes;
  }

  public void submitReview(Actor actor, AssessmentFramework framework, Instant now) {
    Assignment reviewer = requireReviewing(actor);
    requireNotSubmitted(reviewer);
    boolean allScored = framework.criteria().stream().allMatch(c -> scores.containsKey(List.of(actor.account(), c.code())));
    boolean allJudged = data.claims().stream().allMatch(c -> verdicts.containsKey(List.of(actor.account(), c.competency(), false)));
    if (!allScored || !allJudged) {
      throw new AccreditationRuleException(REVIEW_INCOMPLETE);
    }
    int index = assignments.indexOf(reviewer);
    assignments.set(index, new Assignment(reviewer.auditor(), reviewer.role(), reviewer.status(), reviewer.assignedAt(),
        reviewer.declaredAt(), null, now));
    record(now, actor.account(), "REVIEW_SUBMITTED", map("role", reviewer.role()));
    if (state == ApplicationState.IN_BEOORDELING && reviewsComplete()) {
      moveTo(ApplicationState.ADVIES, actor.account(), now);
    }
  }

  private boolean reviewsComplete() {
    return activeAssignment(AssignmentRole.LEAD).map(a -> a.reviewSubmittedAt() != null).orElse(false)
        && activeAssignment(AssignmentRole.SECOND).map(a -> a.reviewSubmittedAt() != null).orElse(false);
  }

  // ------------------------------------------------------------------ visit

  public void requestVisit(Actor actor, Instant now) {
    requireLead(actor);
    if (state != ApplicationState.IN_BEOORDELING && state != ApplicationState.ADVIES) {
      throw new ApplicationStateException(state);
    }
    for (ClaimedCompetency c : data.claims()) {
      for (ItemId example : c.behaviourExamples()) {
        observations.putIfAbsent(List.of(c.competency(), example), new Observation(c.competency(), example, null, "", null, null));
      }
    }
    record(now, actor.account(), "VISIT_REQUESTED", map("formLines", observations.size()));
    moveTo(ApplicationState.VISITATIE, actor.account(), now);
  }

  public void recordObservations(Actor actor, List<ObservationEntry> entries, Instant now) {
    requireState(ApplicationState.VISITATIE);
    requireConfirmedReviewer(actor);
    for (ObservationEntry e : entries) {
      if (!observations.containsKey(List.of(e.competency(), e.behaviourExample()))) {
        throw new AccreditationRuleException(UNKNOWN_CLAIM, e.competency());
      }
      if (e.note().length() > 4000) {
        throw new AccreditationRuleException(TEXT_TOO_LONG, 4000);
      }
    }
    for (ObservationEntry e : entries) {
      observations.put(List.of(e.competency(), e.behaviourExample()),
          new Observation(e.competency(), e.behaviourExample(), e.result(), e.note(), actor.account(), now));
      record(now, actor.account(), "OBSERVATION_RECORDED", map(
          "competency", e.competency(), "behaviourExample", e.behaviourExample(), "result", e.result(), "note", e.note()));
    }
  }

  public void completeVisit(Actor actor, Instant now) {
    requireLead(actor);
    requireState(ApplicationState.VISITATIE);
    record(now, actor.account(), "VISIT_COMPLETED", map());
    moveTo(reviewsComplete() ? ApplicationState.ADVIES : ApplicationState.IN_BEOORDELING, actor.account(), now);
  }

  // ------------------------------------------------------------------ advice and decision

  /** Whether either auditor scored a knock-out criterion VOLDOET_NIET. */
  public boolean knockOutFailed(AssessmentFramework framework) {
    return scores.values().stream()
        .filter(s -> isActiveReviewer(s.auditor()))
        .anyMatch(s -> s.score() == Score.VOLDOET_NIET && framework.criterion(s.criterionCode()).map(Criterion::knockOut).orElse(false));
  }

  public void advise(Actor actor, AssessmentFramework framework, AdviceRequest request, Instant now) {
    requireLead(actor);
    requireState(ApplicationState.ADVIES);
    String motivation = requireText(request.motivation(), 8000);
    Map<ItemId, RecordedVerdict> consolidated = new LinkedHashMap<>();
    for (ClaimVerdict v : request.claims()) {
      consolidated.put(v.competency(), checkedVerdict(actor.account(), v, true, now));
    }
    if (consolidated.size() != request.claims().size() || consolidated.size() != data.claims().size()) {
      throw new AccreditationRuleException(ADVICE_CLAIMS_INCOMPLETE);
    }
    if (request.proposedOutcome() != DecisionOutcome.AFGEWEZEN) {
      if (knockOutFailed(framework)) {
        throw new AccreditationRuleException(KNOCK_OUT_REQUIRES_REJECT);
      }
      if (consolidated.values().stream().allMatch(v -> v.type() == VerdictType.REJECT)) {
        throw new AccreditationRuleException(NO_ACCEPTED_CLAIMS);
      }
      requireValidity(request.validityYears());
    }
    verdicts.keySet().removeIf(k -> Boolean.TRUE.equals(k.get(2)));
    consolidated.values().forEach(v -> verdicts.put(List.of(v.auditor(), v.competency(), true), v));
    int years = request.proposedOutcome() == DecisionOutcome.AFGEWEZEN ? 0 : request.validityYears();
    advice = new Advice(request.proposedOutcome(), years, motivation, actor.account(), now);
    record(now, actor.account(), "ADVICE_GIVEN", map(
        "proposedOutcome", request.proposedOutcome(), "validityYears", years, "motivation", motivation,
        "claims", consolidated.values().stream().map(Application::verdictDetails).toList()));
    moveTo(ApplicationState.BESLUIT, actor.account(), now);
  }

  public void decide(Actor actor, AssessmentFramework framework, DecisionRequest request, Instant now) {
    requireRole(actor, Role.BESLUITNEMER, ApplicationAccessException.NOT_DECISION_MAKER);
    if (assignments.stream().anyMatch(a -> a.auditor().equals(actor.account()))) {
      throw new ApplicationAccessException(ApplicationAccessException.REVIEWER_CANNOT_DECIDE);
    }
    if (decisionMaker != null && !decisionMaker.equals(actor.account())) {
      throw new ApplicationAccessException(ApplicationAccessException.OTHER_DECISION_MAKER);
    }
    requireState(ApplicationState.BESLUIT);
    if (request.outcome() != DecisionOutcome.AFGEWEZEN && knockOutFailed(framework)) {
      throw new AccreditationRuleException(KNOCK_OUT_REQUIRES_REJECT);
    }
    applyDecision(actor, framework, request, now, "DECIDED");
  }

  private void applyDecision(Actor actor, AssessmentFramework framework, DecisionRequest request, Instant now, String action) {
    LocalDate today = LocalDate.ofInstant(now, ZONE);
    String motivation = requireText(request.motivation(), 8000);
    LocalDate until = null;
    List<AccreditationCondition> newConditions = new ArrayList<>();
    if (request.outcome() == DecisionOutcome.AFGEWEZEN) {
      if (!request.conditions().isEmpty()) {
        throw new AccreditationRuleException(CONDITIONS_NOT_ALLOWED);
      }
      if (request.reasonsPerCriterion().isEmpty()) {
        throw new AccreditationRuleException(REASONS_REQUIRED);
      }
      request.reasonsPerCriterion().forEach((code, reason) -> {
        if (framework.criterion(code).isEmpty()) {
          throw new AccreditationRuleException(UNKNOWN_CRITERION, code);
        }
        if (reason == null || reason.isBlank()) {
          throw new AccreditationRuleException(REASONS_REQUIRED, code);
        }
        if (reason.length() > 4000) {
          throw new AccreditationRuleException(TEXT_TOO_LONG, 4000);
        }
      });
    } else {
      requireValidity(request.validityYears());
      if (acceptedClaims().isEmpty()) {
        throw new AccreditationRuleException(NO_ACCEPTED_CLAIMS);
      }
      until = today.plusYears(request.validityYears());
      boolean conditional = request.outcome() == DecisionOutcome.GEACCREDITEERD_ONDER_VOORWAARDEN;
      if (conditional && request.conditions().isEmpty()) {
        throw new AccreditationRuleException(CONDITIONS_REQUIRED);
      }
      if (!conditional && !request.conditions().isEmpty()) {
        throw new AccreditationRuleException(CONDITIONS_NOT_ALLOWED);
      }
      for (ConditionRequest c : request.conditions()) {
        String text = requireText(c.description(), 2000);
        if (c.deadline() == null || !c.deadline().isAfter(today) || c.deadline().isAfter(until)) {
          throw new AccreditationRuleException(CONDITION_DEADLINE);
        }
        newConditions.add(new AccreditationCondition(UUID.randomUUID(), text, c.deadline(), ConditionStatus.OPEN,
            null, null, null, null, null));
      }
    }
    Map<String, String> reasons = request.outcome() == DecisionOutcome.AFGEWEZEN ? request.reasonsPerCriterion() : Map.of();
    decision = new Decision(request.outcome(), motivation, actor.account(), now, until, reasons);
    conditions.clear();
    conditions.addAll(newConditions);
    record(now, actor.account(), action, map(
        "outcome", request.outcome(), "validUntil", until, "motivation", motivation, "reasonsPerCriterion", reasons,
        "conditions", newConditions.stream().map(c -> map("id", c.id(), "description", c.description(), "deadline", c.deadline())).toList(),
        "acceptedClaims", request.outcome() == DecisionOutcome.AFGEWEZEN ? List.of()
            : acceptedClaims().stream().map(c -> map("competency", c.competency(), "from", c.from().ordinal(), "to", c.to().ordinal())).toList()));
    moveTo(request.outcome().state(), actor.account(), now);
    if (request.outcome() == DecisionOutcome.AFGEWEZEN) {
      effects.add(new CatalogueEffect.Reject());
    } else {
      effects.add(new CatalogueEffect.Accredit(until, acceptedClaims()));
    }
  }

  /** The claims the lead's advice accepts, at their accepted levels, in the dossier's order. */
  public List<AcceptedClaim> acceptedClaims() {
    List<AcceptedClaim> accepted = new ArrayList<>();
    for (ClaimedCompetency c : data.claims()) {
      RecordedVerdict v = verdicts.get(List.of(advice == null ? "" : advice.by(), c.competency(), true));
      if (v != null && v.type() != VerdictType.REJECT) {
        accepted.add(c.acceptedAt(v.acceptedTo()));
      }
    }
    return accepted;
  }

  private List<RecordedVerdict> consolidatedVerdicts() {
    return verdicts.values().stream().filter(RecordedVerdict::consolidated).toList();
  }

  // ------------------------------------------------------------------ conditions

  public void submitConditionEvidence(Actor actor, UUID conditionId, String reference, Instant now) {
    requireProvider(actor);
    requireState(ApplicationState.GEACCREDITEERD_ONDER_VOORWAARDEN);
    int index = conditionIndex(conditionId);
    AccreditationCondition c = conditions.get(index);
    if (c.status() != ConditionStatus.OPEN && c.status() != ConditionStatus.BEWIJS_INGEDIEND) {
      throw new AccreditationRuleException(CONDITION_NOT_OPEN);
    }
    String text = requireText(reference, 500);
    conditions.set(index, new AccreditationCondition(c.id(), c.description(), c.deadline(), ConditionStatus.BEWIJS_INGEDIEND,
        text, now, null, null, null));
    record(now, actor.account(), "CONDITION_EVIDENCE_SUBMITTED", map("condition", c.id(), "evidence", text));
  }

  public void checkCondition(Actor actor, UUID conditionId, boolean met, String note, Instant now) {
    requireState(ApplicationState.GEACCREDITEERD_ONDER_VOORWAARDEN);
    requireConfirmedReviewer(actor);
    int index = conditionIndex(conditionId);
    AccreditationCondition c = conditions.get(index);
    if (c.status() != ConditionStatus.BEWIJS_INGEDIEND) {
      throw new AccreditationRuleException(NO_EVIDENCE);
    }
    String text = note == null ? "" : note.strip();
    if (text.length() > 2000) {
      throw new AccreditationRuleException(TEXT_TOO_LONG, 2000);
    }
    conditions.set(index, new AccreditationCondition(c.id(), c.description(), c.deadline(),
        met ? ConditionStatus.VOLDAAN : ConditionStatus.OPEN, c.evidenceReference(), c.evidenceAt(), actor.account(), now, text));
    record(now, actor.account(), "CONDITION_CHECKED", map("condition", c.id(), "met", met, "note", text));
    if (conditions.stream().allMatch(x -> x.status() == ConditionStatus.VOLDAAN)) {
      record(now, actor.account(), "CONDITIONS_MET", map());
      moveTo(ApplicationState.GEACCREDITEERD, actor.account(), now);
    }
  }

  /** Timed: suspends when a condition is not met by its deadline; whether it did. */
  public boolean lapseConditions(LocalDate today, Instant now) {
    if (state != ApplicationState.GEACCREDITEERD_ONDER_VOORWAARDEN) {
      return false;
    }
    List<AccreditationCondition> lapsed = conditions.stream()
        .filter(c -> c.status() != ConditionStatus.VOLDAAN && c.deadline().isBefore(today)).toList();
    if (lapsed.isEmpty()) {
      return false;
    }
    for (AccreditationCondition c : lapsed) {
      conditions.set(conditions.indexOf(c), new AccreditationCondition(c.id(), c.description(), c.deadline(),
          ConditionStatus.NIET_VOLDAAN, c.evidenceReference(), c.evidenceAt(), c.checkedBy(), c.checkedAt(), c.checkNote()));
      record(now, null, "CONDITION_LAPSED", map("condition", c.id(), "deadline", c.deadline()));
    }
    end(ApplicationState.GESCHORST, null, "accreditation.condition.lapsed", now);
    return true;
  }

  private int conditionIndex(UUID id) {
    for (int i = 0; i < conditions.size(); i++) {
      if (conditions.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AccreditationRuleException(UNKNOWN_CONDITION);
  }

  // ------------------------------------------------------------------ objection

  public void lodgeObjection(Actor actor, String grounds, Instant now) {
    requireProvider(actor);
    if (objection != null || decision == null
        || !EnumSet.of(ApplicationState.GEACCREDITEERD, ApplicationState.GEACCREDITEERD_ONDER_VOORWAARDEN, ApplicationState.AFGEWEZEN).contains(state)) {
      throw new ApplicationStateException(state);
    }
    LocalDate decided = LocalDate.ofInstant(decision.at(), ZONE);
    if (LocalDate.ofInstant(now, ZONE).isAfter(decided.plusWeeks(OBJECTION_WEEKS))) {
      throw new AccreditationRuleException(OBJECTION_PERIOD_OVER, decided.plusWeeks(OBJECTION_WEEKS));
    }
    String text = requireText(grounds, 8000);
    objection = new Objection(text, now, state, null, null);
    record(now, actor.account(), "OBJECTION_LODGED", map("grounds", text, "against", state));
    moveTo(ApplicationState.BEZWAAR, actor.account(), now);
  }

  public void assignObjectionHandler(Actor actor, AuditorProfile auditor, int openApplications, LocalDate today, Instant now) {
    requireCoordinator(actor);
    requireState(ApplicationState.BEZWAAR);
    if (assignments.stream().filter(a -> a.role() == AssignmentRole.OBJECTION && a.isActive()).count() >= 2) {
      throw new AccreditationRuleException(ROLE_TAKEN);
    }
    if (assignments.stream().anyMatch(a -> a.auditor().equals(auditor.account()) && a.role() != AssignmentRole.OBJECTION)) {
      throw new AccreditationRuleException(FORMER_REVIEWER, auditor.displayName());
    }
    exclusion(auditor, openApplications, today).ifPresent(key -> {
      throw new AccreditationRuleException(key, auditor.displayName());
    });
    assignments.add(new Assignment(auditor.account(), AssignmentRole.OBJECTION, AssignmentStatus.PENDING, now, null, null, null));
    record(now, actor.account(), "OBJECTION_HANDLER_ASSIGNED", map("auditor", auditor.account()));
  }

  public void decideObjection(
      Actor actor, AssessmentFramework framework, ObjectionOutcome outcome, DecisionRequest changed, String motivation, Instant now) {
    requireState(ApplicationState.BEZWAAR);
    Assignment handler = assignments.stream()
        .filter(a -> a.auditor().equals(actor.account()) && a.role() == AssignmentRole.OBJECTION && a.isActive())
        .findFirst().orElseThrow(() -> new ApplicationAccessException(ApplicationAccessException.NOT_OBJECTION_HANDLER));
    if (handler.status() != AssignmentStatus.CONFIRMED) {
      throw new ApplicationAccessException(ApplicationAccessException.DECLARATION_PENDING);
    }
    String text = requireText(motivation, 8000);
    if (outcome == ObjectionOutcome.GEWIJZIGD && changed == null) {
      throw new AccreditationRuleException(OBJECTION_DECISION_REQUIRED);
    }
    ApplicationState prior = objection.priorState();
    objection = new Objection(objection.grounds(), objection.lodgedAt(), prior, outcome, text);
    record(now, actor.account(), "OBJECTION_DECIDED", map("outcome", outcome, "motivation", text));
    if (outcome == ObjectionOutcome.GEHANDHAAFD) {
      moveTo(prior, actor.account(), now);
    } else {
      applyDecision(actor, framework, changed, now, "DECISION_CHANGED");
    }
  }

  // ------------------------------------------------------------------ end of an accreditation

  public void suspend(Actor actor, String reason, Instant now) {
    requireCoordinator(actor);
    requireAccredited();
    end(ApplicationState.GESCHORST, actor.account(), requireText(reason, 4000), now);
  }

  public void withdraw(Actor actor, String reason, Instant now) {
    requireCoordinator(actor);
    requireAccredited();
    end(ApplicationState.INGETROKKEN, actor.account(), requireText(reason, 4000), now);
  }

  /** Timed: ends the accreditation when its validity ended before {@code today}; whether it did. */
  public boolean expire(LocalDate today, Instant now) {
    if (!state.isAccredited() || decision == null || decision.validUntil() == null || !decision.validUntil().isBefore(today)) {
      return false;
    }
    end(ApplicationState.VERLOPEN, null, "accreditation.application.expired", now);
    return true;
  }

  private void end(ApplicationState newState, AccountId by, String reason, Instant now) {
    endedReason = reason;
    record(now, by, "ACCREDITATION_ENDED", map("state", newState, "reason", reason));
    moveTo(newState, by, now);
    effects.add(new CatalogueEffect.End(ModuleVersionStatus.valueOf(newState.name())));
  }

  private void requireAccredited() {
    if (!state.isAccredited()) {
      throw new ApplicationStateException(state);
    }
  }

  // ------------------------------------------------------------------ reading

  public ApplicationId id() {
    return data.id();
  }

  public ApplicationState state() {
    return state;
  }

  public long revision() {
    return data.revision();
  }

  public boolean isNew() {
    return isNew;
  }

  public Optional<ClaimedCompetency> claim(ItemId competency) {
    return data.claims().stream().filter(c -> c.competency().equals(competency)).findFirst();
  }

  public Optional<Assignment> activeAssignment(AssignmentRole role) {
    return assignments.stream().filter(a -> a.role() == role && a.isActive()).findFirst();
  }

  /** Whether the account is (or was, before recusing) on this application in any role. */
  public boolean involves(AccountId account) {
    return assignments.stream().anyMatch(a -> a.auditor().equals(account));
  }

  /** The application as stored now (the revision is that of the last load or save). */
  public ApplicationView view() {
    return new ApplicationView(
        data.id(), data.version(), data.module(), data.provider(), data.versionNumber(), data.moduleTitle(), data.framework(),
        state, data.revision(), data.submittedAt(), data.receivedAt(), data.resubmissionOf(), data.previousAccredited(),
        decisionMaker, expertiseFrameworks, expertiseProfiles, returnReasons, data.claims(), List.copyOf(assignments),
        List.copyOf(scores.values()), List.copyOf(verdicts.values()), List.copyOf(observations.values()), advice, decision,
        List.copyOf(conditions), objection, endedReason);
  }

  /**
   * The view for an assigned auditor: the reviews are independent, so until both are submitted an
   * auditor sees only their own scores and verdicts.
   */
  public ApplicationView auditorView(AccountId auditor) {
    ApplicationView v = view();
    if (reviewsComplete() || state.ordinal() > ApplicationState.BESLUIT.ordinal()) {
      return v;
    }
    return new ApplicationView(
        v.id(), v.version(), v.module(), v.provider(), v.versionNumber(), v.moduleTitle(), v.framework(), v.state(), v.revision(),
        v.submittedAt(), v.receivedAt(), v.resubmissionOf(), v.previousAccredited(), v.decisionMaker(), v.expertiseFrameworks(),
        v.expertiseProfiles(), v.returnReasons(), v.claims(), v.assignments(),
        v.scores().stream().filter(x -> x.auditor().equals(auditor)).toList(),
        v.verdicts().stream().filter(x -> x.auditor().equals(auditor)).toList(),
        v.observations(), v.advice(), v.decision(), v.conditions(), v.objection(), v.endedReason());
  }

  /** The view without internal deliberation (scores, verdicts, observations, advice) before a decision. */
  public ApplicationView providerView() {
    ApplicationView v = view();
    if (decision != null) {
      return v;
    }
    return new ApplicationView(
        v.id(), v.version(), v.module(), v.provider(), v.versionNumber(), v.moduleTitle(), v.framework(), v.state(), v.revision(),
        v.submittedAt(), v.receivedAt(), v.resubmissionOf(), v.previousAccredited(), null, Set.of(), Set.of(), v.returnReasons(),
        v.claims(), List.of(), List.of(), List.of(), List.of(), null, null, v.conditions(), v.objection(), v.endedReason());
  }

  /** Marks the stored revision after a successful save. */
  public void saved(long newRevision) {
    data = view();
    data = new ApplicationView(
        data.id(), data.version(), data.module(), data.provider(), data.versionNumber(), data.moduleTitle(), data.framework(),
        data.state(), newRevision, data.submittedAt(), data.receivedAt(), data.resubmissionOf(), data.previousAccredited(),
        data.decisionMaker(), data.expertiseFrameworks(), data.expertiseProfiles(), data.returnReasons(), data.claims(),
        data.assignments(), data.scores(), data.verdicts(), data.observations(), data.advice(), data.decision(),
        data.conditions(), data.objection(), data.endedReason());
    audit.clear();
  }

  public List<AuditRecord> pendingAudit() {
    return List.copyOf(audit);
  }

  /** The catalogue effects of the changes since the last call, in order. */
  public List<CatalogueEffect> takeEffects() {
    List<CatalogueEffect> taken = List.copyOf(effects);
    effects.clear();
    return taken;
  }

  /** An audit line that is not a change of the application itself (e.g. a reminder sent). */
  public static AuditRecord note(Instant at, AccountId actor, String action, Map<String, Object> details) {
    return new AuditRecord(at, actor, action, details);
  }

  // ------------------------------------------------------------------ guards

  private void moveTo(ApplicationState next, AccountId by, Instant now) {
    record(now, by, "STATE_CHANGED", map("from", state, "to", next));
    boolean decided = state.isAccredited() || state == ApplicationState.AFGEWEZEN;
    state = next;
    // an objection leaves the decision in force: the catalogue keeps the decided version as it is
    // (it accepts stages only for a submitted version)
    if (next.catalogueStage() != null && !decided) {
      effects.add(new CatalogueEffect.Stage(next.catalogueStage()));
    }
  }

  private void record(Instant at, AccountId actor, String action, Map<String, Object> details) {
    audit.add(new AuditRecord(at, actor, action, details));
  }

  private void requireState(ApplicationState expected) {
    if (state != expected) {
      throw new ApplicationStateException(state);
    }
  }

  private static void requireCoordinator(Actor actor) {
    requireRole(actor, Role.BEHEERDER, ApplicationAccessException.NOT_COORDINATOR);
  }

  private static void requireRole(Actor actor, Role role, String key) {
    if (!actor.hasRole(role)) {
      throw new ApplicationAccessException(key);
    }
  }

  private void requireProvider(Actor actor) {
    if (!actor.hasRole(Role.AANBIEDER) || !actor.actsFor(data.provider())) {
      throw new ApplicationAccessException(ApplicationAccessException.NOT_PROVIDER);
    }
  }

  /** The actor's confirmed LEAD/SECOND assignment (access check before the state check). */
  private Assignment requireConfirmedReviewer(Actor actor) {
    requireRole(actor, Role.AUDITOR, ApplicationAccessException.NOT_ASSIGNED_AUDITOR);
    Assignment a = assignments.stream()
        .filter(x -> x.auditor().equals(actor.account()) && x.role() != AssignmentRole.OBJECTION && x.isActive())
        .findFirst().orElseThrow(() -> new ApplicationAccessException(ApplicationAccessException.NOT_ASSIGNED_AUDITOR));
    if (a.status() != AssignmentStatus.CONFIRMED) {
      throw new ApplicationAccessException(ApplicationAccessException.DECLARATION_PENDING);
    }
    return a;
  }

  private Assignment requireReviewing(Actor actor) {
    Assignment a = requireConfirmedReviewer(actor);
    if (!REVIEWING.contains(state)) {
      throw new ApplicationStateException(state);
    }
    return a;
  }

  private static void requireNotSubmitted(Assignment a) {
    if (a.reviewSubmittedAt() != null) {
      throw new AccreditationRuleException(REVIEW_ALREADY_SUBMITTED);
    }
  }

  private void requireLead(Actor actor) {
    Assignment a = requireConfirmedReviewer(actor);
    if (a.role() != AssignmentRole.LEAD) {
      throw new ApplicationAccessException(ApplicationAccessException.NOT_LEAD_AUDITOR);
    }
  }

  private boolean confirmed(AssignmentRole role) {
    return activeAssignment(role).map(a -> a.status() == AssignmentStatus.CONFIRMED).orElse(false);
  }

  private boolean isActiveReviewer(AccountId account) {
    return assignments.stream().anyMatch(a -> a.auditor().equals(account) && a.role() != AssignmentRole.OBJECTION && a.isActive());
  }

  private static void requireValidity(int years) {
    if (years != 1 && years != 3) {
      throw new AccreditationRuleException(VALIDITY_YEARS);
    }
  }

  private static String requireText(String text, int max) {
    if (text == null || text.isBlank()) {
      throw new AccreditationRuleException(TEXT_REQUIRED);
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw new AccreditationRuleException(TEXT_TOO_LONG, max);
    }
    return stripped;
  }

  private static Map<String, Object> verdictDetails(RecordedVerdict v) {
    return map("competency", v.competency(), "verdict", v.type(),
        "acceptedTo", v.acceptedTo() == null ? null : v.acceptedTo().ordinal(), "reason", v.reason(), "carriedOver", v.carriedOver());
  }

  /** An insertion-ordered map that accepts null values (Map.of does not). */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  @Override
  public String toString() {
    return "Application[" + data.id() + ", " + state + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Application other && other.data.id().equals(data.id());
  }

  @Override
  public int hashCode() {
    return Objects.hash(data.id());
  }
}
