package nl.vakwijzer.web.catalogue.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.vakwijzer.catalogue.api.FrameworkDetail;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.ImportResult;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.UnknownFrameworkException;
import nl.vakwijzer.web.rest.Caller;
import nl.vakwijzer.web.rest.InvalidParametersException;
import nl.vakwijzer.web.rest.InvalidParametersException.Invalid;
import nl.vakwijzer.web.rest.ProblemMappers;
import nl.vakwijzer.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The competency frameworks: list, one version, its items (paged, filtered), its CASE 1.1 export,
 * and the import of a CASE package by a beheerder.
 *
 * <p>Concept versions are visible to a beheerder only ({@link FrameworkAccess}); an unknown or
 * malformed id is a 404 problem.
 */
@Path("v1/frameworks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Competentiekaders",
    description = "Competency frameworks (Standaard, Divosa, PiCompany, Beroepsprofiel, MBO, …) and CASE 1.1 exchange")
public class FrameworkResource {
  /** Page size when none is asked for. */
  static final int DEFAULT_PAGE_SIZE = 50;

  /** Largest page size a caller may ask for. */
  static final int MAX_PAGE_SIZE = 200;

  @Inject FrameworkService frameworks;
  @Inject FrameworkAccess access;
  @Inject Caller caller;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @GET
  @Operation(
      summary = "All framework versions the caller may read, with item counts per type",
      description = "Published versions for everyone; concept versions only for a beheerder.")
  public List<FrameworkSummaryResponse> list() {
    return frameworks.list().stream()
        .filter(f -> access.mayRead(f.status()))
        .map(FrameworkSummaryResponse::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One framework version: description, source citation, item counts and top-level items")
  @APIResponse(responseCode = "200", description = "The framework version")
  @APIResponse(responseCode = "404", description = "No framework version with this id (or not visible to the caller)")
  public FrameworkDetailResponse detail(
      @Parameter(description = "Framework version id (UUID, the CFDocument identifier)") @PathParam("id") String id) {
    return FrameworkDetailResponse.of(readable(id));
  }

  @GET
  @Path("{id}/items")
  @Operation(
      summary = "Items of a framework version in document order, paged, optionally filtered by type and text",
      description = "The text query is Dutch, accent- and case-insensitive; every word must occur in the item's code,"
          + " short name or statement, or the statement must match after Dutch stemming.")
  @APIResponse(responseCode = "200", description = "One page of items")
  @APIResponse(responseCode = "400", description = "page < 0, size outside 1..200 or an unknown type (problem+json)")
  @APIResponse(responseCode = "404", description = "No framework version with this id")
  public ItemPageResponse items(
      @Parameter(description = "Framework version id (UUID)") @PathParam("id") String id,
      @Parameter(description = "Item type code(s), e.g. COMPETENCY; repeat or separate by commas for several")
          @QueryParam("type")
          List<String> type,
      @Parameter(description = "Text to search for (Dutch)") @QueryParam("q") String q,
      @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Page size, 1 to " + MAX_PAGE_SIZE,
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", minimum = "1", maximum = "200"))
          @QueryParam("size")
          String size) {
    List<Invalid> invalid = new ArrayList<>();
    Set<ItemType> types = types(type, invalid);
    Integer pageNumber = integer(page, 0, 0, Integer.MAX_VALUE);
    if (pageNumber == null) {
      invalid.add(Invalid.of("page", "api.frameworks.page.invalid", page));
    }
    Integer pageSize = integer(size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    if (pageSize == null) {
      invalid.add(Invalid.of("size", "api.frameworks.size.invalid", MAX_PAGE_SIZE, size));
    }
    if (!invalid.isEmpty()) {
      throw new InvalidParametersException(invalid);
    }
    FrameworkDetail framework = readable(id);
    return ItemPageResponse.of(frameworks.items(framework.id(), types, q, pageNumber, pageSize));
  }

  @GET
  @Path("{id}/case")
  @Operation(
      summary = "The framework version as a 1EdTech CASE 1.1 CFPackage (download)",
      description = "CFDocument, CFItems and CFAssociations in document order and CFDefinitions.CFItemTypes;"
          + " validates against the CASE 1.1 CFPackage JSON schema and can be imported again.")
  @APIResponse(
      responseCode = "200",
      description = "The CASE package",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "404", description = "No framework version with this id")
  public Response casePackage(@Parameter(description = "Framework version id (UUID)") @PathParam("id") String id) {
    FrameworkDetail framework = readable(id);
    JsonObject casePackage = frameworks.exportPackage(framework.id());
    String file = (framework.summary().code() + "-" + framework.summary().version()).replaceAll("[^A-Za-z0-9._-]", "_");
    return Response.ok(casePackage, MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + file + ".case.json\"")
        .build();
  }

  @POST
  @Path("import")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Import a CASE 1.1 CFPackage as a concept version (beheerder only)",
      description = "All or nothing: the package is validated completely first and every problem is reported in the"
          + " problem's 'errors' with its JSON path ('field') and a message. At most 20 MB. Posting a package"
          + " that is already stored with the same content changes nothing (200, outcome UNCHANGED).")
  @RequestBody(
      description = "A CASE 1.1 CFPackage",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "201", description = "Stored as a new concept version (outcome CREATED)")
  @APIResponse(responseCode = "200", description = "Already stored with the same content (outcome UNCHANGED)")
  @APIResponse(responseCode = "400", description = "Refused; nothing stored (problem+json with errors per JSON path)")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a beheerder")
  @APIResponse(responseCode = "413", description = "Larger than 20 MB")
  public Response importPackage(InputStream casePackage) {
    caller.requireRole(Roles.BEHEERDER);
    ImportResult result = frameworks.importPackage(casePackage);
    ImportResultResponse body = ImportResultResponse.of(result, ProblemMappers.locale(headers));
    if (result.outcome() == ImportResult.Outcome.UNCHANGED) {
      return Response.ok(body).build();
    }
    return Response.created(uriInfo.getBaseUriBuilder().path(FrameworkResource.class).path(result.frameworkId().toString()).build())
        .entity(body)
        .build();
  }

  /** The framework version when it exists and the caller may read it; a 404 otherwise. */
  private FrameworkDetail readable(String id) {
    return FrameworkAccess.uuid(id)
        .map(FrameworkId::new)
        .flatMap(frameworks::find)
        .filter(f -> access.mayRead(f.summary().status()))
        .orElseThrow(() -> new UnknownFrameworkException(id));
  }

  private static Set<ItemType> types(List<String> parameters, List<Invalid> invalid) {
    Set<ItemType> types = EnumSet.noneOf(ItemType.class);
    if (parameters == null) {
      return types;
    }
    for (String parameter : parameters) {
      for (String code : parameter.split(",")) {
        if (code.isBlank()) {
          continue;
        }
        ItemType.fromCode(code)
            .ifPresentOrElse(types::add, () -> invalid.add(Invalid.of("type", "api.frameworks.type.unknown", code.strip())));
      }
    }
    return types;
  }

  /** The parameter as a whole number in [min, max], the default when absent, null when invalid. */
  private static Integer integer(String text, int absent, int min, int max) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(text.strip());
      return value < min || value > max ? null : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
