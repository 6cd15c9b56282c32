package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The provider REST api ({@code /api/v1/provider/modules}) as a provider's own system uses it, on
 * the shared demo server: create a concept with claims on shipped competencies, update it with
 * optimistic locking, run the check, submit; and everything a caller must not be able to do.
 */
class ProviderModuleRestIT {
  private static final String MODULES = "api/v1/provider/modules";
  private static final String AANBIEDER = Http.basic("aanbieder", DemoAccounts.PASSWORD);
  private static final String AANBIEDER2 = Http.basic("aanbieder2", DemoAccounts.PASSWORD);
  private static final String GEMEENTE = Http.basic("gemeente", DemoAccounts.PASSWORD);

  private static String base;
  private static String probleemanalyse;
  private static String coachen;

  @BeforeAll
  static void server() {
    base = TestServer.baseUrl();
    String sv =
        array(Http.get(base + "api/v1/frameworks")).stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("code").equals("SV") && f.getBoolean("reference", false))
            .findFirst()
            .orElseThrow()
            .getString("id");
    JsonArray competencies =
        object(Http.get(base + "api/v1/frameworks/" + sv + "/items?type=COMPETENCY&size=50")).getJsonArray("content");
    probleemanalyse = idOf(competencies, "SV.C4");
    coachen = idOf(competencies, "SV.C2");
  }

  private static String idOf(JsonArray items, String code) {
    return items.stream().map(JsonValue::asJsonObject).filter(i -> i.getString("humanCode").equals(code)).findFirst().orElseThrow().getString("id");
  }

  // ------------------------------------------------------------------ happy path

  @Test
  void aProviderCreatesUpdatesChecksAndSubmitsAModule() {
    String title = "API-module " + UUID.randomUUID();
    HttpResponse<String> created = post(MODULES, AANBIEDER, completeDossier(title).build().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject version = object(created);
    String id = version.getString("id");
    assertThat(created.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
    assertThat(version.getString("status")).isEqualTo("CONCEPT");
    assertThat(version.getJsonObject("dossier").getString("title")).isEqualTo(title);
    assertThat(version.getJsonObject("dossier").getJsonArray("claims")).hasSize(2);

    // the check finds the one warning this dossier has: an objective without an observable verb
    JsonObject check = object(post(MODULES + "/" + id + "/check", AANBIEDER, ""));
    assertThat(check.getJsonArray("errors")).isEmpty();
    assertThat(check.getJsonArray("warnings")).extracting(w -> w.asJsonObject().getString("rule")).containsExactly("OBJECTIVE_NOT_OBSERVABLE");
    assertThat(check.getJsonArray("warnings").getJsonObject(0).getString("message")).contains("waarneembaar werkwoord");
    assertThat(check.getBoolean("submissionAllowed")).isFalse();
    String warningId = check.getJsonArray("warnings").getJsonObject(0).getString("id");

    // submitting with the warning unexplained is refused with 422, one entry per finding
    HttpResponse<String> refused = post(MODULES + "/" + id + "/submit", AANBIEDER, "{\"revision\": " + version.getJsonNumber("revision") + "}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(object(refused).getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field")).containsExactly(warningId);

    // explain it and submit
    String update = Json.createObjectBuilder()
        .add("revision", version.getJsonNumber("revision"))
        .add("dossier", completeDossier(title))
        .add("explanations", Json.createObjectBuilder().add(warningId, "Kennis van de Participatiewet is voorwaarde voor de praktijkopdrachten."))
        .build().toString();
    HttpResponse<String> updated = put(MODULES + "/" + id, AANBIEDER, update);
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    JsonObject saved = object(updated);
    assertThat(saved.getJsonNumber("revision").longValue()).isGreaterThan(version.getJsonNumber("revision").longValue());

    HttpResponse<String> submitted = post(MODULES + "/" + id + "/submit", AANBIEDER, "{\"revision\": " + saved.getJsonNumber("revision") + "}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    assertThat(object(submitted).getString("status")).isEqualTo("INGEDIEND");

    // read-only from now on
    HttpResponse<String> late = put(MODULES + "/" + id, AANBIEDER, update.replace("\"revision\":" + version.getJsonNumber("revision"), "\"revision\":" + object(submitted).getJsonNumber("revision")));
    assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
    assertThat(object(late).getString("detail")).isNotBlank();

    // and listed with its status
    JsonArray mine = array(get(MODULES, AANBIEDER));
    assertThat(mine.stream().map(JsonValue::asJsonObject).filter(m -> m.getString("title").equals(title)))
        .singleElement()
        .satisfies(m -> assertThat(m.getString("status")).isEqualTo("INGEDIEND"));
  }

  @Test
  void anUnsavedDossierCanBeCheckedWithoutStoringIt() {
    JsonObjectBuilder dossier = completeDossier("Alleen controleren " + UUID.randomUUID());
    dossier.add("educationalVision", "");
    dossier.add("trainers", Json.createArrayBuilder());
    JsonObject check = object(post(MODULES + "/check", AANBIEDER, dossier.build().toString()));
    assertThat(check.getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("rule"))
        .contains("EDUCATIONAL_VISION_EMPTY", "TRAINERS_EMPTY");
    assertThat(check.getJsonArray("errors").getJsonObject(0).getString("message")).isNotBlank();
  }

  // ------------------------------------------------------------------ concurrency

  @Test
  void theSecondOfTwoColleaguesSavingTheSameRevisionGetsA409AndTheFirstKeepsTheirChange() {
    String title = "Gelijktijdig " + UUID.randomUUID();
    JsonObject version = object(post(MODULES, AANBIEDER, completeDossier(title).build().toString()));
    String id = version.getString("id");
    long revision = version.getJsonNumber("revision").longValue();

    HttpResponse<String> first = put(MODULES + "/" + id, AANBIEDER, envelope(revision, completeDossier(title + " (Anna)")));
    HttpResponse<String> second = put(MODULES + "/" + id, AANBIEDER, envelope(revision, completeDossier(title + " (Bram)")));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(object(second).getString("detail")).contains("gewijzigd");
    assertThat(object(get(MODULES + "/" + id, AANBIEDER)).getJsonObject("dossier").getString("title")).isEqualTo(title + " (Anna)");
  }

  // ------------------------------------------------------------------ bad input

  @Test
  void unreadableInputIsA400ProblemInDutchAndStoresNothing() {
    int before = array(get(MODULES, AANBIEDER)).size();

    HttpResponse<String> malformed = post(MODULES, AANBIEDER, "{\"title\": ");
    HttpResponse<String> wrongType = post(MODULES, AANBIEDER, "{\"title\": \"x\", \"maxGroupSize\": \"veel\"}");
    HttpResponse<String> badPostcode = post(MODULES, AANBIEDER, completeDossier("Postcode " + UUID.randomUUID())
        .add("offerings", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("id", "U1").add("dates", Json.createArrayBuilder().add("2027-03-01"))
            .add("location", Json.createObjectBuilder().add("online", false).add("postcode", "12345").add("municipality", "Zwolle"))
            .add("seats", 10).add("status", "OPEN"))).build().toString());
    HttpResponse<String> duplicateIds = post(MODULES, AANBIEDER, completeDossier("Dubbel " + UUID.randomUUID())
        .add("objectives", Json.createArrayBuilder().add(objective("LD1", "a")).add(objective("LD1", "b"))).build().toString());
    HttpResponse<String> noRevision = put(MODULES + "/" + UUID.randomUUID(), AANBIEDER, "{\"dossier\": {}}");

    for (HttpResponse<String> response : java.util.List.of(malformed, wrongType, badPostcode, duplicateIds)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("at nl.");
      assertThat(object(response).getString("detail")).isNotBlank();
    }
    assertThat(badPostcode.body()).contains("postcode");
    assertThat(noRevision.statusCode()).isIn(400, 404);
    assertThat(array(get(MODULES, AANBIEDER)).size()).isEqualTo(before);
  }

  @Test
  void markupInTextsIsStoredAsTextExactly() {
    String title = "<script>alert('x')</script> " + UUID.randomUUID();
    JsonObject version = object(post(MODULES, AANBIEDER, completeDossier(title).build().toString()));
    assertThat(object(get(MODULES + "/" + version.getString("id"), AANBIEDER)).getJsonObject("dossier").getString("title")).isEqualTo(title);
  }

  // ------------------------------------------------------------------ authorization

  @Test
  void anotherProvidersModuleIsNotFoundForEveryOperation() {
    JsonObject version = object(post(MODULES, AANBIEDER, completeDossier("Van Academie " + UUID.randomUUID()).build().toString()));
    String id = version.getString("id");
    String body = envelope(version.getJsonNumber("revision").longValue(), completeDossier("Overgenomen"));

    assertThat(get(MODULES + "/" + id, AANBIEDER2).statusCode()).isEqualTo(404);
    assertThat(put(MODULES + "/" + id, AANBIEDER2, body).statusCode()).isEqualTo(404);
    assertThat(post(MODULES + "/" + id + "/check", AANBIEDER2, "").statusCode()).isEqualTo(404);
    assertThat(post(MODULES + "/" + id + "/submit", AANBIEDER2, "{\"revision\": 0}").statusCode()).isEqualTo(404);
    assertThat(array(get(MODULES, AANBIEDER2)).stream().map(m -> m.asJsonObject().getString("id")))
        .doesNotContain(version.getString("module"));
    // unchanged
    assertThat(object(get(MODULES + "/" + id, AANBIEDER)).getJsonObject("dossier").getString("title")).startsWith("Van Academie");
  }

  @Test
  void onlyProviderUsersMayUseTheApi() {
    assertThat(get(MODULES, null).statusCode()).isEqualTo(401);
    assertThat(get(MODULES, GEMEENTE).statusCode()).isEqualTo(403);
    assertThat(post(MODULES, GEMEENTE, completeDossier("Gemeente").build().toString()).statusCode()).isEqualTo(403);
    assertThat(get(MODULES, Http.basic("aanbieder", "fout-wachtwoord")).statusCode()).isEqualTo(401);
  }

  @Test
  void anUnknownOrMalformedIdIsA404() {
    assertThat(get(MODULES + "/" + UUID.randomUUID(), AANBIEDER).statusCode()).isEqualTo(404);
    assertThat(get(MODULES + "/not-a-uuid", AANBIEDER).statusCode()).isEqualTo(404);
  }

  @Test
  void theApiIsDocumentedInOpenApi() {
    String openapi = Http.get(base + "openapi").body();
    assertThat(openapi).contains("/api/v1/provider/modules", "/api/v1/provider/modules/{version}/submit", "/api/v1/provider/modules/{version}/check");
  }

  // ------------------------------------------------------------------ helpers

  private JsonObjectBuilder completeDossier(String title) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("summary", "Tweedaagse training met praktijkopdracht.")
        .add("targetGroup", "Klantmanagers Werk en Inkomen")
        .add("entryRequirements", "")
        .add("educationalVision", "Leren door te doen met eigen casuïstiek.")
        .add("objectives", Json.createArrayBuilder()
            .add(objective("LD1", "De deelnemer analyseert een hulpvraag met de leefgebiedenmethode."))
            .add(objective("LD2", "De deelnemer kent de Participatiewet."))
            .add(objective("LD3", "De deelnemer coacht een klant naar een eigen doel.")))
        .add("coreContents", Json.createArrayBuilder().add("Leefgebiedenmethode").add("Coachende gesprekstechnieken"))
        .add("teachingMethods", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("kind", "KLASSIKAAL").add("label", ""))
            .add(Json.createObjectBuilder().add("kind", "TRAINING_ON_THE_JOB").add("label", "")))
        .add("assessmentMethods", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("id", "T1").add("description", "Casusanalyse en beoordeeld gesprek")
            .add("objectiveIds", Json.createArrayBuilder().add("LD1").add("LD2").add("LD3"))))
        .add("size", Json.createObjectBuilder().add("contactHours", 16).add("selfStudyHours", 4).add("meetings", 2).add("spanWeeks", 6))
        .add("workplaceTransfer", Json.createObjectBuilder().add("assignments", Json.createArrayBuilder().add("Analyseer twee eigen casussen")).add("followUpAfterWeeks", 6))
        .add("trainers", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("name", "Anna de Vries").add("qualifications", Json.createArrayBuilder().add("Master Sociaal Werk"))
            .add("experience", "12 jaar").add("registrations", Json.createArrayBuilder())))
        .add("qualityAssurance", Json.createObjectBuilder().add("evaluation", "Evaluatie na elke dag").add("improvementCycle", "PDCA").add("complaintsProcedure", "Klachtenregeling"))
        .add("deliveryMode", "KLASSIKAAL")
        .add("language", "nl")
        .add("prices", Json.createObjectBuilder().add("perParticipant", 495))
        .add("maxGroupSize", 12)
        .add("offerings", Json.createArrayBuilder())
        .add("claims", Json.createArrayBuilder()
            .add(claim(probleemanalyse, 0, 1, "LD1"))
            .add(claim(coachen, 0, 1, "LD3")));
  }

  private static JsonObjectBuilder objective(String id, String text) {
    return Json.createObjectBuilder().add("id", id).add("text", text);
  }

  private static JsonObjectBuilder claim(String competency, int from, int to, String objective) {
    return Json.createObjectBuilder()
        .add("competency", competency)
        .add("from", Json.createObjectBuilder().add("ordinal", from))
        .add("to", Json.createObjectBuilder().add("ordinal", to))
        .add("behaviourExamples", Json.createArrayBuilder())
        .add("evidence", Json.createObjectBuilder()
            .add("objectiveIds", Json.createArrayBuilder().add(objective))
            .add("teachingMethods", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "TRAINING_ON_THE_JOB").add("label", "")))
            .add("assessmentMethodIds", Json.createArrayBuilder().add("T1")));
  }

  private static String envelope(long revision, JsonObjectBuilder dossier) {
    return Json.createObjectBuilder().add("revision", revision).add("dossier", dossier).build().toString();
  }

  private static HttpResponse<String> get(String path, String authorization) {
    return send(request(path, authorization).GET());
  }

  private static HttpResponse<String> post(String path, String authorization, String json) {
    return send(request(path, authorization).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static HttpResponse<String> put(String path, String authorization, String json) {
    return send(request(path, authorization).PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static HttpRequest.Builder request(String path, String authorization) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept-Language", "nl");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static HttpResponse<String> send(HttpRequest.Builder builder) {
    return Http.send(builder.build());
  }

  private static JsonObject object(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
