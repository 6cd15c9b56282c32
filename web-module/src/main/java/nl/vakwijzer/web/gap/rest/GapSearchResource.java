package nl.vakwijzer.web.gap.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import nl.vakwijzer.catalogue.api.gap.CompetencyGap;
import nl.vakwijzer.catalogue.api.gap.GapSearchResult;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.gap.RankedModule;
import nl.vakwijzer.web.gap.GapTexts;
import nl.vakwijzer.web.provider.ProviderActors;
import nl.vakwijzer.web.rest.Caller;
import nl.vakwijzer.web.rest.InvalidParametersException;
import nl.vakwijzer.web.rest.ProblemMappers;
import nl.vakwijzer.web.security.Roles;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The gap search for a municipality's own systems without storing anything (issue 6, item 11):
 * a target profile and a team state in, the ranked accredited modules with their Dutch
 * explanations out. For GEMEENTE users (HTTP Basic); other roles 403, no caller 401.
 */
@Path("v1/gap-search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gemeenten", description = "Gap search and learning paths for municipality users")
@SecurityRequirement(name = "basic")
public class GapSearchResource {
  static final String BODY_DOC = "{\"targetProfile\": [{\"competency\": uuid, \"requiredLevel\": 0..2, \"weight\": >0,"
      + " \"behaviourExamples\": [uuid]}], \"team\": [{\"label\": \"KM-01\", \"levels\": {uuid: -1..2}}],"
      + " \"filters\": {\"municipalities\": [..], \"online\": bool, \"deliveryModes\": [..],"
      + " \"maxPricePerParticipant\": n, \"from\": \"yyyy-mm-dd\", \"to\": \"yyyy-mm-dd\", \"maxStudyHours\": n,"
      + " \"maxSpanWeeks\": n, \"languages\": [..], \"inCompanyOnly\": bool}}. Levels are ordinals on the"
      + " competency's scale (0 Basis, 1 Vakbekwaam, 2 Vakvolwassen), -1 = below Basis; a person without a level"
      + " for a competency is not assessed.";

  @Inject GapService gaps;
  @Inject ProviderActors actors;
  @Inject Caller caller;
  @Inject GapTexts texts;
  @Context HttpHeaders headers;

  /** One competency of the gap, in priority order. */
  public record GapLine(String competency, String code, String name, int requiredLevel, String requiredLevelName,
      double weight, int peopleBelow, int assessed, int personSteps, double priority) {}

  /** One ranked module with its reasons in words; {@code href} is its public page. */
  public record Hit(int rank, String moduleVersion, String title, String provider, String providerName, double score,
      int personStepsClosed, BigDecimal costPerStep, String nextOffering, boolean inRegionOrOnline,
      List<String> reasons, String href) {}

  /**
   * The answer: the gap, the best 100 ranked modules ({@code matching} counts every module that bridges
   * part of the gap) and the learnability advice.
   */
  public record SearchBody(List<GapLine> gap, int candidates, int filteredOut, int matching, List<Hit> results,
      List<String> advice) {}

  /** The GEMEENTE caller as an actor: 401 without a caller, 403 for other roles. */
  static Actor municipality(Caller caller, ProviderActors actors) {
    String username = caller.requireRole(Roles.GEMEENTE);
    Actor actor = actors.forUsername(username).orElseThrow(ForbiddenException::new);
    if (!actor.hasRole(Role.GEMEENTE) || actor.organisation() == null) {
      throw new ForbiddenException();
    }
    return actor;
  }

  /**
   * Runs {@code work}; an unreadable body is a 400 problem whose detail names the first problem; an item id that does not exist is a 422 problem naming it (the body is
   * readable but refers to nothing), as a problem+json in the caller's language.
   */
  static Response run(HttpHeaders headers, Supplier<Object> work) {
    try {
      return Response.ok(work.get()).build();
    } catch (InvalidParametersException e) {
      // an unreadable body: the first problem is the detail, every problem is listed with its JSON path
      Locale locale = ProblemMappers.locale(headers);
      List<Problem.FieldError> errors = e.invalid().stream()
          .map(i -> new Problem.FieldError(i.parameter(), Bundle.text(locale, i.messageKey(), i.arguments().toArray())))
          .toList();
      return new Problem("about:blank", "Bad Request", 400, errors.get(0).message(), errors).toResponse();
    } catch (UnknownItemException e) {
      Locale locale = ProblemMappers.locale(headers);
      return new Problem("about:blank", "Unprocessable Content", 422,
          Bundle.text(locale, "gap.api.unknownItem", e.arguments().isEmpty() ? "" : e.arguments().get(0)), List.of())
          .toResponse();
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rank accredited modules for a target profile and team state (nothing is stored)",
      description = "Only accredited module versions with their accepted claims at accepted levels; each result"
          + " explains itself in Dutch (or English with Accept-Language: en).")
  @RequestBody(description = BODY_DOC)
  @APIResponse(responseCode = "200", description = "The gap and the best 100 ranked modules with reasons;"
      + " matching counts all")
  @APIResponse(responseCode = "400", description = "Unreadable JSON, a wrong type, an invalid label, an empty team,"
      + " a level off the scale (problem+json with a Dutch detail)")
  @APIResponse(responseCode = "401", description = "No or wrong credentials")
  @APIResponse(responseCode = "403", description = "Not a municipality user")
  @APIResponse(responseCode = "422", description = "A competency or behaviour example id that does not exist")
  public Response search(String body) {
    Actor actor = municipality(caller, actors);
    Locale locale = ProblemMappers.locale(headers);
    GapTexts words = texts.in(locale);
    return run(headers, () -> {
      GapRequestReader.Body request = GapRequestReader.read(body, false);
      GapSearchResult result = gaps.searchAdHoc(actor, request.profile(), request.team(), request.filter());
      List<GapLine> gap = new ArrayList<>();
      for (CompetencyGap g : result.gap().byPriority()) {
        gap.add(new GapLine(g.competency().toString(), words.code(g.competency()), words.name(g.competency()),
            g.requiredLevel(), words.level(g.competency(), g.requiredLevel()), g.weight(), g.below().size(),
            g.assessed(), g.personSteps(), g.priority()));
      }
      List<Hit> hits = new ArrayList<>();
      int rank = 1;
      for (RankedModule m : result.results()) {
        hits.add(new Hit(rank++, m.id().toString(), m.title(), m.provider().value().toString(), m.providerName(),
            m.score(), m.personStepsClosed(), m.costPerStep(),
            m.nextOffering() == null ? null : m.nextOffering().toString(), m.inRegionOrOnline(),
            words.reasons(m.reasons()), "/modules/module.xhtml?versie=" + m.id()));
      }
      return new SearchBody(gap, result.candidates(), result.filteredOut(), result.matching(), hits,
          result.advice().stream().map(words::advice).toList());
    });
  }
}
