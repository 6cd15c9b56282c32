package nl.vakwijzer.accreditation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * An application (aanvraag) for one module version, as the workflow stored it.
 *
 * <p>{@code revision} is the optimistic-lock counter: workflow transitions take the revision the
 * caller read and refuse a stale one with {@link ConcurrentApplicationChangeException}. {@code
 * resubmissionOf} links the returned application this one replaces (the clock restarts at {@code
 * receivedAt}); {@code previousAccredited} links the accredited application of an earlier version
 * of the module (renewal). For a provider, scores, verdicts, advice and observations are empty
 * until a decision was taken (no internal deliberation shown), as for an auditor who has not yet
 * declared no conflict; an assigned auditor sees only their own scores and verdicts until both
 * reviews are in (independent reviews).
 */
public record ApplicationView(
    ApplicationId id,
    ModuleVersionId version,
    ModuleId module,
    OrganisationId provider,
    int versionNumber,
    String moduleTitle,
    AssessmentFrameworkId framework,
    ApplicationState state,
    long revision,
    Instant submittedAt,
    Instant receivedAt,
    ApplicationId resubmissionOf,
    ApplicationId previousAccredited,
    AccountId decisionMaker,
    Set<String> expertiseFrameworks,
    Set<String> expertiseProfiles,
    String returnReasons,
    List<ClaimedCompetency> claims,
    List<Assignment> assignments,
    List<RecordedScore> scores,
    List<RecordedVerdict> verdicts,
    List<Observation> observations,
    Advice advice,
    Decision decision,
    List<AccreditationCondition> conditions,
    Objection objection,
    String endedReason) {}
