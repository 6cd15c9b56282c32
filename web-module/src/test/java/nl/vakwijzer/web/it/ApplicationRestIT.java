package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The accreditation applications over REST on the demo data: who sees which application (beheerder
 * all, the owning provider its own, another provider a 404 like an unknown id, an auditor only the
 * assigned ones, a municipality 403, nobody signed in 401), what the body holds (state, decision,
 * conditions; no scores, verdicts or advice) and the audit trail for the beheerder only.
 */
class ApplicationRestIT {
  private static final String PATH = "api/v1/applications";
  private static final String ACCREDITED = "Schuldhulpverlening: signaleren en doorverwijzen";
  private static final String CONDITIONS = "Werken met de leefgebiedenmethode";
  private static final String INTAKE = "Jongeren naar werk begeleiden";

  @Test
  void eachRoleSeesWhatItMayAndNoDeliberation() {
    String base = TestServer.baseUrl();
    JsonArray all = array(get(base + PATH, "beheerder"));
    String accredited = idOf(all, ACCREDITED);
    String conditional = idOf(all, CONDITIONS);
    String intake = idOf(all, INTAKE);

    // the beheerder: the application, its decision and its trail
    JsonObject body = object(get(base + PATH + "/" + accredited, "beheerder"));
    // (another browser test may have lodged an objection against it in the meantime)
    assertThat(body.getString("state")).isIn("GEACCREDITEERD", "BEZWAAR");
    assertThat(body.getJsonObject("decision").getString("outcome")).isEqualTo("GEACCREDITEERD");
    assertThat(body.getJsonObject("decision").getString("validUntil")).isNotBlank();
    assertThat(body.keySet()).doesNotContain("scores", "verdicts", "advice", "assignments");
    JsonArray trail = array(get(base + PATH + "/" + accredited + "/timeline", "beheerder"));
    assertThat(trail.stream().map(e -> e.asJsonObject().getString("action")).toList()).isNotEmpty();
    JsonObject withConditions = object(get(base + PATH + "/" + conditional, "beheerder"));
    assertThat(withConditions.getJsonArray("conditions")).isNotEmpty();

    // the owning provider sees its own, without the trail
    JsonArray own = array(get(base + PATH, "aanbieder2"));
    assertThat(titles(own)).contains(ACCREDITED, INTAKE);
    assertThat(object(get(base + PATH + "/" + accredited, "aanbieder2")).getJsonObject("decision").getString("outcome"))
        .isEqualTo("GEACCREDITEERD");
    HttpResponse<String> trailForProvider = get(base + PATH + "/" + accredited + "/timeline", "aanbieder2");
    assertThat(trailForProvider.statusCode()).isEqualTo(403);
    assertThat(trailForProvider.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

    // another provider: neither listed nor readable; the answer is that of an unknown id
    assertThat(titles(array(get(base + PATH, "aanbieder")))).doesNotContain(ACCREDITED, INTAKE);
    HttpResponse<String> foreign = get(base + PATH + "/" + accredited, "aanbieder");
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(object(foreign).getString("detail")).isEqualTo("Deze aanvraag bestaat niet of u heeft er geen toegang toe.");
    assertThat(get(base + PATH + "/00000000-0000-0000-0000-000000000000", "aanbieder").statusCode()).isEqualTo(404);
    assertThat(get(base + PATH + "/geen-id", "beheerder").statusCode()).isEqualTo(404);

    // an auditor: only assigned applications (nobody is assigned at intake)
    List<String> assigned = titles(array(get(base + PATH, "auditor")));
    assertThat(assigned).doesNotContain(INTAKE);
    assertThat(get(base + PATH + "/" + intake, "auditor").statusCode()).isEqualTo(404);

    // a municipality and an anonymous caller
    assertThat(get(base + PATH, "gemeente").statusCode()).isEqualTo(403);
    assertThat(Http.get(base + PATH).statusCode()).isEqualTo(401);

    // documented
    assertThat(Http.get(base + "openapi").body()).contains("/v1/applications/{id}/timeline");
  }

  private static HttpResponse<String> get(String url, String username) {
    return Http.get(url, "Authorization", Http.basic(username, DemoAccounts.PASSWORD), "Accept-Language", "nl");
  }

  private static String idOf(JsonArray list, String title) {
    return list.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("moduleTitle").equals(title))
        .reduce((first, second) -> second) // the newest application of that module
        .orElseThrow(() -> new AssertionError("no demo application '" + title + "'")).getString("id");
  }

  private static List<String> titles(JsonArray list) {
    return list.stream().map(a -> a.asJsonObject().getString("moduleTitle")).toList();
  }

  private static JsonObject object(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
