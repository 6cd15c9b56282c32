package nl.vakwijzer.web.accreditation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AuditEntry;
import nl.vakwijzer.accreditation.api.UnknownApplicationException;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.web.provider.ProviderActors;
import nl.vakwijzer.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Read access to accreditation applications for other systems, with the same rules as the pages: a
 * beheerder or besluitnemer sees all, an auditor the assigned ones, a provider its own (another
 * organisation's id is a 404, like an unknown one); municipalities get 403. The body carries the
 * state, the return reasons, the decision and the conditions, never scores, verdicts or advice (no
 * internal deliberation). The audit trail is for beheerders and besluitnemers.
 */
@Path("v1/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accreditatie", description = "Accreditation applications: state, decision, conditions and audit trail")
@SecurityRequirement(name = "basicAuth")
public class ApplicationResource {
  @Inject AccreditationService accreditation;
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
    ApplicationView a = accreditation.application(actor(), id(id));
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
}
