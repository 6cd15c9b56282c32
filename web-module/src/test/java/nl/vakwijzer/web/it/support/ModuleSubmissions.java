package nl.vakwijzer.web.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A provider's REST calls that put a module into the accreditation workflow: a complete dossier with
 * two claims on Standaard competencies (SV.C4 from Basis to Vakvolwassen, SV.C2 from Basis to
 * Vakbekwaam), warnings explained, submitted. Optionally with the claimed competencies' behaviour
 * examples, for the visit's observation form.
 */
public final class ModuleSubmissions {
  public static final String MODULES = "api/v1/provider/modules";
  public static final String VISION = "Leren door te doen met eigen casuïstiek.";
  public static final String TRAINER = "Anna de Vries";

  private final String base;
  private final String authorization;

  public ModuleSubmissions(String base, String username, String password) {
    this.base = base;
    this.authorization = Http.basic(username, password);
  }

  /** Creates, explains and submits a module; returns the submitted version's id. */
  public String submit(String title, boolean withBehaviourExamples) {
    JsonArray frameworks = array(Http.get(base + "api/v1/frameworks"));
    String sv = frameworks.stream().map(JsonValue::asJsonObject)
        .filter(f -> f.getString("code").equals("SV") && f.getBoolean("reference", false))
        .findFirst().orElseThrow().getString("id");
    JsonArray competencies =
        object(Http.get(base + "api/v1/frameworks/" + sv + "/items?type=COMPETENCY&size=50")).getJsonArray("content");
    String c4 = idOf(competencies, "SV.C4");
    String c2 = idOf(competencies, "SV.C2");
    List<String> examples4 = withBehaviourExamples ? behaviourExamples(c4) : List.of();
    List<String> examples2 = withBehaviourExamples ? behaviourExamples(c2) : List.of();
    JsonObject created = object(send("POST", MODULES, dossier(title, c4, examples4, c2, examples2).build().toString()));
    String id = created.getString("id");
    JsonObject check = object(send("POST", MODULES + "/" + id + "/check", ""));
    assertThat(check.getJsonArray("errors")).as(check.toString()).isEmpty();
    JsonObjectBuilder explanations = Json.createObjectBuilder();
    for (JsonValue w : check.getJsonArray("warnings")) {
      explanations.add(w.asJsonObject().getString("id"), "Toegelicht: de praktijkopdrachten borgen dit.");
    }
    JsonObject saved = object(send("PUT", MODULES + "/" + id, Json.createObjectBuilder()
        .add("revision", created.getJsonNumber("revision"))
        .add("dossier", dossier(title, c4, examples4, c2, examples2))
        .add("explanations", explanations).build().toString()));
    HttpResponse<String> submitted = send("POST", MODULES + "/" + id + "/submit", "{\"revision\": " + saved.getJsonNumber("revision") + "}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    return id;
  }

  /** The stored version as the provider sees it. */
  public JsonObject version(String id) {
    return object(Http.get(base + MODULES + "/" + id, "Authorization", authorization, "Accept-Language", "nl"));
  }

  /** A provider REST call with JSON body. */
  public HttpResponse<String> send(String method, String path, String json) {
    return Http.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Accept-Language", "nl")
        .header("Authorization", authorization)
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  /**
   * The first two behaviour examples (or indicators) under a competency: children, or grandchildren
   * under level groups.
   */
  private List<String> behaviourExamples(String competency) {
    List<String> found = new ArrayList<>();
    collect(competency, 0, found);
    return found.subList(0, Math.min(2, found.size()));
  }

  private void collect(String item, int depth, List<String> found) {
    JsonObject detail = object(Http.get(base + "api/v1/items/" + item));
    for (JsonValue child : detail.getJsonArray("children")) {
      JsonObject c = child.asJsonObject();
      // the Standaard's behaviour examples are INDICATOR items (as in the module wizard's ClaimOptions)
      if ("BEHAVIOUR_EXAMPLE".equals(c.getString("type", "")) || "INDICATOR".equals(c.getString("type", ""))) {
        found.add(c.getString("id"));
      } else if (depth < 2 && found.isEmpty()) {
        collect(c.getString("id"), depth + 1, found);
      }
    }
  }

  private static String idOf(JsonArray items, String code) {
    return items.stream().map(JsonValue::asJsonObject).filter(i -> i.getString("humanCode").equals(code))
        .findFirst().orElseThrow().getString("id");
  }

  private static JsonObjectBuilder dossier(String title, String c4, List<String> examples4, String c2, List<String> examples2) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("summary", "Tweedaagse training met praktijkopdracht.")
        .add("targetGroup", "Klantmanagers Werk en Inkomen")
        .add("entryRequirements", "")
        .add("educationalVision", VISION)
        .add("objectives", Json.createArrayBuilder()
            .add(objective("LD1", "De deelnemer analyseert een hulpvraag met de leefgebiedenmethode."))
            .add(objective("LD3", "De deelnemer coacht een klant naar een eigen doel.")))
        .add("coreContents", Json.createArrayBuilder().add("Leefgebiedenmethode").add("Coachende gesprekstechnieken"))
        .add("teachingMethods", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("kind", "KLASSIKAAL").add("label", ""))
            .add(Json.createObjectBuilder().add("kind", "TRAINING_ON_THE_JOB").add("label", "")))
        .add("assessmentMethods", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("id", "T1").add("description", "Casusanalyse en beoordeeld gesprek")
            .add("objectiveIds", Json.createArrayBuilder().add("LD1").add("LD3"))))
        .add("size", Json.createObjectBuilder().add("contactHours", 16).add("selfStudyHours", 4).add("meetings", 2).add("spanWeeks", 6))
        .add("workplaceTransfer", Json.createObjectBuilder().add("assignments", Json.createArrayBuilder().add("Analyseer twee eigen casussen")).add("followUpAfterWeeks", 6))
        .add("trainers", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("name", TRAINER).add("qualifications", Json.createArrayBuilder().add("Master Sociaal Werk"))
            .add("experience", "12 jaar").add("registrations", Json.createArrayBuilder())))
        .add("qualityAssurance", Json.createObjectBuilder().add("evaluation", "Evaluatie na elke dag").add("improvementCycle", "PDCA").add("complaintsProcedure", "Klachtenregeling"))
        .add("deliveryMode", "KLASSIKAAL")
        .add("language", "nl")
        .add("prices", Json.createObjectBuilder().add("perParticipant", 495))
        .add("maxGroupSize", 12)
        .add("offerings", Json.createArrayBuilder())
        .add("claims", Json.createArrayBuilder()
            .add(claim(c4, 0, 2, "LD1", examples4))
            .add(claim(c2, 0, 1, "LD3", examples2)));
  }

  private static JsonObjectBuilder objective(String id, String text) {
    return Json.createObjectBuilder().add("id", id).add("text", text);
  }

  private static JsonObjectBuilder claim(String competency, int from, int to, String objective, List<String> examples) {
    JsonArrayBuilder ex = Json.createArrayBuilder();
    examples.forEach(ex::add);
    return Json.createObjectBuilder()
        .add("competency", competency)
        .add("from", Json.createObjectBuilder().add("ordinal", from))
        .add("to", Json.createObjectBuilder().add("ordinal", to))
        .add("behaviourExamples", ex)
        .add("evidence", Json.createObjectBuilder()
            .add("objectiveIds", Json.createArrayBuilder().add(objective))
            .add("teachingMethods", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "TRAINING_ON_THE_JOB").add("label", "")))
            .add("assessmentMethodIds", Json.createArrayBuilder().add("T1")));
  }

  private static JsonObject object(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
