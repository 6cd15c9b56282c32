package nl.vakwijzer.web.provider.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.UnknownModuleException;
import nl.vakwijzer.web.provider.ProviderActors;
import nl.vakwijzer.web.provider.rest.ModuleResponses.CheckBody;
import nl.vakwijzer.web.provider.rest.ModuleResponses.ModuleItem;
import nl.vakwijzer.web.provider.rest.ModuleResponses.VersionBody;
import nl.vakwijzer.web.rest.Caller;
import nl.vakwijzer.web.rest.InvalidParametersException;
import nl.vakwijzer.web.rest.InvalidParametersException.Invalid;
import nl.vakwijzer.web.rest.ProblemMappers;
import nl.vakwijzer.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The provider portal for providers' own systems: create and update concept module versions with
 * their claims, run the aanvraagcheck, submit. Authenticated as a provider user (HTTP Basic); a
 * provider sees and changes only its own organisation's modules: any other id is a 404.
 *
 * <p>Bodies: {@code POST} takes the dossier ({@link ModuleDossier} as JSON, framework item ids as
 * UUID strings); {@code PUT} takes {@code {"revision": n, "dossier": {…}, "explanations": {…}}};
 * submit takes {@code {"revision": n}}. A stale revision is a 409 problem, a refused submission a
 * 422 problem with one entry per finding.
 */
@Path("v1/provider/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aanbiedersportaal", description = "Training modules, claims, aanvraagcheck and submission, for provider users")
@SecurityRequirement(name = "basicAuth")
public class ProviderModuleResource {
  @Inject ModuleService modules;
  @Inject ProviderActors actors;
  @Inject Caller caller;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  private Actor actor() {
    String username = caller.requireRole(Roles.AANBIEDER);
    Actor actor = actors.forUsername(username).orElseThrow(ForbiddenException::new);
    if (!actor.hasRole(Role.AANBIEDER) || actor.organisation() == null) {
      throw new ForbiddenException();
    }
    return actor;
  }

