package nl.vakwijzer.web.accreditation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.AdviceRequest;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AssessmentFrameworkService;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AuditEntry;
import nl.vakwijzer.accreditation.api.ClaimVerdict;
import nl.vakwijzer.accreditation.api.ClaimedCompetency;
import nl.vakwijzer.accreditation.api.ConditionRequest;
import nl.vakwijzer.accreditation.api.CriterionScore;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.DecisionRequest;
import nl.vakwijzer.accreditation.api.IntakeCompletion;
import nl.vakwijzer.accreditation.api.Score;
import nl.vakwijzer.accreditation.api.UnknownApplicationException;
import nl.vakwijzer.accreditation.api.UnknownAuditorException;
import nl.vakwijzer.accreditation.api.VerdictType;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.web.provider.ProviderActors;
import nl.vakwijzer.web.rest.Caller;
import nl.vakwijzer.web.rest.InvalidParametersException;
import nl.vakwijzer.web.rest.InvalidParametersException.Invalid;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Accreditation applications for other systems, with the same rules as the pages: a beheerder or
 * besluitnemer sees all, an auditor the assigned ones, a provider its own (another organisation's id
 * is a 404, like an unknown one); municipalities get 403. The body carries the state, the return
 * reasons, the decision and the conditions, never scores, verdicts or advice (no internal
 * deliberation). The audit trail is for beheerders and besluitnemers.
 *
 * <p>The workflow's steps are taken with the same service calls as the pages: intake and
 * assignment (beheerder), declaration or recusal, scores and verdicts, submitting the review and the
 * advice (assigned auditors), the decision (besluitnemer). Each step first demands the step's role
 * (403), then reads the application as the caller (404 when the caller may not see it, exactly as an
 * unknown id), then reads the body field by field (a 422 problem listing every field that does not
 * fit; nothing reaches the service then) and lets the service check state and rules (409 wrong
 * state or a stale revision, 403 not allowed on this application, 422 a broken rule). Transitions
 * take an optional {@code revision}: the one the client read; without it, the one just read.
 */
@Path("v1/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accreditatie", description = "Accreditation applications: state, decision, conditions and audit trail")
@SecurityRequirement(name = "basicAuth")
public class ApplicationResource {
  @Inject AccreditationService accreditation;
  @Inject AssessmentFrameworkService frameworks;
  @Inject ModuleService modules;
  @Inject AccountService accounts;
  @Inject ProviderActors actors;
  @Inject Caller caller;

  /** One application in a list. */
  public record ApplicationItem(String id, String moduleVersion, String moduleTitle, int versionNumber, String state,
      Instant submittedAt) {
    static ApplicationItem of(ApplicationView a) {
      return new ApplicationItem(a.id().toString(), a.version().toString(), a.moduleTitle(), a.versionNumber(),
          a.state().name(), a.submittedAt());
    }
  }

  /** The decision on an application. */
  public record DecisionBody(String outcome, Instant decidedAt, LocalDate validUntil, String motivation,
      Map<String, String> reasonsPerCriterion) {}

  /** A condition of an accreditation under conditions. */
  public record ConditionBody(String description, LocalDate deadline, String status) {}

  /** One application with its outcome. */
  public record ApplicationBody(String id, String moduleVersion, String moduleTitle, int versionNumber, String state,
      long revision, Instant submittedAt, String returnReasons, DecisionBody decision, List<ConditionBody> conditions) {}

  /** One entry of the append-only audit trail. */
  public record TrailEntry(long sequence, Instant at, String actor, String action, String details) {}

  private Actor actor() {
    String username = caller.require();
    Actor actor = actors.forUsername(username).orElseThrow(ForbiddenException::new);
    if (!(actor.hasRole(Role.BEHEERDER) || actor.hasRole(Role.BESLUITNEMER) || actor.hasRole(Role.AUDITOR)
        || actor.hasRole(Role.AANBIEDER))) {
      throw new ForbiddenException();
    }
    return actor;
  }

  private static ApplicationId id(String text) {
    try {
      return new ApplicationId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new UnknownApplicationException(text);
    }
  }

