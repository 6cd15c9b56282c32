package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.catalogue.testing.CaseSchemas;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The framework REST API ({@code /api/v1/frameworks}, {@code /api/v1/items}) and the CASE 1.1 read
 * endpoints ({@code /ims/case/v1p1}) as a client sees them, on the shared server with the
 * reference frameworks loaded.
 *
 * <p>Imports use a fresh code and fresh identifiers each time and store concept versions, which
 * only a beheerder sees, so anonymous reads stay as the reference data make them.
 */
class FrameworkRestIT {
  private static final String CASE = "ims/case/v1p1/";
  private static final String[] REFERENCE_CODES = {
    "BEROEPSPROFIEL", "CROSSWALK", "DIVOSA", "LEERBAARHEID", "MBO", "PICOMPANY", "SV"
  };

  private static String base;
  private static Map<String, JsonObject> frameworks;

  @BeforeAll
  static void server() {
    base = TestServer.baseUrl();
    frameworks =
        array(Http.get(base + "api/v1/frameworks")).stream()
            .map(JsonValue::asJsonObject)
            // other test classes share this server and add versions of their own codes
            .filter(f -> f.getBoolean("reference", false))
            .collect(Collectors.toMap(f -> f.getString("code"), f -> f));
  }

  // ------------------------------------------------------------------ /api/v1

  @Test
  void listShowsTheSevenReferenceFrameworksWithTheirItemCountsPerType() {
    HttpResponse<String> response = Http.get(base + "api/v1/frameworks");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(array(response).stream().map(JsonValue::asJsonObject).filter(f -> f.getBoolean("reference", false)))
        .extracting(f -> f.getString("code"))
        .containsExactly(REFERENCE_CODES);
    JsonObject divosa = frameworks.get("DIVOSA");
    assertThat(divosa.getString("status")).isEqualTo("GEPUBLICEERD");
    assertThat(divosa.getString("version")).isEqualTo("1");
    assertThat(divosa.getString("title")).isNotBlank();
    assertThat(divosa.getJsonObject("itemCounts").getInt("BEHAVIOUR_EXAMPLE")).isEqualTo(240);
    assertThat(divosa.getJsonObject("itemCounts").getInt("HOOFDTAAK")).isEqualTo(13);
    assertThat(divosa.getJsonObject("itemCounts").getInt("DEELTAAK")).isEqualTo(103);
    assertThat(frameworks.get("SV").getJsonObject("itemCounts").getInt("INDICATOR")).isEqualTo(82);
    assertThat(frameworks.get("PICOMPANY").getJsonObject("itemCounts").getInt("COMPETENCY")).isEqualTo(43);
    assertThat(frameworks.get("CROSSWALK").getInt("itemCount")).isZero();
    assertThat(frameworks.get("CROSSWALK").getInt("associationCount")).isEqualTo(40);
  }

  @Test
  void frameworkDetailGivesItsSourceAndTheTopOfItsTree() {
    JsonObject sv = object(Http.get(base + "api/v1/frameworks/" + id("SV")));

    assertThat(sv.getString("title")).isEqualTo("De Standaard voor vakvolwassenheid van klantmanagers");
    assertThat(sv.getString("sourceFile")).isEqualTo("000_8cd5119679bdd043.txt");
    assertThat(sv.getString("lastChange")).startsWith("2026-11-26T00:00");
    assertThat(humanCodes(sv.getJsonArray("topLevelItems"))).contains("SV.SCHAAL", "SV.T1", "SV.C8");
  }