  @GET
  @Operation(summary = "The caller's organisation's modules, newest change first")
  public List<ModuleItem> list() {
    return modules.modules(actor()).stream().map(ModuleItem::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a new module with a concept version 1 holding this dossier")
  @RequestBody(description = "The module dossier (ModuleDossier as JSON)")
  @APIResponse(responseCode = "201", description = "Created; Location names the version")
  @APIResponse(responseCode = "400", description = "Unreadable dossier")
  public Response create(String body) {
    Actor actor = actor();
    ModuleVersion created = modules.create(actor, DossierJson.read(body, "dossier"));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(VersionBody.of(created))
        .build();
  }

  @GET
  @Path("{version}")
  @Operation(summary = "One module version with its dossier, revision, explanations and attachments")
  @APIResponse(responseCode = "404", description = "No such version for the caller")
  public VersionBody version(@PathParam("version") String version) {
    return VersionBody.of(modules.version(actor(), id(version)));
  }

  @PUT
  @Path("{version}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save a concept version's dossier and warning explanations")
  @APIResponse(responseCode = "409", description = "Changed by someone else since the given revision, or not a concept")
  public VersionBody update(@PathParam("version") String version, String body) {
    Actor actor = actor();
    ModuleVersionId id = id(version);
    JsonObject envelope = envelope(body);
    long revision = revision(envelope);
    JsonValue dossier = envelope.get("dossier");
    if (dossier == null || dossier.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidParametersException(List.of(Invalid.of("dossier", "provider.api.dossierMissing")));
    }
    return VersionBody.of(
        modules.saveConcept(actor, id, revision, DossierJson.read(dossier.toString(), "dossier"), explanations(envelope)));
  }

  @POST
  @Path("check")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Run the aanvraagcheck on an unsaved dossier")
  public CheckBody checkUnsaved(String body) {
    actor();
    return CheckBody.of(modules.check(DossierJson.read(body, "dossier")), Map.of(), locale());
  }

  @POST
  @Path("{version}/check")
  @Operation(summary = "Run the aanvraagcheck on a stored version: errors, warnings, unexplained warnings")
  public CheckBody check(@PathParam("version") String version) {
    Actor actor = actor();
    ModuleVersion stored = modules.version(actor, id(version));
    return CheckBody.of(modules.check(actor, stored.id()), stored.explanations(), locale());
  }

  @POST
  @Path("{version}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit a concept for accreditation; it becomes read-only (INGEDIEND)")
  @APIResponse(responseCode = "422", description = "Refused: errors or unexplained warnings, one entry per finding")
  public VersionBody submit(@PathParam("version") String version, String body) {
    Actor actor = actor();
    ModuleVersionId id = id(version);
    return VersionBody.of(modules.submit(actor, id, revision(envelope(body))));
  }

  @POST
  @Path("{version}/new-version")
  @Operation(summary = "Start a new concept version of this version's module (or return the open concept)",
      description = "For editing an accredited, rejected or expired module: the concept starts from the module's "
          + "newest non-concept version.")
  @APIResponse(responseCode = "201", description = "The concept; Location names it")
  @APIResponse(responseCode = "404", description = "No such version for the caller")
  public Response newVersion(@PathParam("version") String version) {
    Actor actor = actor();
    ModuleVersion concept = modules.newVersion(actor, modules.version(actor, id(version)).module());
    return Response.created(uriInfo.getBaseUriBuilder().path(ProviderModuleResource.class).path(concept.id().toString()).build())
        .entity(VersionBody.of(concept))
        .build();
  }

  @POST
  @Path("{version}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Publish a concept with practical changes only, without review",
      description = "Allowed when the material-change rule marks every change against the accredited version as "
          + "publish-directly; the concept becomes GEACCREDITEERD with the same accepted claims and end date.")
  @APIResponse(responseCode = "409", description = "Changed by someone else since the given revision, or not a concept")
  @APIResponse(responseCode = "422", description = "A change needs accreditation: submit it instead")
  public VersionBody publish(@PathParam("version") String version, String body) {
    Actor actor = actor();
    ModuleVersionId id = id(version);
    return VersionBody.of(modules.publishDirectly(actor, id, revision(envelope(body))));
  }

  private static ModuleVersionId id(String text) {
    return ModuleVersionId.parse(text).orElseThrow(() -> new UnknownModuleException(text));
  }

  private static JsonObject envelope(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidParametersException(List.of(Invalid.of("body", "provider.api.bodyMissing")));
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidParametersException(List.of(Invalid.of("body", "provider.api.bodyUnreadable")));
    }
  }

  private static long revision(JsonObject envelope) {
    JsonValue value = envelope.get("revision");
    if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0) {
      return number.longValue();
    }
    throw new InvalidParametersException(List.of(Invalid.of("revision", "provider.api.revisionMissing")));
  }

  private static Map<String, String> explanations(JsonObject envelope) {
    JsonValue value = envelope.get("explanations");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Map.of();
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidParametersException(List.of(Invalid.of("explanations", "provider.api.explanationsInvalid")));
    }
    Map<String, String> explanations = new LinkedHashMap<>();
    for (var entry : value.asJsonObject().entrySet()) {
      if (!(entry.getValue() instanceof JsonString text)) {
        throw new InvalidParametersException(List.of(Invalid.of("explanations/" + entry.getKey(), "provider.api.explanationsInvalid")));
      }
      if (text.getString().length() > 2000) {
        throw new InvalidParametersException(List.of(Invalid.of("explanations/" + entry.getKey(), "provider.api.explanationTooLong", 2000)));
      }
      explanations.put(entry.getKey(), text.getString());
    }
    return explanations;
  }

  private Locale locale() {
    return ProblemMappers.locale(headers);
  }
}
