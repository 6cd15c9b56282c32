package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The public catalogue (issue 6, item 10) in a browser and over REST, and the stateless gap search
 * and learning path REST endpoints (item 11), on the shared demo server: only accredited demo
 * modules are found, Dutch stemming, facets and filters work, a small hand-made gap returns
 * explanations, and every bad input is a Dutch problem+json (never a 500); 401 and 403.
 */
class PublicCatalogueIT {
  private static final String GEMEENTE = Http.basic("gemeente", DemoAccounts.PASSWORD);
  private static final String AANBIEDER = Http.basic("aanbieder", DemoAccounts.PASSWORD);
  private static final String MOTIVEREND = "Motiverende gespreksvoering voor klantmanagers";
  /** Submitted in the demo data, never accredited. */
  private static final String HANDHAVING = "Handhaving en fraudepreventie in de bijstand";

  private static String base;
  private static String gespreksvoering;

  @BeforeAll
  static void server() {
    try {
      base = TestServer.baseUrl();
    } catch (IllegalStateException e) {
      base = TestServer.baseUrl();
    }
    String sv = array(Http.get(base + "api/v1/frameworks")).stream().map(JsonValue::asJsonObject)
        .filter(f -> f.getString("code").equals("SV") && f.getBoolean("reference", false))
        .findFirst().orElseThrow().getString("id");
    JsonArray competencies =
        object(Http.get(base + "api/v1/frameworks/" + sv + "/items?type=COMPETENCY&size=50")).getJsonArray("content");
    gespreksvoering = competencies.stream().map(JsonValue::asJsonObject)
        .filter(i -> i.getString("humanCode").equals("SV.C1")).findFirst().orElseThrow().getString("id");
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

  private static HttpResponse<String> post(String path, String auth, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").header("Accept-Language", "nl")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return Http.send(b.build());
  }

  private static HttpResponse<String> modules(String query) {
    return Http.get(base + "api/v1/modules" + query, "Accept-Language", "nl");
  }

  private static List<JsonObject> content(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return object(response).getJsonArray("content").stream().map(JsonValue::asJsonObject).toList();
  }

  private static List<String> titles(HttpResponse<String> response) {
    return content(response).stream().map(o -> o.getString("title")).toList();
  }

  private static void assertProblem(HttpResponse<String> response, int status, String detailContains) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonObject problem = object(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("detail")).contains(detailContains).doesNotContain("Exception");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ browser

  @Test
  void anAnonymousVisitorSearchesWithAStemmedWordAndAFacet() {
    try (Browser browser = new Browser(base)) {
      browser.open("index.xhtml");
      browser.click("#toCatalogue");
      browser.waitFor().until(d -> d.getCurrentUrl().contains("modules/index.xhtml"));
      assertThat(browser.pageText()).contains("Opleidingsaanbod");
      browser.find("#catalogueHeading");
      browser.assertAccessible();
      // the empty query lists everything accredited, never a module that is only submitted
      assertThat(browser.text("#results")).contains(MOTIVEREND).doesNotContain(HANDHAVING);

      // "gespreksvoeringen" (plural) finds "gespreksvoering"
      browser.type("#q", "gespreksvoeringen");
      browser.click("#searchSubmit");
      browser.waitFor().until(d -> d.getCurrentUrl().contains("q=gespreksvoeringen"));
      assertThat(browser.text("#results")).contains(MOTIVEREND);
      assertThat(browser.text("#resultCount")).contains("gevonden");
      browser.assertAccessible();

      // the delivery-mode facet: Blended, with its count
      WebElement blended = browser.driver().findElement(By.cssSelector("#facetMode input[value='BLENDED']"));
      String label = browser.driver().findElement(By.cssSelector("label[for='" + blended.getAttribute("id") + "']")).getText();
      assertThat(label).matches("Blended \\(\\d+\\)");
      blended.click();
      browser.click("#applyFilters");
      browser.waitFor().until(d -> d.getCurrentUrl().contains("vorm=BLENDED"));
      assertThat(browser.find("#facetMode input[value='BLENDED']").isSelected()).isTrue();
      assertThat(browser.text("#results")).contains(MOTIVEREND);
      String count = label.replaceAll("\\D", "");
      assertThat(browser.driver().findElements(By.cssSelector("#results > li"))).hasSize(Integer.parseInt(count));
      assertThat(browser.text("#results")).contains("Geaccrediteerd tot en met").contains("SV.C1");
      browser.assertAccessible();

      // the result links to the public module page
      browser.driver().findElement(By.linkText(MOTIVEREND)).click();
      browser.waitFor().until(d -> d.getCurrentUrl().contains("modules/module.xhtml?versie="));
      assertThat(browser.pageText()).contains(MOTIVEREND);
      browser.assertAccessible();

      // nothing found: a Dutch message
      browser.open("modules/index.xhtml?q=" + encode("handhaving fraudepreventie"));
      assertThat(browser.text("#noResults")).contains("Er is geen geaccrediteerde module gevonden");
      browser.assertAccessible();

      // the menu links to it as "Opleidingsaanbod"
      assertThat(browser.find("#menuForm\\:catalogue").getText()).contains("Opleidingsaanbod");
    }
  }

  // ------------------------------------------------------------------ GET /api/v1/modules

  @Test
  void theRestSearchFindsOnlyAccreditedModulesAndHonoursFilters() {
    List<String> all = titles(modules("?size=100"));
    assertThat(all).contains(MOTIVEREND).doesNotContain(HANDHAVING);
    assertThat(titles(modules("?q=" + encode("handhaving fraudepreventie")))).isEmpty();
    assertThat(titles(modules("?q=gespreksvoeringen"))).contains(MOTIVEREND);

    JsonObject body = object(modules("?q=gespreksvoeringen"));
    JsonObject facets = body.getJsonObject("facets");
    assertThat(facets.getJsonArray("deliveryMode")).isNotEmpty();
    assertThat(facets.getJsonArray("period")).hasSize(4);
    JsonObject first = body.getJsonArray("content").getJsonObject(0);
    assertThat(first.getString("href")).startsWith("/modules/module.xhtml?versie=");
    assertThat(first.getJsonArray("claims")).isNotEmpty();

    for (JsonObject m : content(modules("?deliveryMode=KLASSIKAAL&size=100"))) {
      assertThat(m.getString("deliveryMode")).isEqualTo("KLASSIKAAL");
    }
    for (JsonObject m : content(modules("?maxPrice=700&size=100"))) {
      assertThat(m.getJsonNumber("pricePerParticipant").bigDecimalValue()).isLessThanOrEqualTo(new java.math.BigDecimal("700"));
    }
    List<JsonObject> onCompetency = content(modules("?competency=" + gespreksvoering + "&size=100"));
    assertThat(onCompetency).isNotEmpty().allSatisfy(m -> assertThat(m.getJsonArray("claims").stream()
        .map(c -> c.asJsonObject().getString("competency"))).contains(gespreksvoering));
    assertThat(titles(modules("?competency=" + gespreksvoering + "&level=1"))).contains(MOTIVEREND);
    assertThat(content(modules("?size=1")).size()).isEqualTo(1);
    assertThat(titles(modules("?from=2000-01-01&to=2000-12-31"))).isEmpty();

    // bad parameters: 400 with a Dutch detail per parameter
    assertProblem(modules("?level=abc"), 400, "niet geldig");
    assertProblem(modules("?competency=geen-uuid"), 400, "niet geldig");
    assertProblem(modules("?size=0"), 400, "niet geldig");
    assertProblem(modules("?maxPrice=-5"), 400, "niet geldig");
    assertProblem(modules("?from=2027-13-01"), 400, "niet geldig");
    assertProblem(modules("?from=2027-03-01&to=2027-02-01"), 400, "niet geldig");
    assertProblem(modules("?region=ATLANTIS"), 400, "ATLANTIS");
    assertProblem(modules("?q=" + "a".repeat(201)), 400, "niet geldig");
  }

  // ------------------------------------------------------------------ POST /api/v1/gap-search, learning-path

  /** Three people, two below Vakbekwaam on SV.C1 Gespreksvoering. */
  private static String gapBody(String extra) {
    return "{\"targetProfile\": [{\"competency\": \"" + gespreksvoering + "\", \"requiredLevel\": 1, \"weight\": 2}],"
        + " \"team\": [{\"label\": \"KM-01\", \"levels\": {\"" + gespreksvoering + "\": 0}},"
        + " {\"label\": \"KM-02\", \"levels\": {\"" + gespreksvoering + "\": 0}},"
        + " {\"label\": \"KM-03\", \"levels\": {\"" + gespreksvoering + "\": 1}}]" + extra + "}";
  }

  @Test
  void gapSearchRanksAccreditedModulesWithDutchExplanations() {
    HttpResponse<String> response = post("api/v1/gap-search", GEMEENTE, gapBody(""));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject body = object(response);
    JsonObject gap = body.getJsonArray("gap").getJsonObject(0);
    assertThat(gap.getString("code")).isEqualTo("SV.C1");
    assertThat(gap.getInt("peopleBelow")).isEqualTo(2);
    assertThat(gap.getInt("personSteps")).isEqualTo(2);
    List<JsonObject> results = body.getJsonArray("results").stream().map(JsonValue::asJsonObject).toList();
    assertThat(results).extracting(r -> r.getString("title")).contains(MOTIVEREND).doesNotContain(HANDHAVING);
    JsonObject motiverend = results.stream().filter(r -> r.getString("title").equals(MOTIVEREND)).findFirst().orElseThrow();
    assertThat(motiverend.getInt("personStepsClosed")).isEqualTo(2);
    assertThat(motiverend.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .anySatisfy(r -> assertThat(r).contains("Basis → Vakbekwaam voor 2 van de 2 medewerkers"));
    assertThat(results.get(0).getInt("rank")).isEqualTo(1);

    // with a filter that no module passes: nothing, and the filtered count says why
    JsonObject none = object(post("api/v1/gap-search", GEMEENTE,
        gapBody(", \"filters\": {\"maxPricePerParticipant\": 1, \"deliveryModes\": [\"ONLINE\"]}")));
    assertThat(none.getJsonArray("results")).isEmpty();
    assertThat(none.getInt("filteredOut")).isPositive();
  }

  @Test
  void learningPathSaysWhoFollowsWhatAndComparesTheSolvers() {
    HttpResponse<String> response = post("api/v1/learning-path", GEMEENTE, gapBody(", \"budget\": 100000"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject path = object(response);
    assertThat(path.getInt("stepsNeeded")).isEqualTo(2);
    assertThat(path.getInt("stepsClosed")).isEqualTo(2);
    assertThat(path.getJsonArray("modules")).isNotEmpty();
    assertThat(path.getJsonArray("modules").getJsonObject(0).getJsonArray("participants").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("KM-01", "KM-02");
    assertThat(path.getJsonArray("uncovered")).isEmpty();
    assertThat(path.getJsonNumber("totalCost").bigDecimalValue()).isPositive();
    assertThat(path.getJsonObject("comparison").getString("explanation")).contains("heuristiek");
    assertThat(path.getString("summary")).contains("sluit 2 van de 2 niveaustappen");

    // a budget too small for any module: the gap stays uncovered, said per person
    JsonObject tight = object(post("api/v1/learning-path", GEMEENTE, gapBody(", \"budget\": 1")));
    assertThat(tight.getInt("stepsClosed")).isZero();
    assertThat(tight.getJsonArray("uncovered")).hasSize(2);
  }

  @Test
  void badInputIsADutchProblemNeverA500() {
    String unknown = UUID.randomUUID().toString();
    for (String endpoint : List.of("api/v1/gap-search", "api/v1/learning-path")) {
      assertProblem(post(endpoint, GEMEENTE, "{\"targetProfile\": ["), 400, "geen geldig JSON");
      assertProblem(post(endpoint, GEMEENTE, "[]"), 400, "geen geldig JSON");
      assertProblem(post(endpoint, GEMEENTE, ""), 400, "");
      assertProblem(post(endpoint, GEMEENTE, "{\"team\": []}"), 400, "");
      assertProblem(post(endpoint, GEMEENTE, gapBody("").replace(gespreksvoering, unknown)), 422, "bestaat niet");
      assertProblem(post(endpoint, GEMEENTE, gapBody("").replace(gespreksvoering, "geen-uuid")), 400, "");
      assertProblem(post(endpoint, GEMEENTE, gapBody("").replace("\"requiredLevel\": 1", "\"requiredLevel\": 7")), 400, "7");
      assertProblem(post(endpoint, GEMEENTE, gapBody("").replace("\": 0}}", "\": 9}}")), 400, "9");
      assertProblem(post(endpoint, GEMEENTE, gapBody("").replace("\"requiredLevel\": 1", "\"requiredLevel\": \"hoog\"")), 400, "geheel getal");
      assertProblem(post(endpoint, GEMEENTE, "{\"targetProfile\": [{\"competency\": \"" + gespreksvoering
          + "\", \"requiredLevel\": 1}], \"team\": []}"), 400, "team");
      assertProblem(post(endpoint, GEMEENTE, gapBody("").replace("KM-01", "Jan de Vries")), 400, "Jan de Vries");
      assertProblem(post(endpoint, GEMEENTE, gapBody(", \"filters\": {\"from\": \"morgen\"}")), 400, "datum");
      assertProblem(post(endpoint, GEMEENTE, gapBody(", \"filters\": {\"deliveryModes\": [\"PER_POST\"]}")), 400, "PER_POST");
    }
    assertProblem(post("api/v1/learning-path", GEMEENTE, gapBody(", \"budget\": 0")), 400, "budget");
    assertProblem(post("api/v1/learning-path", GEMEENTE, gapBody(", \"budget\": -100")), 400, "budget");
    assertProblem(post("api/v1/learning-path", GEMEENTE, gapBody(", \"budget\": \"veel\"")), 400, "getal");
  }

  @Test
  void onlyMunicipalityUsersMayUseTheGapEndpoints() {
    for (String endpoint : List.of("api/v1/gap-search", "api/v1/learning-path")) {
      assertProblem(post(endpoint, null, gapBody("")), 401, "Inloggen vereist");
      assertProblem(post(endpoint, Http.basic("gemeente", "fout-wachtwoord"), gapBody("")), 401, "Inloggen vereist");
      assertProblem(post(endpoint, AANBIEDER, gapBody("")), 403, "geen toestemming");
      // the role is checked before the body is read
      assertProblem(post(endpoint, null, "{kapot"), 401, "Inloggen vereist");
    }
    // the catalogue search itself is public
    assertThat(modules("").statusCode()).isEqualTo(200);
  }

  @Test
  void theEndpointsAreDocumentedInOpenApi() {
    // the document is generated on first use, which on a loaded machine can outlast the server's
    // 30 s write timeout; the generated model is kept, so a second request is answered at once
    HttpResponse<String> openapi = null;
    for (int attempt = 0; attempt < 3 && openapi == null; attempt++) {
      try {
        openapi = Http.send(HttpRequest.newBuilder(URI.create(base + "openapi")).timeout(Duration.ofSeconds(180))
            .GET().build());
      } catch (java.io.UncheckedIOException e) {
        if (attempt == 2) {
          throw e;
        }
      }
    }
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("/v1/modules").contains("/v1/gap-search").contains("/v1/learning-path")
        .contains("Opleidingsaanbod");
  }
}
