package nl.vakwijzer.web.gap.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.gap.GapSearchResult;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.gap.LearningPath;
import nl.vakwijzer.catalogue.api.gap.PathModule;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.RankedModule;
import nl.vakwijzer.catalogue.api.gap.SavedGap;
import nl.vakwijzer.catalogue.api.gap.UncoveredGap;
import nl.vakwijzer.web.gap.GapTexts;
import nl.vakwijzer.web.provider.ProviderActors;
import nl.vakwijzer.web.rest.Caller;
import nl.vakwijzer.web.rest.InvalidParametersException;
import nl.vakwijzer.web.rest.InvalidParametersException.Invalid;
import nl.vakwijzer.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A municipality's saved gaps for its own systems (issue 6): the list, the ranked search of one
 * saved gap with its reasons in Dutch, and the learning path within an optional budget.
 * Authenticated as a GEMEENTE user (HTTP Basic); another municipality's saved gap is a 404, any
 * other role a 403.
 */
@Path("v1/gemeente/gaps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gemeenten", description = "Saved competency gaps, ranked modules and learning paths, for municipality users")
@SecurityRequirement(name = "basicAuth")
public class GapResource {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /** One saved gap. */
  public record SavedGapItem(String id, String name, String targetProfile, String team, String savedAt) {
    static SavedGapItem of(SavedGap gap) {
      return new SavedGapItem(gap.id().toString(), gap.name(), gap.query().profile().value().toString(),
          gap.query().team().value().toString(), gap.savedAt() == null ? null : gap.savedAt().toString());
    }
  }

  /** One ranked module with its reasons in words. */
  public record SearchItem(int rank, String moduleVersion, String title, String provider, double score,
      int personStepsClosed, BigDecimal costPerStep, String nextOffering, List<String> reasons) {}

  /** The ranked search of a saved gap. */
  public record SearchBody(String savedGap, int candidates, int filteredOut, int matching, List<SearchItem> results) {}

  /** One module of a learning path and who follows it. */
  public record PathItem(String moduleVersion, String title, List<String> participants, BigDecimal cost, boolean inCompany) {}

  /** What a learning path leaves open for one person and competency. */
  public record UncoveredItem(String person, String competency, int stepsMissing) {}

  /** The learning path of a saved gap. */
  public record PathBody(String savedGap, BigDecimal budget, BigDecimal totalCost, String solver, int stepsNeeded,
      int stepsClosed, List<PathItem> modules, List<UncoveredItem> uncovered) {}

  @Inject GapService gaps;
  @Inject ProviderActors actors;
  @Inject Caller caller;
  @Inject GapTexts texts;

  private Actor actor() {
    String username = caller.requireRole(Roles.GEMEENTE);
    Actor actor = actors.forUsername(username).orElseThrow(ForbiddenException::new);
    if (!actor.hasRole(Role.GEMEENTE) || actor.organisation() == null) {
      throw new ForbiddenException();
    }
    return actor;
  }

  private SavedGap saved(Actor actor, String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
    return gaps.savedGaps(actor).stream().filter(g -> g.id().value().equals(uuid)).findFirst()
        .orElseThrow(NotFoundException::new);
  }

  @GET
  @Operation(summary = "The caller's municipality's saved gaps")
  @APIResponse(responseCode = "200", description = "The saved gaps")
  @APIResponse(responseCode = "403", description = "Not a municipality user")
  public List<SavedGapItem> list() {
    return gaps.savedGaps(actor()).stream().map(SavedGapItem::of).toList();
  }

  @GET
  @Path("{id}/search")
  @Operation(summary = "The ranked accredited modules for a saved gap, each with its reasons in Dutch")
  @APIResponse(responseCode = "200", description = "The best 100 results, best first; matching counts all")
  @APIResponse(responseCode = "403", description = "Not a municipality user")
  @APIResponse(responseCode = "404", description = "No such saved gap for the caller")
  public SearchBody search(@Parameter(description = "Saved gap id") @PathParam("id") String id) {
    Actor actor = actor();
    SavedGap gap = saved(actor, id);
    GapSearchResult result = gaps.search(actor, gap.query());
    GapTexts dutch = texts.in(DUTCH);
    List<SearchItem> items = new java.util.ArrayList<>();
    int rank = 1;
    for (RankedModule m : result.results()) {
      items.add(new SearchItem(rank++, m.id().toString(), m.title(), m.providerName(), m.score(), m.personStepsClosed(),
          m.costPerStep(), m.nextOffering() == null ? null : m.nextOffering().toString(), dutch.reasons(m.reasons())));
    }
    return new SearchBody(gap.id().toString(), result.candidates(), result.filteredOut(), result.matching(), items);
  }

  @GET
  @Path("{id}/learning-path")
  @Operation(summary = "The cheapest combination of modules that closes the saved gap: who follows what, total cost, what remains")
  @APIResponse(responseCode = "200", description = "The learning path")
  @APIResponse(responseCode = "400", description = "A budget that is not an amount of 0 or more")
  @APIResponse(responseCode = "403", description = "Not a municipality user")
  @APIResponse(responseCode = "404", description = "No such saved gap for the caller")
  public PathBody learningPath(@Parameter(description = "Saved gap id") @PathParam("id") String id,
      @Parameter(description = "Optional budget in euros") @QueryParam("budget") String budget) {
    Actor actor = actor();
    BigDecimal limit = null;
    if (budget != null && !budget.isBlank()) {
      try {
        limit = new BigDecimal(budget.strip());
      } catch (NumberFormatException e) {
        limit = BigDecimal.valueOf(-1);
      }
      if (limit.signum() < 0) {
        throw new InvalidParametersException(List.of(Invalid.of("budget", "gemeente.api.budgetInvalid")));
      }
    }
    SavedGap gap = saved(actor, id);
    LearningPath path = gaps.learningPath(actor, gap.query(), limit);
    GapTexts dutch = texts.in(DUTCH);
    List<PathItem> modules = path.modules().stream().map((PathModule m) -> new PathItem(m.id().toString(), m.title(),
        m.participants().stream().map(PersonLabel::value).toList(), m.cost(), m.inCompany())).toList();
    List<UncoveredItem> uncovered = path.uncovered().stream().map((UncoveredGap u) ->
        new UncoveredItem(u.person().value(), dutch.code(u.competency()), u.stepsMissing())).toList();
    return new PathBody(gap.id().toString(), limit, path.totalCost(), path.solver(), path.stepsNeeded(), path.stepsClosed(),
        modules, uncovered);
  }
}
