package nl.vakwijzer.accreditation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * The accreditation workflow for one module version, from receipt to decision, objection and
 * the life of the accreditation after it.
 *
 * <p>Every action takes the {@link Actor} and checks state ({@link ApplicationStateException}) and
 * actor ({@link ApplicationAccessException}): the coordinator is a BEHEERDER; auditors act only on
 * applications they are assigned to and only after their no-conflict declaration; the besluitnemer
 * (BESLUITNEMER) never reviewed the application. Transitions take the revision the caller read
 * ({@link ConcurrentApplicationChangeException}); an auditor's scoring and verdicts do not, so the
 * two auditors can work at the same time. Every change is written to the append-only audit trail
 * ({@link #timeline}); outcomes are passed on to the catalogue through its {@code
 * ModuleAccreditationService}.
 */
public interface AccreditationService {

  // ------------------------------------------------------------------ receipt and intake

  /**
   * Creates the application for a submitted module version in INGEDIEND and records stage INTAKE
   * in the catalogue. Idempotent: the same submission (version and time) returns the existing
   * application. A resubmission after a return is a new application linked to the returned one; a
   * version of a module with an accredited earlier version is linked to it (renewal).
   */
  ApplicationView receive(@NotNull @Valid SubmittedVersion submitted);

  /** One application; for a provider only its own (others: {@link UnknownApplicationException}). */
  ApplicationView application(@NotNull Actor actor, @NotNull ApplicationId id);

  /**
   * The applications the actor may see, oldest receipt first: all for a beheerder or besluitnemer,
   * the assigned ones for an auditor, the own organisation's for a provider.
   */
  List<ApplicationView> applications(@NotNull Actor actor);

  /** Intake complete: INGEDIEND → TOEGEWEZEN (coordinator). */
  ApplicationView completeIntake(
      @NotNull Actor actor, @NotNull ApplicationId id, long expectedRevision, @NotNull @Valid IntakeCompletion intake);

  /** Returned to the provider with reasons: INGEDIEND → TERUGGESTUURD (coordinator). */
  ApplicationView returnToProvider(
      @NotNull Actor actor,
      @NotNull ApplicationId id,
      long expectedRevision,
      @NotBlank @Size(max = 4000, message = "{accreditation.input.tooLong}") String reasons);

  // ------------------------------------------------------------------ assignment

  /**
   * Auditors that may review the application, best first (expertise match, then the lowest open
   * workload). Excluded: inactive or full auditors, those affiliated with the provider within the
   * last three years, the designated besluitnemer, anyone already on (or recused from) it.
   */
  List<AuditorProposal> proposeAuditors(@NotNull Actor actor, @NotNull ApplicationId id);

  /**
   * Assigns the lead or second auditor (TOEGEWEZEN; also to replace a recused one), or, with role
   * OBJECTION, one objection handler (BEZWAAR; e.g. to replace a handler who recused).
   */
  ApplicationView assignAuditor(
      @NotNull Actor actor, @NotNull ApplicationId id, long expectedRevision, @NotNull AssignmentRole role, @NotNull AccountId auditor);

  /** The assigned auditor declares no conflict of interest; once both did, IN_BEOORDELING. */
  ApplicationView declareNoConflict(@NotNull Actor actor, @NotNull ApplicationId id);

  /** The assigned auditor recuses; the coordinator assigns someone else. */
  ApplicationView recuse(
      @NotNull Actor actor,
      @NotNull ApplicationId id,
      @NotBlank @Size(max = 2000, message = "{accreditation.input.tooLong}") String reason);

  // ------------------------------------------------------------------ review

  /** The auditor's scores (replacing earlier ones on the same criteria). */
  ApplicationView score(@NotNull Actor actor, @NotNull ApplicationId id, @NotNull List<@Valid CriterionScore> scores);

  /** The auditor's verdicts per claim (replacing earlier ones on the same claims). */
  ApplicationView giveVerdicts(@NotNull Actor actor, @NotNull ApplicationId id, @NotNull List<@Valid ClaimVerdict> verdicts);

  /**
   * For a renewal: what changed since the previous accreditation (dossier parts, claims) and which
   * criteria may be carried over; for the coordinator, besluitnemer and the assigned auditors.
   */
  RenewalComparison renewalComparison(@NotNull Actor actor, @NotNull ApplicationId id);

  /**
   * For a renewal: the auditor confirms that the given criteria and claims are unchanged, carrying
   * the previous accreditation's scores (of its lead) and consolidated verdicts over as their own.
   * Only criteria in {@link RenewalComparison#carryableCriteria()} and unchanged claims qualify.
   */
  ApplicationView confirmCarriedOver(
      @NotNull Actor actor, @NotNull ApplicationId id, @NotNull Set<String> criterionCodes, @NotNull Set<ItemId> claims);

  /** The auditor's review is complete (every criterion scored, every claim judged); both → ADVIES. */
  ApplicationView submitReview(@NotNull Actor actor, @NotNull ApplicationId id);

  /** The lead plans a visit: VISITATIE, with the observation form generated from the claims. */
  ApplicationView requestVisit(@NotNull Actor actor, @NotNull ApplicationId id, long expectedRevision);

  ApplicationView recordObservations(
      @NotNull Actor actor, @NotNull ApplicationId id, @NotNull List<@Valid ObservationEntry> observations);

  /** The lead closes the visit: back to IN_BEOORDELING, or ADVIES when both reviews are in. */
  ApplicationView completeVisit(@NotNull Actor actor, @NotNull ApplicationId id, long expectedRevision);

  /** The lead's advice: ADVIES → BESLUIT. A failed knock-out criterion requires AFGEWEZEN. */
  ApplicationView advise(@NotNull Actor actor, @NotNull ApplicationId id, long expectedRevision, @NotNull @Valid AdviceRequest advice);

  // ------------------------------------------------------------------ decision and after

  /**
   * The besluitnemer's decision (four-eyes: never a reviewer of it): BESLUIT → the outcome. The
   * catalogue is told: accredited until the end of validity with the advice's accepted claims at
   * their accepted levels, or rejected.
   */
  ApplicationView decide(@NotNull Actor actor, @NotNull ApplicationId id, long expectedRevision, @NotNull @Valid DecisionRequest decision);

  /** The provider gives evidence for a condition (a reference to an uploaded attachment). */
  ApplicationView submitConditionEvidence(
      @NotNull Actor actor,
      @NotNull ApplicationId id,
      @NotNull UUID condition,
      @NotBlank @Size(max = 500, message = "{accreditation.input.tooLong}") String evidenceReference);

  /**
   * One of the reviewing auditors checks the evidence: met (all met → GEACCREDITEERD) or not (the
   * condition is open again until its deadline).
   */
  ApplicationView checkCondition(
      @NotNull Actor actor,
      @NotNull ApplicationId id,
      @NotNull UUID condition,
      boolean met,
      @Size(max = 2000, message = "{accreditation.input.tooLong}") String note);

  /** Timed: accreditations with a condition unmet after its deadline become GESCHORST. */
  List<ApplicationId> enforceConditionDeadlines(@NotNull LocalDate today);

  /** The provider objects within six weeks of the decision: → BEZWAAR. */
  ApplicationView lodgeObjection(
      @NotNull Actor actor,
      @NotNull ApplicationId id,
      long expectedRevision,
      @NotBlank @Size(max = 8000, message = "{accreditation.input.tooLong}") String grounds);

  /** The coordinator assigns two auditors who did not review the application to the objection. */
  ApplicationView assignObjectionHandlers(
      @NotNull Actor actor, @NotNull ApplicationId id, long expectedRevision, @NotNull AccountId first, @NotNull AccountId second);

  /**
   * An objection handler decides: GEHANDHAAFD (back to the decided state) or GEWIJZIGD with a new
   * decision ({@code changed}, required then), applied as {@link #decide} would.
   */
  ApplicationView decideObjection(
      @NotNull Actor actor,
      @NotNull ApplicationId id,
      long expectedRevision,
      @NotNull ObjectionOutcome outcome,
      @Valid DecisionRequest changed,
      @NotBlank @Size(max = 8000, message = "{accreditation.input.tooLong}") String motivation);

  /** A beheerder suspends an accreditation (GESCHORST), e.g. after complaints. */
  ApplicationView suspend(
      @NotNull Actor actor,
      @NotNull ApplicationId id,
      long expectedRevision,
      @NotBlank @Size(max = 4000, message = "{accreditation.input.tooLong}") String reason);

  /** A beheerder withdraws an accreditation (INGETROKKEN). */
  ApplicationView withdraw(
      @NotNull Actor actor,
      @NotNull ApplicationId id,
      long expectedRevision,
      @NotBlank @Size(max = 4000, message = "{accreditation.input.tooLong}") String reason);

  /**
   * Timed: the reminders due today (90 and 30 days before the end of validity), each returned and
   * recorded exactly once per accreditation, however often this runs.
   */
  List<Reminder> dueReminders(@NotNull LocalDate today);

  /** Timed: accreditations whose validity ended (valid until before {@code today}) become VERLOPEN. */
  List<ApplicationId> expire(@NotNull LocalDate today);

  /**
   * Accredited claims (of applications still accredited) whose competency or behaviour examples
   * are among {@code changedOrRetiredItems}, e.g. the changed and retired items of the catalogue's
   * {@code FrameworkDiff} when a framework version is superseded: the list for a targeted review
   * (beheerder).
   */
  List<ClaimUnderReview> targetedReview(@NotNull Actor actor, @NotNull Set<ItemId> changedOrRetiredItems);

  /** The audit trail of an application, oldest first (beheerder and besluitnemer). */
  List<AuditEntry> timeline(@NotNull Actor actor, @NotNull ApplicationId id);
}