  @Test
  void itemsArePagedAndFilteredByTypeAndText() {
    String items = base + "api/v1/frameworks/" + id("DIVOSA") + "/items";

    JsonObject lastPage = object(Http.get(items + "?type=BEHAVIOUR_EXAMPLE&size=100&page=2"));
    assertThat(lastPage.getJsonArray("content")).hasSize(40);
    assertThat(lastPage.getJsonNumber("totalElements").longValue()).isEqualTo(240);
    assertThat(lastPage.getInt("totalPages")).isEqualTo(3);
    assertThat(lastPage.getInt("page")).isEqualTo(2);
    assertThat(lastPage.getJsonArray("content").getJsonObject(0).getString("type")).isEqualTo("BEHAVIOUR_EXAMPLE");

    JsonObject firstPage = object(Http.get(items));
    assertThat(firstPage.getInt("size")).isEqualTo(50);
    assertThat(firstPage.getJsonNumber("totalElements").longValue()).isEqualTo(420);

    JsonObject tasks = object(Http.get(items + "?type=hoofdtaak,DEELTAAK&size=200"));
    assertThat(tasks.getJsonNumber("totalElements").longValue()).isEqualTo(13 + 103);

    JsonObject integrity = object(Http.get(items + "?type=COMPETENCY&q=integriteit&size=200"));
    assertThat(humanCodes(integrity.getJsonArray("content"))).contains("DIV.INK.HT3.INTEGRITEIT");
    assertThat(integrity.getJsonArray("content"))
        .allSatisfy(i -> assertThat(i.asJsonObject().getString("type")).isEqualTo("COMPETENCY"));
  }

  @Test
  void itemDetailOfADivosaSlotShowsItsGedragsvoorbeeldenAndItsEquivalentsInPiCompany() {
    JsonObject integrity = object(Http.get(base + "api/v1/items/" + itemId("DIVOSA", "COMPETENCY", "DIV.INK.HT3.INTEGRITEIT")));
    assertThat(humanCodes(integrity.getJsonArray("children")))
        .containsExactly(
            "DIV.INK.HT3.INTEGRITEIT.1", "DIV.INK.HT3.INTEGRITEIT.2", "DIV.INK.HT3.INTEGRITEIT.3",
            "DIV.INK.HT3.INTEGRITEIT.4", "DIV.INK.HT3.INTEGRITEIT.5");
    assertThat(humanCodes(integrity.getJsonArray("parents"))).containsExactly("DIV.INK.HT3");

    JsonObject slot = object(Http.get(base + "api/v1/items/" + itemId("DIVOSA", "COMPETENCY", "DIV.INK.HT3.PROBLEEMANALYSE")));
    JsonArray exact = slot.getJsonObject("equivalents").getJsonArray("exactMatches");
    assertThat(exact.stream().map(r -> r.asJsonObject().getJsonObject("item").getString("humanCode")))
        .contains("PIC.PROBLEEMANALYSE")
        .anySatisfy(code -> assertThat(code).startsWith("SV."));
    assertThat(exact.getJsonObject(0).getString("relation")).isEqualTo("exactMatchOf");
    assertThat(exact.getJsonObject(0).getInt("distance")).isEqualTo(1);
    assertThat(slot.getJsonArray("outgoing"))
        .anySatisfy(a -> {
          assertThat(a.asJsonObject().getString("type")).isEqualTo("exactMatchOf");
          assertThat(a.asJsonObject().getJsonObject("other").getString("humanCode")).isEqualTo("PIC.PROBLEEMANALYSE");
          assertThat(a.asJsonObject().getString("declaredBy")).isEqualTo(id("DIVOSA"));
        });
  }