  @GET
  @Operation(summary = "The applications the caller may see, oldest receipt first")
  @APIResponse(responseCode = "200", description = "The applications")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "A role without access to applications")
  public List<ApplicationItem> list() {
    return accreditation.applications(actor()).stream().map(ApplicationItem::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One application: state, return reasons, decision and conditions")
  @APIResponse(responseCode = "200", description = "The application")
  @APIResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
  public ApplicationBody application(@PathParam("id") String id) {
    return body(accreditation.application(actor(), id(id)));
  }

  private static ApplicationBody body(ApplicationView a) {
    DecisionBody decision = Optional.ofNullable(a.decision())
        .map(d -> new DecisionBody(d.outcome().name(), d.at(), d.validUntil(), d.motivation(), d.reasonsPerCriterion()))
        .orElse(null);
    return new ApplicationBody(a.id().toString(), a.version().toString(), a.moduleTitle(), a.versionNumber(),
        a.state().name(), a.revision(), a.submittedAt(), a.returnReasons(), decision,
        a.conditions().stream().map(c -> new ConditionBody(c.description(), c.deadline(), c.status().name())).toList());
  }

  @GET
  @Path("{id}/timeline")
  @Operation(summary = "The application's audit trail, oldest first (beheerder and besluitnemer)")
  @APIResponse(responseCode = "200", description = "The trail")
  @APIResponse(responseCode = "403", description = "Not a beheerder or besluitnemer")
  @APIResponse(responseCode = "404", description = "Unknown application")
  public List<TrailEntry> timeline(@PathParam("id") String id) {
    List<AuditEntry> trail = accreditation.timeline(actor(), id(id));
    return trail.stream().map(e -> new TrailEntry(e.sequence(), e.at(), e.actor() == null ? null : e.actor().toString(),
        e.action(), e.detailsJson())).toList();
  }

  // ------------------------------------------------------------------ workflow steps: bodies

  /** Request body of the intake (documentation; the body is read field by field). */
  @Schema(description = "complete=true: intake complete (optional expertise codes, default the claimed frameworks;"
      + " optional besluitnemer account id who alone may decide); complete=false: returned to the provider with reasons")
  public record IntakeRequest(boolean complete, String reasons, List<String> frameworkCodes, List<String> profileCodes,
      String decisionMaker, Long revision) {}

  /** Request body of the assignment: the lead and/or the second auditor's account id. */
  public record AssignmentRequest(String lead, String second, Long revision) {}

  /** Request body of the declaration: no conflict of interest, or a recusal with its reason. */
  public record DeclarationRequest(boolean noConflict, String reason) {}

  /** A score on one criterion (a finding is required below VOLDOET). */
  public record ScoreInput(String criterion,
      @Schema(enumeration = {"VOLDOET", "VOLDOET_GEDEELTELIJK", "VOLDOET_NIET", "NIET_VAN_TOEPASSING"}) String score,
      String finding) {}

  /** A verdict on one claim; acceptedTo is the level ordinal for ACCEPT_LOWER, a reason is required for REJECT. */
  public record VerdictInput(String competency,
      @Schema(enumeration = {"ACCEPT", "ACCEPT_LOWER", "REJECT"}) String verdict, Integer acceptedTo, String reason) {}

  /** Request body of saving a review: scores and/or verdicts (replacing the caller's earlier ones on the same items). */
  public record ReviewRequest(List<ScoreInput> scores, List<VerdictInput> verdicts) {}

  /** Request body of the lead's advice: one consolidated verdict per claim. */
  public record AdviceInput(
      @Schema(enumeration = {"GEACCREDITEERD", "GEACCREDITEERD_ONDER_VOORWAARDEN", "AFGEWEZEN"}) String proposedOutcome,
      Integer validityYears, String motivation, List<VerdictInput> claims, Long revision) {}

  /** A condition of an accreditation under conditions. */
  public record ConditionInput(String description, @Schema(format = "date") String deadline) {}

  /** Request body of the decision. */
  public record DecisionInput(
      @Schema(enumeration = {"GEACCREDITEERD", "GEACCREDITEERD_ONDER_VOORWAARDEN", "AFGEWEZEN"}) String outcome,
      Integer validityYears, String motivation, List<ConditionInput> conditions,
      Map<String, String> reasonsPerCriterion, Long revision) {}

  /** An auditor the system proposes (conflicted, inactive and full auditors are never proposed). */
  public record ProposalBody(String account, String displayName, int expertiseMatch, int openApplications, int capacity) {}

  /** A criterion of the application's assessment framework. */
  public record CriterionBody(String code, String group, String title, boolean knockOut) {}

  /** A claim under review: the competency, its levels (ordinals) and the claimed behaviour examples. */
  public record ReviewClaimBody(String competency, String code, String name, int from, int to, List<String> behaviourExamples) {}

  /** A stored score. */
  public record ScoreBody(String auditor, String criterion, String score, String finding, boolean carriedOver) {}

  /** A stored verdict; consolidated ones are the lead's advice. */
  public record VerdictBody(String auditor, String competency, String verdict, Integer acceptedTo, String reason,
      boolean consolidated) {}

  /** The lead's advice. */
  public record AdviceBody(String proposedOutcome, int validityYears, String motivation, String by) {}

  /** A line of the visit's observation form (result and note empty until observed). */
  public record ObservationBody(String competency, String behaviourExample, String result, String note) {}

  /**
   * What the caller may see of the review: the criteria and claims to judge, and the scores,
   * verdicts, advice and visit observations the service shows the caller (an auditor only their own until both reviews
   * are in; nothing before their declaration).
   */
  public record ReviewBody(String id, String state, long revision, List<CriterionBody> criteria, List<ReviewClaimBody> claims,
      List<ScoreBody> scores, List<VerdictBody> verdicts, AdviceBody advice, List<ObservationBody> observations) {}

  // ------------------------------------------------------------------ workflow steps

  private Actor actor(Role required) {
    Actor actor = actor();
    if (!actor.hasRole(required)) {
      throw new ForbiddenException();
    }
    return actor;
  }

  @GET
  @Path("{id}/proposed-auditors")
  @Operation(summary = "The auditors the system proposes, best first (beheerder)",
      description = "By expertise match, then the lowest open workload. Auditors affiliated with the provider in the"
          + " last three years (conflict of interest), inactive or full ones, the designated besluitnemer and anyone"
          + " already on the application are never proposed.")
  @APIResponse(responseCode = "200", description = "The proposals")
  @APIResponse(responseCode = "403", description = "Not a beheerder")
  @APIResponse(responseCode = "404", description = "Unknown application")
  public List<ProposalBody> proposedAuditors(@PathParam("id") String id) {
    Actor actor = actor(Role.BEHEERDER);
    return accreditation.proposeAuditors(actor, accreditation.application(actor, id(id)).id()).stream()
        .map(p -> new ProposalBody(p.account().toString(), p.displayName(), p.expertiseMatch(), p.openApplications(),
            p.capacity()))
        .toList();
  }

  @POST
  @Path("{id}/intake")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Intake (beheerder): complete (INGEDIEND → TOEGEWEZEN) or return to the provider with reasons")
  @RequestBody(content = @Content(schema = @Schema(implementation = IntakeRequest.class)))
  @APIResponse(responseCode = "200", description = "The application after the intake")
  @APIResponse(responseCode = "403", description = "Not a beheerder")
  @APIResponse(responseCode = "404", description = "Unknown application")
  @APIResponse(responseCode = "409", description = "Not in intake, or changed since the given revision")
  @APIResponse(responseCode = "422", description = "A field does not fit (one entry per field)")
  public ApplicationBody intake(@PathParam("id") String id, String body) {
    Actor actor = actor(Role.BEHEERDER);
    ApplicationView current = accreditation.application(actor, id(id));
    JsonBody json = JsonBody.read(body, false);
    Optional<Boolean> complete = json.bool("complete", true);
    OptionalLong revision = json.revision();
    if (complete.isPresent() && !complete.get()) {
      Optional<String> reasons = json.text("reasons", true, 4000);
      json.check();
      return body(accreditation.returnToProvider(actor, current.id(), revision.orElse(current.revision()), reasons.orElseThrow()));
    }
    List<String> frameworkCodes = json.texts("frameworkCodes");
    List<String> profileCodes = json.texts("profileCodes");
    Optional<UUID> decisionMaker = json.uuid("decisionMaker", false);
    decisionMaker.filter(account -> !activeBesluitnemer(account))
        .ifPresent(account -> json.refuse("decisionMaker", "accreditation.api.notBesluitnemer", account));
    json.check();
    Set<String> frameworks = json.has("frameworkCodes") ? Set.copyOf(frameworkCodes) : claimedFrameworks(current);
    IntakeCompletion intake = new IntakeCompletion(frameworks, Set.copyOf(profileCodes),
        decisionMaker.map(AccountId::new).orElse(null));
    return body(accreditation.completeIntake(actor, current.id(), revision.orElse(current.revision()), intake));
  }

  /** The frameworks of the claimed competencies: what the intake page fills in by default. */
  private Set<String> claimedFrameworks(ApplicationView application) {
    Set<String> codes = new TreeSet<>();
    for (ClaimedCompetency c : application.claims()) {
      codes.add(modules.claimOptions(c.competency()).frameworkCode());
    }
    return codes;
  }

  private boolean activeBesluitnemer(UUID account) {
    return accounts.list().stream()
        .anyMatch(a -> a.id().value().equals(account) && a.active() && a.hasRole(Role.BESLUITNEMER));
  }

  @POST
  @Path("{id}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Assign the lead and/or the second auditor (beheerder, state TOEGEWEZEN)",
      description = "Also to replace an auditor who recused. Both in one body are assigned together or not at all.")
  @RequestBody(content = @Content(schema = @Schema(implementation = AssignmentRequest.class)))
  @APIResponse(responseCode = "200", description = "The application after the assignment")
  @APIResponse(responseCode = "403", description = "Not a beheerder")
  @APIResponse(responseCode = "404", description = "Unknown application")
  @APIResponse(responseCode = "409", description = "Not in assignment, or changed since the given revision")
  @APIResponse(responseCode = "422", description = "No auditor given, not in the pool, conflict of interest, at capacity, role taken …")
  public ApplicationBody assign(@PathParam("id") String id, String body) {
    Actor actor = actor(Role.BEHEERDER);
    ApplicationView current = accreditation.application(actor, id(id));
    JsonBody json = JsonBody.read(body, false);
    Optional<UUID> lead = json.uuid("lead", false);
    Optional<UUID> second = json.uuid("second", false);
    OptionalLong revision = json.revision();
    if (!json.has("lead") && !json.has("second")) {
      json.refuse("lead", "accreditation.api.assignmentEmpty");
    }
    json.check();
    ApplicationView after = current;
    long expected = revision.orElse(current.revision());
    if (lead.isPresent()) {
      after = assign(actor, current.id(), expected, AssignmentRole.LEAD, lead.get(), "lead");
      expected = after.revision();
    }
    if (second.isPresent()) {
      after = assign(actor, current.id(), expected, AssignmentRole.SECOND, second.get(), "second");
    }
    return body(after);
  }

  private ApplicationView assign(Actor actor, ApplicationId id, long revision, AssignmentRole role, UUID auditor, String field) {
    try {
      return accreditation.assignAuditor(actor, id, revision, role, new AccountId(auditor));
    } catch (UnknownAuditorException e) {
      // an id in the body, not the addressed resource: 422, not 404
      throw new InvalidParametersException(List.of(Invalid.of("$." + field, UnknownAuditorException.KEY, auditor)),
          InvalidParametersException.UNPROCESSABLE);
    }
  }

  @POST
  @Path("{id}/declaration")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The assigned auditor declares no conflict of interest (the file opens), or recuses with a reason")
  @RequestBody(content = @Content(schema = @Schema(implementation = DeclarationRequest.class)))
  @APIResponse(responseCode = "200", description = "The application after the declaration")
  @APIResponse(responseCode = "403", description = "Not an auditor")
  @APIResponse(responseCode = "404", description = "Unknown, or not assigned to the caller")
  @APIResponse(responseCode = "409", description = "Not waiting for declarations")
  @APIResponse(responseCode = "422", description = "A field does not fit")
  public ApplicationBody declare(@PathParam("id") String id, String body) {
    Actor actor = actor(Role.AUDITOR);
    ApplicationView current = accreditation.application(actor, id(id));
    JsonBody json = JsonBody.read(body, false);
    Optional<Boolean> noConflict = json.bool("noConflict", true);
    Optional<String> reason = noConflict.isPresent() && !noConflict.get() ? json.text("reason", true, 2000) : Optional.empty();
    json.check();
    return body(noConflict.orElseThrow()
        ? accreditation.declareNoConflict(actor, current.id())
        : accreditation.recuse(actor, current.id(), reason.orElseThrow()));
  }

  @GET
  @Path("{id}/review")
  @Operation(summary = "The criteria and claims to judge, with the scores, verdicts and advice the caller may see",
      description = "For assigned auditors (after their declaration; only their own scores and verdicts until both"
          + " reviews are in), beheerders and besluitnemers. Providers get 403.")
  @APIResponse(responseCode = "200", description = "The review")
  @APIResponse(responseCode = "403", description = "A provider or municipality")
  @APIResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
  public ReviewBody review(@PathParam("id") String id) {
    Actor actor = actor();
    if (!(actor.hasRole(Role.AUDITOR) || actor.hasRole(Role.BEHEERDER) || actor.hasRole(Role.BESLUITNEMER))) {
      throw new ForbiddenException();
    }
    return review(accreditation.application(actor, id(id)));
  }

  private ReviewBody review(ApplicationView a) {
    var framework = frameworks.version(a.framework());
    List<CriterionBody> criteria = framework.criteria().stream()
        .map(c -> new CriterionBody(c.code(), c.group().name(), c.title(), c.knockOut())).toList();
    List<ReviewClaimBody> claims = new ArrayList<>();
    for (ClaimedCompetency c : a.claims()) {
      var item = modules.claimOptions(c.competency()).competency();
      claims.add(new ReviewClaimBody(c.competency().toString(), item.humanCode(), item.label(), c.from().ordinal(),
          c.to().ordinal(), c.behaviourExamples().stream().map(ItemId::toString).toList()));
    }
    List<ScoreBody> scores = a.scores().stream()
        .map(s -> new ScoreBody(s.auditor().toString(), s.criterionCode(), s.score().name(), s.finding(), s.carriedOver()))
        .toList();
    List<VerdictBody> verdicts = a.verdicts().stream()
        .map(v -> new VerdictBody(v.auditor().toString(), v.competency().toString(), v.type().name(),
            v.acceptedTo() == null ? null : v.acceptedTo().ordinal(), v.reason(), v.consolidated()))
        .toList();
    AdviceBody advice = a.advice() == null ? null : new AdviceBody(a.advice().proposedOutcome().name(),
        a.advice().validityYears(), a.advice().motivation(), a.advice().by().toString());
    List<ObservationBody> observations = a.observations().stream()
        .map(o -> new ObservationBody(o.competency().toString(), o.behaviourExample().toString(),
            o.result() == null ? null : o.result().name(), o.note()))
        .toList();
    return new ReviewBody(a.id().toString(), a.state().name(), a.revision(), criteria, claims, scores, verdicts, advice,
        observations);
  }

  @PUT
  @Path("{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Save the caller's scores and/or claim verdicts (assigned auditor, after the declaration)",
      description = "Replaces the caller's earlier score or verdict on the same criterion or claim; all or nothing.")
  @RequestBody(content = @Content(schema = @Schema(implementation = ReviewRequest.class)))
  @APIResponse(responseCode = "200", description = "The review as the caller now sees it")
  @APIResponse(responseCode = "403", description = "Not an auditor, or not yet declared")
  @APIResponse(responseCode = "404", description = "Unknown, or not assigned to the caller")
  @APIResponse(responseCode = "409", description = "Not in review")
  @APIResponse(responseCode = "422", description = "A field does not fit, a finding or reason missing, unknown criterion or claim, review already submitted")
  public ReviewBody saveReview(@PathParam("id") String id, String body) {
    Actor actor = actor(Role.AUDITOR);
    ApplicationView current = accreditation.application(actor, id(id));
    JsonBody json = JsonBody.read(body, false);
    List<CriterionScore> scores = new ArrayList<>();
    for (JsonBody s : json.objects("scores", false)) {
      Optional<String> criterion = s.text("criterion", true);
      Optional<Score> score = s.choice("score", Score.class, true);
      Optional<String> finding = s.text("finding", false, 4000);
      if (criterion.isPresent() && score.isPresent()) {
        scores.add(new CriterionScore(criterion.get().strip(), score.get(), finding.orElse("")));
      }
    }
    List<ClaimVerdict> verdicts = verdicts(json, "verdicts", false, current);
    if (scores.isEmpty() && verdicts.isEmpty() && json.clean()) {
      json.refuse("scores", "accreditation.api.nothingToSave");
    }
    json.check();
    if (!scores.isEmpty()) {
      accreditation.score(actor, current.id(), scores);
    }
    if (!verdicts.isEmpty()) {
      accreditation.giveVerdicts(actor, current.id(), verdicts);
    }
    return review(accreditation.application(actor, current.id()));
  }

  /** Claim verdicts from a list field; competencies must be the application's claims. */
  private List<ClaimVerdict> verdicts(JsonBody json, String field, boolean required, ApplicationView application) {
    List<ClaimVerdict> verdicts = new ArrayList<>();
    for (JsonBody v : json.objects(field, required)) {
      Optional<UUID> competency = v.uuid("competency", true);
      Optional<VerdictType> type = v.choice("verdict", VerdictType.class, true);
      Optional<Integer> acceptedTo = v.integer("acceptedTo", false);
      Optional<String> reason = v.text("reason", false, 4000);
      Optional<ClaimedCompetency> claim = competency.flatMap(c -> application.claims().stream()
          .filter(x -> x.competency().value().equals(c)).findFirst());
      if (competency.isPresent() && claim.isEmpty()) {
        v.refuse("competency", "accreditation.verdict.unknownClaim");
      }
      if (acceptedTo.isPresent() && acceptedTo.get() < 0) {
        v.refuse("acceptedTo", "accreditation.api.level", acceptedTo.get());
      }
      if (claim.isPresent() && type.isPresent() && (acceptedTo.isEmpty() || acceptedTo.get() >= 0)) {
        ClaimLevel to = type.get() == VerdictType.ACCEPT_LOWER && acceptedTo.isPresent()
            ? level(claim.get().competency(), acceptedTo.get()) : null;
        verdicts.add(new ClaimVerdict(claim.get().competency(), type.get(), to, reason.orElse("")));
      }
    }
    return verdicts;
  }

  /** The level item at an ordinal of the competency's scale, as the review page builds it. */
  private ClaimLevel level(ItemId competency, int ordinal) {
    var levels = modules.claimOptions(competency).levels();
    return new ClaimLevel(ordinal < levels.size() ? levels.get(ordinal).id() : null, ordinal);
  }

  @POST
  @Path("{id}/review/submit")
  @Operation(summary = "Submit the caller's review (every criterion scored, every claim judged); both in → ADVIES")
  @APIResponse(responseCode = "200", description = "The application after submitting")
  @APIResponse(responseCode = "403", description = "Not an auditor, or not yet declared")
  @APIResponse(responseCode = "404", description = "Unknown, or not assigned to the caller")
  @APIResponse(responseCode = "409", description = "Not in review")
  @APIResponse(responseCode = "422", description = "Incomplete, or already submitted")
  public ApplicationBody submitReview(@PathParam("id") String id) {
    Actor actor = actor(Role.AUDITOR);
    ApplicationView current = accreditation.application(actor, id(id));
    return body(accreditation.submitReview(actor, current.id()));
  }

  @POST
  @Path("{id}/advice")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The lead auditor's advice with one consolidated verdict per claim: ADVIES → BESLUIT",
      description = "The consolidated verdicts decide which claims are accepted at which levels. A knock-out criterion"
          + " scored VOLDOET_NIET allows only AFGEWEZEN.")
  @RequestBody(content = @Content(schema = @Schema(implementation = AdviceInput.class)))
  @APIResponse(responseCode = "200", description = "The application after the advice")
  @APIResponse(responseCode = "403", description = "Not the lead auditor")
  @APIResponse(responseCode = "404", description = "Unknown, or not assigned to the caller")
  @APIResponse(responseCode = "409", description = "Not at the advice, or changed since the given revision")
  @APIResponse(responseCode = "422", description = "A field does not fit, a claim without verdict, validity not 1 or 3 …")
  public ApplicationBody advise(@PathParam("id") String id, String body) {
    Actor actor = actor(Role.AUDITOR);
    ApplicationView current = accreditation.application(actor, id(id));
    JsonBody json = JsonBody.read(body, false);
    Optional<DecisionOutcome> outcome = json.choice("proposedOutcome", DecisionOutcome.class, true);
    Optional<Integer> validity = json.integer("validityYears", false);
    Optional<String> motivation = json.text("motivation", true, 8000);
    List<ClaimVerdict> claims = verdicts(json, "claims", true, current);
    OptionalLong revision = json.revision();
    json.check();
    AdviceRequest advice = new AdviceRequest(outcome.orElseThrow(), validity.orElse(0), motivation.orElseThrow(), claims);
    return body(accreditation.advise(actor, current.id(), revision.orElse(current.revision()), advice));
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The decision (a besluitnemer who did not review it): BESLUIT → the outcome",
      description = "GEACCREDITEERD (validityYears 1 or 3), GEACCREDITEERD_ONDER_VOORWAARDEN (with conditions, each"
          + " with a deadline within the validity) or AFGEWEZEN (reasonsPerCriterion: criterion code → reason). Give the"
          + " revision you read: when two besluitnemers decide at once, exactly one decision is recorded and the other"
          + " gets 409.")
  @RequestBody(content = @Content(schema = @Schema(implementation = DecisionInput.class)))
  @APIResponse(responseCode = "200", description = "The application with its decision")
  @APIResponse(responseCode = "403", description = "Not a besluitnemer, reviewed it (four-eyes), or another besluitnemer was designated")
  @APIResponse(responseCode = "404", description = "Unknown application")
  @APIResponse(responseCode = "409", description = "Not awaiting a decision (e.g. still in review), or decided or changed meanwhile")
  @APIResponse(responseCode = "422", description = "A field does not fit, conditions or reasons missing, validity not 1 or 3 …")
  public ApplicationBody decide(@PathParam("id") String id, String body) {
    Actor actor = actor(Role.BESLUITNEMER);
    ApplicationView current = accreditation.application(actor, id(id));
    JsonBody json = JsonBody.read(body, false);
    Optional<DecisionOutcome> outcome = json.choice("outcome", DecisionOutcome.class, true);
    Optional<Integer> validity = json.integer("validityYears", false);
    Optional<String> motivation = json.text("motivation", true, 8000);
    List<ConditionRequest> conditions = new ArrayList<>();
    for (JsonBody c : json.objects("conditions", false)) {
      Optional<String> description = c.text("description", true, 2000);
      Optional<LocalDate> deadline = c.date("deadline", true);
      if (description.isPresent() && deadline.isPresent()) {
        conditions.add(new ConditionRequest(description.get().strip(), deadline.get()));
      }
    }
    Map<String, String> reasons = new LinkedHashMap<>();
    for (String[] entry : json.textMap("reasonsPerCriterion")) {
      reasons.put(entry[0], entry[1]);
    }
    OptionalLong revision = json.revision();
    json.check();
    DecisionOutcome chosen = outcome.orElseThrow();
    DecisionRequest decision = new DecisionRequest(chosen, chosen == DecisionOutcome.AFGEWEZEN ? 0 : validity.orElse(0),
        motivation.orElseThrow(), conditions, reasons);
    return body(accreditation.decide(actor, current.id(), revision.orElse(current.revision()), decision));
  }
}
