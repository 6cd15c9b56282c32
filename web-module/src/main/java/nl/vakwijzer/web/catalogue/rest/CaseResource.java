package nl.vakwijzer.web.catalogue.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.vakwijzer.catalogue.api.CaseJson;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.web.rest.ProblemMappers;
import nl.vakwijzer.web.shared.Bundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The read endpoints of the 1EdTech CASE 1.1 REST binding under {@code /ims/case/v1p1}
 * ({@link nl.vakwijzer.web.CaseApplication}): the list of CFDocuments, a whole CFPackage, and one
 * CFItem or CFAssociation, in the binding's JSON shapes.
 *
 * <p>Published framework versions are public; a concept version, its items and the associations it
 * declares are visible to a beheerder only (HTTP Basic), as on {@code /api}. Errors are
 * {@code imsx_StatusInfo} objects ({@link CaseStatusInfo}): 404 {@code unknownobject} for an
 * unknown (or invisible) identifier, 400 {@code invalid_uuid} for one that is not a UUID. The
 * list takes none of the binding's optional query parameters (limit, offset, sort, filter, fields):
 * it always returns every readable document (an empty array when there is none, which the
 * CFDocumentSet schema's {@code minItems: 1} does not foresee; Vakwijzer always has its reference
 * frameworks).
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CASE 1.1", description = "1EdTech Competencies and Academic Standards Exchange, read endpoints")
public class CaseResource {
  @Inject FrameworkService frameworks;
  @Inject FrameworkAccess access;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @GET
  @Path("CFDocuments")
  @Operation(
      summary = "All readable framework versions as CFDocuments ({\"CFDocuments\": [...]})",
      description = "Each CFDocument links its package in CFPackageURI.")
  @APIResponse(
      responseCode = "200",
      description = "CFDocumentSet",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
  public JsonObject documents() {
    JsonArrayBuilder documents = Json.createArrayBuilder();
    for (CaseJson document : frameworks.caseDocuments()) {
      if (access.mayRead(document.status())) {
        documents.add(
            Json.createObjectBuilder()
                .add("CFPackageURI", Json.createObjectBuilder()
                    .add("title", document.json().getString("title"))
                    .add("identifier", document.framework().toString())
                    .add("uri", packageUri(document.framework())))
                .addAll(Json.createObjectBuilder(document.json())));
      }
    }
    return Json.createObjectBuilder().add("CFDocuments", documents).build();
  }

  @GET
  @Path("CFPackages/{sourcedId}")
  @Operation(summary = "A framework version as a CFPackage: CFDocument, CFItems, CFAssociations, CFDefinitions")
  @APIResponse(
      responseCode = "200",
      description = "CFPackage",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "400", description = "imsx_StatusInfo, invalid_uuid")
  @APIResponse(responseCode = "404", description = "imsx_StatusInfo, unknownobject")
  public Response casePackage(
      @Parameter(description = "CFDocument identifier (UUID)") @PathParam("sourcedId") String sourcedId) {
    return lookup(
        sourcedId,
        id -> frameworks.find(new FrameworkId(id))
            .filter(f -> access.mayRead(f.summary().status()))
            .map(f -> frameworks.exportPackage(f.id())));
  }

  @GET
  @Path("CFItems/{sourcedId}")
  @Operation(summary = "One CFItem, with the CFDocumentURI of its framework version")
  @APIResponse(
      responseCode = "200",
      description = "CFItem",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "400", description = "imsx_StatusInfo, invalid_uuid")
  @APIResponse(responseCode = "404", description = "imsx_StatusInfo, unknownobject")
  public Response item(@Parameter(description = "CFItem identifier (UUID)") @PathParam("sourcedId") String sourcedId) {
    return lookup(sourcedId, id -> readable(frameworks.caseItem(new ItemId(id))));
  }

  @GET
  @Path("CFAssociations/{sourcedId}")
  @Operation(summary = "One CFAssociation, with the CFDocumentURI of the framework version that declares it")
  @APIResponse(
      responseCode = "200",
      description = "CFAssociation",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "400", description = "imsx_StatusInfo, invalid_uuid")
  @APIResponse(responseCode = "404", description = "imsx_StatusInfo, unknownobject")
  public Response association(
      @Parameter(description = "CFAssociation identifier (UUID)") @PathParam("sourcedId") String sourcedId) {
    return lookup(sourcedId, id -> readable(frameworks.caseAssociation(id)));
  }

  private Optional<JsonObject> readable(Optional<CaseJson> found) {
    return found.filter(c -> access.mayRead(c.status())).map(CaseJson::json);
  }

  private Response lookup(String sourcedId, Function<UUID, Optional<JsonObject>> find) {
    Optional<UUID> id = FrameworkAccess.uuid(sourcedId);
    if (id.isEmpty()) {
      return CaseStatusInfo.failure(
          400, "sourcedId", CaseStatusInfo.INVALID_UUID, text("api.case.invalidUuid", sourcedId));
    }
    return find.apply(id.get())
        .map(json -> Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build())
        .orElseGet(
            () -> CaseStatusInfo.failure(
                404, "sourcedId", CaseStatusInfo.UNKNOWN_OBJECT, text("api.case.unknownObject", sourcedId)));
  }

  private String packageUri(FrameworkId id) {
    return uriInfo.getBaseUriBuilder().path("CFPackages").path(id.toString()).build().toString();
  }

  private String text(String key, Object... arguments) {
    return Bundle.text(ProblemMappers.locale(headers), key, arguments);
  }
}