  @Test
  void badPagingParametersAndUnknownTypesAreRefusedWithAProblemInDutch() {
    String items = base + "api/v1/frameworks/" + id("DIVOSA") + "/items";
    for (String query : new String[] {"page=-1", "size=0", "size=201", "size=veel", "page=1.5", "type=ONZIN"}) {
      HttpResponse<String> response = Http.get(items + "?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertProblem(response);
      assertThat(object(response).getString("detail")).as(query).isEqualTo("De invoer is niet geldig; zie de fouten per veld.");
    }

    JsonObject all = object(Http.get(items + "?page=-1&size=500&type=ONZIN"));
    assertThat(all.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("page", "size", "type");
    assertThat(messageOf(all, "size")).isEqualTo("De parameter 'size' moet een geheel getal van 1 tot en met 200 zijn; ontvangen: '500'.");
    assertThat(messageOf(all, "type")).isEqualTo("Het itemtype 'ONZIN' bestaat niet.");

    JsonObject english = object(Http.get(items + "?page=-1", "Accept-Language", "en"));
    assertThat(messageOf(english, "page")).startsWith("The parameter 'page' must be");
  }

  @Test
  void unknownAndMalformedIdsAreNotFoundProblems() {
    String unknown = UUID.randomUUID().toString();
    for (String path : new String[] {
      "api/v1/frameworks/" + unknown, "api/v1/frameworks/geen-uuid", "api/v1/frameworks/" + unknown + "/items",
      "api/v1/frameworks/" + unknown + "/case", "api/v1/frameworks/%27%3B--/items"
    }) {
      HttpResponse<String> response = Http.get(base + path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertProblem(response);
      assertThat(object(response).getString("detail")).as(path).isEqualTo("Dit competentiekader bestaat niet.");
    }
    for (String path : new String[] {"api/v1/items/" + unknown, "api/v1/items/12345"}) {
      HttpResponse<String> response = Http.get(base + path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertProblem(response);
      assertThat(object(response).getString("detail")).as(path).isEqualTo("Dit onderdeel van een competentiekader bestaat niet.");
    }
  }

  @Test
  void exportDownloadIsACasePackageThatValidatesAgainstTheSchema() {
    HttpResponse<String> response = Http.get(base + "api/v1/frameworks/" + id("DIVOSA") + "/case");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(response.headers().firstValue("content-disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("attachment").contains("DIVOSA-1.case.json"));
    JsonObject casePackage = object(response);
    assertThat(CaseSchemas.problems(CaseSchemas.CF_PACKAGE, casePackage)).isEmpty();
    assertThat(casePackage.getJsonObject("CFDocument").getString("identifier")).isEqualTo(id("DIVOSA"));
    assertThat(casePackage.getJsonArray("CFItems")).hasSize(420);
    assertThat(casePackage.getJsonArray("CFAssociations")).hasSize(471);
  }

  // ------------------------------------------------------------------ import

  @Test
  void onlyABeheerderMayImport() {
    String json = smallPackage("REST-IT-" + suffix(), "BEHAVIOUR_EXAMPLE", UUID.randomUUID()).toString();

    HttpResponse<String> anonymous = post(json);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertProblem(anonymous);
    assertThat(anonymous.headers().firstValue("www-authenticate")).isPresent();

    HttpResponse<String> provider = post(json, "aanbieder");
    assertThat(provider.statusCode()).isEqualTo(403);
    assertProblem(provider);
    assertThat(object(provider).getString("detail")).isEqualTo("U heeft geen toestemming voor deze handeling.");
  }

  @Test
  void beheerderImportsAValidPackageAsAConceptAndAgainAsUnchanged() {
    String code = "REST-IT-" + suffix();
    JsonObject casePackage = smallPackage(code, "BEHAVIOUR_EXAMPLE", null);
    String documentId = casePackage.getJsonObject("CFDocument").getString("identifier");

    HttpResponse<String> created = post(casePackage.toString(), "beheerder");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/api/v1/frameworks/" + documentId));
    JsonObject result = object(created);
    assertThat(result.getString("outcome")).isEqualTo("CREATED");
    assertThat(result.getString("status")).isEqualTo("CONCEPT");
    assertThat(result.getString("code")).isEqualTo(code);
    assertThat(result.getInt("itemCount")).isEqualTo(2);
    assertThat(result.getInt("associationCount")).isEqualTo(2);

    HttpResponse<String> again = post(casePackage.toString(), "beheerder");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(object(again).getString("outcome")).isEqualTo("UNCHANGED");

    // a concept is the beheerder's: invisible to everyone else on /api and on the CASE endpoints
    assertThat(Http.get(base + "api/v1/frameworks/" + documentId, auth("beheerder")).statusCode()).isEqualTo(200);
    assertThat(Http.get(base + "api/v1/frameworks/" + documentId).statusCode()).isEqualTo(404);
    assertThat(Http.get(base + "api/v1/frameworks/" + documentId, auth("aanbieder")).statusCode()).isEqualTo(404);
    assertThat(codes(Http.get(base + "api/v1/frameworks", auth("beheerder")))).contains(code);
    assertThat(codes(Http.get(base + "api/v1/frameworks"))).doesNotContain(code);
    assertThat(Http.get(base + CASE + "CFPackages/" + documentId).statusCode()).isEqualTo(404);
    assertThat(Http.get(base + CASE + "CFPackages/" + documentId, auth("beheerder")).statusCode()).isEqualTo(200);
    String itemId = casePackage.getJsonArray("CFItems").getJsonObject(0).getString("identifier");
    assertThat(Http.get(base + CASE + "CFItems/" + itemId).statusCode()).isEqualTo(404);
    assertThat(Http.get(base + "api/v1/items/" + itemId).statusCode()).isEqualTo(404);
    assertThat(Http.get(base + "api/v1/items/" + itemId, auth("beheerder")).statusCode()).isEqualTo(200);
    // its exactMatchOf to SV.C4 shows on SV.C4 for the beheerder only
    String c4 = itemId("SV", "COMPETENCY", "SV.C4");
    assertThat(Http.get(base + "api/v1/items/" + c4).body()).doesNotContain(itemId);
    assertThat(Http.get(base + "api/v1/items/" + c4, auth("beheerder")).body()).contains(itemId);
  }

  @Test
  void invalidPackagesAreRefusedWithJsonPathsAndDutchMessagesAndNothingIsStored() {
    int before = array(Http.get(base + "api/v1/frameworks", auth("beheerder"))).size();
    UUID nowhere = UUID.randomUUID();
    JsonObject casePackage = smallPackage("REST-IT-" + suffix(), "ONZIN", nowhere);

    HttpResponse<String> refused = post(casePackage.toString(), "beheerder");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertProblem(refused);
    JsonObject problem = object(refused);
    assertThat(problem.getString("detail")).isEqualTo("Het CASE-pakket is niet ingelezen: 2 fout(en) gevonden. Er is niets opgeslagen.");
    assertThat(messageOf(problem, "$.CFItems[1].CFItemType")).isEqualTo("Het itemtype 'ONZIN' kent Vakwijzer niet.");
    assertThat(messageOf(problem, "$.CFAssociations[1].destinationNodeURI.identifier"))
        .isEqualTo("Deze associatie verwijst naar " + nowhere + " ('SV.C4'), dat niet in het pakket en niet in Vakwijzer staat.");
    assertThat(array(Http.get(base + "api/v1/frameworks", auth("beheerder")))).hasSize(before);

    HttpResponse<String> malformed = post("{\"CFDocument\": {", "beheerder");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(object(malformed).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("$");
    assertThat(object(malformed).getJsonArray("errors").getJsonObject(0).getString("message")).startsWith("Het bestand is geen geldige JSON");
    assertThat(array(Http.get(base + "api/v1/frameworks", auth("beheerder")))).hasSize(before);
  }

  @Test
  void packagesOverTwentyMegabytesAreRefusedAsTooLarge() {
    byte[] body = new byte[20 * 1024 * 1024 + 1024];
    Arrays.fill(body, (byte) ' ');

    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/frameworks/import"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", Http.basic("beheerder", DemoAccounts.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertProblem(response);
    assertThat(object(response).getString("detail")).isEqualTo("Het bestand is te groot: hoogstens 20 MB.");
  }

  // ------------------------------------------------------------------ CASE 1.1

  @Test
  void caseDocumentsListThePublishedFrameworksWithLinksToTheirPackages() {
    HttpResponse<String> response = Http.get(base + CASE + "CFDocuments");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject set = object(response);
    assertThat(CaseSchemas.problems(CaseSchemas.CF_DOCUMENT_SET, set)).isEmpty();
    JsonArray documents = set.getJsonArray("CFDocuments");
    // the seven reference documents are there (other test classes add published frameworks too)
    assertThat(documents.stream().map(d -> d.asJsonObject().getString("identifier")))
        .containsAll(frameworks.values().stream().map(f -> f.getString("id")).toList());
    JsonObject sv =
        documents.stream().map(JsonValue::asJsonObject).filter(d -> d.getString("identifier").equals(id("SV"))).findFirst().orElseThrow();
    String packageUri = sv.getJsonObject("CFPackageURI").getString("uri");
    assertThat(packageUri).isEqualTo(base + CASE + "CFPackages/" + id("SV"));

    JsonObject casePackage = object(Http.get(packageUri));
    assertThat(CaseSchemas.problems(CaseSchemas.CF_PACKAGE, casePackage)).isEmpty();
    assertThat(casePackage.getJsonArray("CFItems")).hasSize(228);
  }

  @Test
  void caseItemsAndAssociationsHaveTheShapesOfTheCaseRestBinding() {
    JsonObject item = object(Http.get(base + CASE + "CFItems/" + itemId("DIVOSA", "COMPETENCY", "DIV.INK.HT3.PROBLEEMANALYSE")));
    assertThat(CaseSchemas.problems(CaseSchemas.CF_ITEM, item)).isEmpty();
    assertThat(item.getJsonObject("CFDocumentURI").getString("identifier")).isEqualTo(id("DIVOSA"));
    assertThat(item.getString("humanCodingScheme")).isEqualTo("DIV.INK.HT3.PROBLEEMANALYSE");

    JsonObject detail = object(Http.get(base + "api/v1/items/" + item.getString("identifier")));
    String associationId = detail.getJsonArray("outgoing").stream().map(JsonValue::asJsonObject)
        .filter(a -> a.getString("type").equals("exactMatchOf")).findFirst().orElseThrow().getString("id");
    JsonObject association = object(Http.get(base + CASE + "CFAssociations/" + associationId));
    assertThat(CaseSchemas.problems(CaseSchemas.CF_ASSOCIATION, association)).isEmpty();
    assertThat(association.getJsonObject("destinationNodeURI").getString("title")).isEqualTo("PIC.PROBLEEMANALYSE");
  }

  @Test
  void caseErrorsAreImsxStatusInfoObjects() {
    String unknown = UUID.randomUUID().toString();
    for (String path : new String[] {"CFPackages/" + unknown, "CFItems/" + unknown, "CFAssociations/" + unknown}) {
      HttpResponse<String> response = Http.get(base + CASE + path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
      assertStatusInfo(object(response), "unknownobject");
    }
    HttpResponse<String> malformed = Http.get(base + CASE + "CFItems/geen-uuid");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertStatusInfo(object(malformed), "invalid_uuid");
    assertThat(object(malformed).getString("imsx_description")).isEqualTo("'geen-uuid' is geen geldige identifier (UUID).");

    HttpResponse<String> noSuchEndpoint = Http.get(base + CASE + "CFRubrics/" + unknown);
    assertThat(noSuchEndpoint.statusCode()).isEqualTo(404);
    assertStatusInfo(object(noSuchEndpoint), "unknownobject");
  }

  @Test
  void caseEndpointsLiveOnlyUnderTheirOwnPathAndTheApiOnlyUnderApi() {
    HttpResponse<String> caseUnderApi = Http.get(base + "api/CFDocuments");
    assertThat(caseUnderApi.statusCode()).isEqualTo(404);
    assertProblem(caseUnderApi);

    HttpResponse<String> apiUnderCase = Http.get(base + CASE + "v1/frameworks");
    assertThat(apiUnderCase.statusCode()).isEqualTo(404);
    assertStatusInfo(object(apiUnderCase), "unknownobject");
  }

  @Test
  void openApiDocumentListsTheFrameworkAndCaseEndpoints() {
    String openapi = Http.get(base + "openapi").body();

    assertThat(openapi)
        .contains("/api/v1/frameworks:")
        .contains("/api/v1/frameworks/{id}:")
        .contains("/api/v1/frameworks/{id}/items:")
        .contains("/api/v1/frameworks/{id}/case:")
        .contains("/api/v1/frameworks/import:")
        .contains("/api/v1/items/{id}:")
        .contains("Competentiekaders")
        .contains("/ims/case/v1p1/CFDocuments:")
        .contains("/ims/case/v1p1/CFPackages/{sourcedId}:")
        .doesNotContain("/api/CFDocuments");
  }

  // ------------------------------------------------------------------ helpers

  /**
   * A package with a competency and a behaviour example under it (of {@code exampleType}), and an
   * exactMatchOf from the competency to SV.C4 (or to {@code target} when given).
   */
  private static JsonObject smallPackage(String code, String exampleType, UUID target) {
    UUID document = UUID.randomUUID();
    UUID competency = UUID.randomUUID();
    UUID example = UUID.randomUUID();
    UUID sv4 = target != null ? target : UUID.fromString(itemId("SV", "COMPETENCY", "SV.C4"));
    String when = "2026-11-26T00:00:00+00:00";
    return Json.createObjectBuilder()
        .add("CFDocument", Json.createObjectBuilder()
            .add("identifier", document.toString()).add("uri", "urn:uuid:" + document)
            .add("creator", "FrameworkRestIT").add("title", "Testkader " + code)
            .add("lastChangeDateTime", when).add("language", "nl").add("version", "1")
            .add("extensions", Json.createObjectBuilder().add("code", code)))
        .add("CFItems", Json.createArrayBuilder()
            .add(item(code + ".ANALYSE", "COMPETENCY", competency, "Analyseert de hulpvraag.", when))
            .add(item(code + ".ANALYSE.1", exampleType, example, "Vraagt door.", when)))
        .add("CFAssociations", Json.createArrayBuilder()
            .add(association("isChildOf", example, code + ".ANALYSE.1", competency, code + ".ANALYSE", when))
            .add(association("exactMatchOf", competency, code + ".ANALYSE", sv4, "SV.C4", when)))
        .build();
  }

  private static JsonObject item(String humanCode, String type, UUID id, String statement, String when) {
    return Json.createObjectBuilder()
        .add("identifier", id.toString()).add("uri", "urn:uuid:" + id).add("fullStatement", statement)
        .add("humanCodingScheme", humanCode).add("CFItemType", type).add("lastChangeDateTime", when)
        .build();
  }

  private static JsonObject association(String type, UUID origin, String originCode, UUID destination, String destinationCode, String when) {
    UUID id = UUID.randomUUID();
    return Json.createObjectBuilder()
        .add("identifier", id.toString()).add("uri", "urn:uuid:" + id).add("associationType", type)
        .add("originNodeURI", Json.createObjectBuilder().add("title", originCode).add("identifier", origin.toString()).add("uri", "urn:uuid:" + origin))
        .add("destinationNodeURI", Json.createObjectBuilder().add("title", destinationCode).add("identifier", destination.toString()).add("uri", "urn:uuid:" + destination))
        .add("lastChangeDateTime", when)
        .build();
  }

  private static HttpResponse<String> post(String json, String... user) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "api/v1/frameworks/import"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (user.length > 0) {
      request.header("Authorization", Http.basic(user[0], DemoAccounts.PASSWORD));
    }
    return Http.send(request.build());
  }

  private static String[] auth(String user) {
    return new String[] {"Authorization", Http.basic(user, DemoAccounts.PASSWORD)};
  }

  private static String id(String code) {
    return frameworks.get(code).getString("id");
  }

  /** The id of the item with this human code, found through the items endpoint. */
  private static String itemId(String framework, String type, String humanCode) {
    JsonObject page = object(Http.get(base + "api/v1/frameworks/" + id(framework) + "/items?size=200&type=" + type + "&q=" + humanCode));
    return page.getJsonArray("content").stream().map(JsonValue::asJsonObject)
        .filter(i -> i.getString("humanCode").equals(humanCode)).findFirst().orElseThrow().getString("id");
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  private static List<String> codes(HttpResponse<String> list) {
    List<String> codes = new ArrayList<>();
    array(list).forEach(f -> codes.add(f.asJsonObject().getString("code")));
    return codes;
  }

  private static List<String> humanCodes(JsonArray items) {
    return items.stream().map(i -> i.asJsonObject().getString("humanCode")).toList();
  }

  private static String messageOf(JsonObject problem, String field) {
    return problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("field").equals(field)).findFirst()
        .map(e -> e.getString("message")).orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem));
  }

  private static void assertProblem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(object(response).getInt("status")).isEqualTo(response.statusCode());
    PlatformClientIT.assertNoStackTrace(response.body());
  }

  private static void assertStatusInfo(JsonObject info, String codeMinor) {
    assertThat(info.getString("imsx_codeMajor")).isEqualTo("failure");
    assertThat(info.getString("imsx_severity")).isEqualTo("error");
    assertThat(info.getString("imsx_description")).isNotBlank();
    assertThat(info.getJsonObject("imsx_codeMinor").getJsonArray("imsx_codeMinorField").getJsonObject(0).getString("imsx_codeMinorFieldValue"))
        .isEqualTo(codeMinor);
  }

  private static JsonObject object(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
