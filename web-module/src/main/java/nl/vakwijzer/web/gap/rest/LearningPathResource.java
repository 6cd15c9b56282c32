package nl.vakwijzer.web.gap.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.gap.LearningPath;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.SolverComparison;
import nl.vakwijzer.catalogue.api.gap.UncoveredGap;
import nl.vakwijzer.web.gap.GapTexts;
import nl.vakwijzer.web.provider.ProviderActors;
import nl.vakwijzer.web.rest.Caller;
import nl.vakwijzer.web.rest.ProblemMappers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cheapest combination of accredited modules closing a team's gap (leerroute), for a target
 * profile and team state given in the body, within an optional budget ({@code "budget"}, euros) and
 * period ({@code filters.from}/{@code filters.to}); nothing is stored. The greedy heuristic always
 * runs, the exact solver too for at most 25 candidates; {@code comparison} then says how far the
 * heuristic is from the optimum. For GEMEENTE users (HTTP Basic).
 */
@Path("v1/learning-path")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gemeenten", description = "Gap search and learning paths for municipality users")
@SecurityRequirement(name = "basic")
public class LearningPathResource {
  @Inject nl.vakwijzer.catalogue.api.gap.GapService gaps;
  @Inject ProviderActors actors;
  @Inject Caller caller;
  @Inject GapTexts texts;
  @Context HttpHeaders headers;

  /** A module of the path and who follows it. */
  public record PathModuleBody(String moduleVersion, String title, List<String> participants, BigDecimal cost,
      boolean inCompany, String href) {}

  /** What one person follows. */
  public record PersonBody(String person, List<String> modules) {}

  /** What stays open for one person and competency. */
  public record UncoveredBody(String person, String competency, String code, String name, int currentLevel,
      int reachedLevel, int requiredLevel, int stepsMissing) {}

  /** Greedy against exact, when both ran. */
  public record ComparisonBody(BigDecimal greedyCost, BigDecimal exactCost, double greedyCoverage,
      double exactCoverage, double coverageGap, double costGapPercent, boolean provenOptimal, long nodes,
      double exactMillis, String explanation) {}

  /** The learning path. */
  public record PathBody(BigDecimal budget, BigDecimal totalCost, String solver, int stepsNeeded, int stepsClosed,
      double weightedNeeded, double weightedClosed, List<PathModuleBody> modules, List<PersonBody> people,
      List<UncoveredBody> uncovered, List<String> notCostable, ComparisonBody comparison, String summary) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The cheapest learning path closing the gap of a target profile and team state (nothing is stored)")
  @RequestBody(description = "As POST /api/v1/gap-search, plus an optional \"budget\" in euros (> 0); the period is"
      + " filters.from / filters.to. " + GapSearchResource.BODY_DOC)
  @APIResponse(responseCode = "200", description = "Who follows what, total cost, what remains uncovered, greedy vs exact")
  @APIResponse(responseCode = "400", description = "Unreadable input, an empty team, a level off the scale, a budget of"
      + " zero or less (problem+json with a Dutch detail)")
  @APIResponse(responseCode = "401", description = "No or wrong credentials")
  @APIResponse(responseCode = "403", description = "Not a municipality user")
  @APIResponse(responseCode = "422", description = "A competency or behaviour example id that does not exist")
  public Response plan(String body) {
    Actor actor = GapSearchResource.municipality(caller, actors);
    Locale locale = ProblemMappers.locale(headers);
    GapTexts words = texts.in(locale);
    return GapSearchResource.run(headers, () -> {
      GapRequestReader.Body request = GapRequestReader.read(body, true);
      LearningPath path = gaps.learningPathAdHoc(actor, request.profile(), request.team(), request.filter(),
          request.budget());
      List<PathModuleBody> modules = path.modules().stream().map(m -> new PathModuleBody(m.id().toString(), m.title(),
          m.participants().stream().map(PersonLabel::value).toList(), m.cost(), m.inCompany(),
          "/modules/module.xhtml?versie=" + m.id())).toList();
      List<PersonBody> people = path.people().stream().map(p -> new PersonBody(p.person().value(),
          p.modules().stream().map(ModuleVersionId::toString).toList())).toList();
      List<UncoveredBody> uncovered = path.uncovered().stream().map((UncoveredGap u) -> new UncoveredBody(
          u.person().value(), u.competency().toString(), words.code(u.competency()), words.name(u.competency()),
          u.currentLevel(), u.reachedLevel(), u.requiredLevel(), u.stepsMissing())).toList();
      SolverComparison c = path.comparison();
      ComparisonBody comparison = c == null ? null : new ComparisonBody(c.greedyCost(), c.exactCost(),
          c.greedyCoverage(), c.exactCoverage(), c.coverageGap(), c.costGapPercent(), c.provenOptimal(), c.nodes(),
          c.exactNanos() / 1_000_000.0, words.text("gap.api.path.comparison",
              words.money(c.greedyCost()), words.money(c.exactCost()),
              String.format(locale, "%.1f", c.costGapPercent()), String.format(locale, "%.1f", c.coverageGap())));
      String summary = words.text("gap.api.path.summary", words.money(path.totalCost()), path.modules().size(),
          path.stepsClosed(), path.stepsNeeded());
      return new PathBody(request.budget(), path.totalCost(), path.solver(), path.stepsNeeded(), path.stepsClosed(),
          path.weightedNeeded(), path.weightedClosed(), modules, people, uncovered,
          path.notCostable().stream().map(ModuleVersionId::toString).toList(), comparison, summary);
    });
  }
}
