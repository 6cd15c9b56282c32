package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.ModuleSubmissions;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The accreditation workflow's steps over REST, on fresh submissions of {@code aanbieder2}: intake,
 * assignment (with the system's proposal), declarations, reviews, advice and decision, ending with the
 * module in the public REST search with only the accepted claim; bad input per endpoint (422/409/400
 * problem+json in Dutch, nothing half-saved); authorization per endpoint (wrong role 403, an
 * application the caller may not see 404, a besluitnemer who reviewed it 403); and the race of two
 * besluitnemers deciding at once (one 200, one 409, one decision in the trail).
 *
 * <p>The auditors, a conflicted auditor (affiliated with aanbieder2's organisation), an account that is
 * both auditor and besluitnemer, and a second besluitnemer are created once through the beheer pages
 * (fresh accounts, so the demo auditors' workload and profiles stay as they are).
 */
class ApplicationWorkflowRestIT {
  private static final String APPLICATIONS = "api/v1/applications";
  private static final String PASSWORD = "Werkstroom-2026-rest";
  private static final String PROVIDER_ORGANISATION = DemoAccounts.AANBIEDER_NOORD.name();
  private static final String STALE = "intussen gewijzigd";

  private static String base;
  private static String suffix;
  private static Staff lead;
  private static Staff second;
  private static Staff conflicted;
  private static Staff dual;
  private static Staff besluitnemer2;

  /** A fresh account: username, display name and (for pool auditors) account id. */
  private record Staff(String username, String name, String id) {}

  @BeforeAll
  static void createStaff() {
    base = TestServer.baseUrl();
    suffix = letters(6);
    Browser browser = new Browser(base);
    try {
      browser.login("beheerder", DemoAccounts.PASSWORD);
      createAccount(browser, "wf-lead-" + suffix, "Lieke Leidsman " + suffix, List.of("Auditor"), true);
      createAccount(browser, "wf-tweede-" + suffix, "Tom Tweede " + suffix, List.of("Auditor"), false);
      createAccount(browser, "wf-conflict-" + suffix, "Carla Conflict " + suffix, List.of("Auditor"), false);
      createAccount(browser, "wf-dubbel-" + suffix, "Dirk Dubbel " + suffix, List.of("Auditor", "Besluitnemer"), false);
      createAccount(browser, "wf-besluit-" + suffix, "Bea Besluit " + suffix, List.of("Besluitnemer"), false);
      lead = profile(browser, "wf-lead-" + suffix, "Lieke Leidsman " + suffix, false, true);
      second = profile(browser, "wf-tweede-" + suffix, "Tom Tweede " + suffix, false, false);
      conflicted = profile(browser, "wf-conflict-" + suffix, "Carla Conflict " + suffix, true, false);
      dual = profile(browser, "wf-dubbel-" + suffix, "Dirk Dubbel " + suffix, false, false);
      besluitnemer2 = new Staff("wf-besluit-" + suffix, "Bea Besluit " + suffix, null);
    } finally {
      browser.close();
    }
  }

  private static void createAccount(Browser browser, String username, String name, List<String> roles, boolean check) {
    browser.open("beheer/accounts.xhtml");
    if (check) {
      browser.assertAccessible();
    }
    browser.type("#newAccount\\:username", username);
    browser.type("#newAccount\\:displayName", name);
    browser.type("#newAccount\\:email", username + "@vakwijzer.example");
    for (String role : roles) {
      browser.driver().findElement(By.xpath("//form[@id='newAccount']//label[normalize-space()='" + role + "']")).click();
    }
    browser.selectOne("newAccount:organisation", DemoAccounts.ACCREDITATIEORGAAN.name());
    browser.type("#newAccount\\:password", PASSWORD);
    browser.click("#newAccount\\:create");
    browser.waitForText("Gebruiker '" + username + "' is aangemaakt.");
  }

  /** A pool profile (expertise SV, capacity 50), optionally with a current affiliation with aanbieder2's organisation. */
  private static Staff profile(Browser browser, String username, String name, boolean affiliated, boolean check) {
    browser.open("beheer/auditoren.xhtml");
    browser.waitForText("Auditorenpool");
    if (check) {
      browser.assertAccessible();
    }
    Select choose = new Select(browser.find("#choose\\:auditor"));
    choose.selectByVisibleText(name + " (" + username + ")");
    String id = choose.getFirstSelectedOption().getAttribute("value");
    browser.click("#choose\\:select");
    browser.waitFor().until(d -> d.findElement(By.id("profileHeading")).getText().equals(name));
    browser.type("#profile\\:frameworks", "SV");
    browser.type("#profile\\:capacity", "50");
    if (affiliated) {
      new Select(browser.find("#profile\\:organisation")).selectByVisibleText(PROVIDER_ORGANISATION);
      browser.type("#profile\\:from", "01-01-2025");
      browser.type("#profile\\:affiliationDescription", "Trainer bij deze aanbieder");
      browser.click("#profile\\:addAffiliation");
    } else {
      browser.click("#profile\\:save");
    }
    browser.waitForText("Het profiel van " + name + " is opgeslagen.");
    if (check) {
      browser.assertAccessible();
    }
    return new Staff(username, name, id);
  }

  // ------------------------------------------------------------------ happy path

  @Test
  void aProviderSubmissionIsTakenToADecisionOverRestAndOnlyTheAcceptedClaimIsSearchable() {
    String word = "Werkstroomtraining" + letters(8);
    String title = word + " " + UUID.randomUUID();
    String id = submitted(title);

    // intake: complete (the claimed frameworks are the default expertise)
    JsonObject application = ok(post(id + "/intake", "beheerder", "{\"complete\": true, \"revision\": " + revision(id) + "}"));
    assertThat(application.getString("state")).isEqualTo("TOEGEWEZEN");

    // the system's proposal: the pool's auditors, never the conflicted one
    List<String> proposed = ok(get(id + "/proposed-auditors", "beheerder"), JsonArray.class).stream()
        .map(p -> p.asJsonObject().getString("account")).toList();
    assertThat(proposed).contains(lead.id(), second.id()).doesNotContain(conflicted.id());

    application = ok(post(id + "/assignment", "beheerder",
        "{\"lead\": \"" + lead.id() + "\", \"second\": \"" + second.id() + "\", \"revision\": " + application.getJsonNumber("revision") + "}"));
    assertThat(application.getString("state")).isEqualTo("TOEGEWEZEN");
    assertThat(ok(post(id + "/declaration", lead.username(), "{\"noConflict\": true}")).getString("state")).isEqualTo("TOEGEWEZEN");
    assertThat(ok(post(id + "/declaration", second.username(), "{\"noConflict\": true}")).getString("state")).isEqualTo("IN_BEOORDELING");

    // each auditor: every criterion, a verdict per claim (SV.C4 accepted one level lower, SV.C2 rejected)
    JsonObject review = ok(get(id + "/review", lead.username()));
    assertThat(review.getJsonArray("criteria")).hasSizeGreaterThanOrEqualTo(15);
    assertThat(codes(review)).containsExactly("SV.C4", "SV.C2");
    for (Staff auditor : List.of(lead, second)) {
      JsonObject saved = ok(put(id + "/review", auditor.username(), reviewBody(review, "VOLDOET").build().toString()));
      // independent reviews: each auditor sees only their own scores until both are in
      assertThat(saved.getJsonArray("scores")).hasSize(review.getJsonArray("criteria").size())
          .allSatisfy(s -> assertThat(s.asJsonObject().getString("auditor")).isEqualTo(auditor.id()));
    }
    ok(post(id + "/review/submit", lead.username(), ""));
    assertThat(ok(post(id + "/review/submit", second.username(), "")).getString("state")).isEqualTo("ADVIES");

    // the lead's advice and the besluitnemer's decision
    assertThat(ok(post(id + "/advice", lead.username(), adviceBody(review, revision(id)))).getString("state")).isEqualTo("BESLUIT");
    JsonObject decided = ok(post(id + "/decision", "besluitnemer",
        "{\"outcome\": \"GEACCREDITEERD\", \"validityYears\": 3, \"motivation\": \"Conform advies.\", \"revision\": " + revision(id) + "}"));
    assertThat(decided.getString("state")).isEqualTo("GEACCREDITEERD");
    assertThat(decided.getJsonObject("decision").getString("validUntil")).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusYears(3).toString());
    assertThat(actions(id)).containsOnlyOnce("DECIDED").contains("INTAKE_COMPLETED", "AUDITOR_ASSIGNED", "ADVICE_GIVEN");

    // the public search: the module with only the accepted claim, at the accepted level
    JsonObject hit = searchHit(word, title);
    JsonArray claims = hit.getJsonArray("claims");
    assertThat(claims).hasSize(1);
    assertThat(claims.getJsonObject(0).getString("code")).isEqualTo("SV.C4");
    assertThat(claims.getJsonObject(0).getInt("toLevel")).isEqualTo(1);

    // documented
    String openapi = Http.get(base + "openapi").body();
    assertThat(openapi).contains("/v1/applications/{id}/intake", "/v1/applications/{id}/assignment",
        "/v1/applications/{id}/proposed-auditors", "/v1/applications/{id}/declaration", "/v1/applications/{id}/review",
        "/v1/applications/{id}/review/submit", "/v1/applications/{id}/advice", "/v1/applications/{id}/decision");
  }

  // ------------------------------------------------------------------ the race

  @Test
  void twoBesluitnemersDecidingAtOnceRecordExactlyOneDecision() throws Exception {
    String title = "Race-module " + UUID.randomUUID();
    String id = toDecision(title, lead, second, null);
    long revision = revision(id);
    String body = "{\"outcome\": \"GEACCREDITEERD\", \"validityYears\": 1, \"motivation\": \"Conform advies.\", \"revision\": " + revision + "}";

    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (String besluitnemer : List.of("besluitnemer", besluitnemer2.username())) {
        answers.add(threads.submit(() -> {
          ready.countDown();
          go.await();
          return post(id + "/decision", besluitnemer, body);
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        responses.add(answer.get(120, TimeUnit.SECONDS));
      }
      List<Integer> statuses = new ArrayList<>(responses.stream().map(HttpResponse::statusCode).toList());
      Collections.sort(statuses);
      assertThat(statuses).as(responses.stream().map(HttpResponse::body).toList().toString()).containsExactly(200, 409);
      HttpResponse<String> refused = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
      assertProblem(refused, 409, "Iemand anders heeft de aanvraag voor '" + title + "' intussen gewijzigd. "
          + "Laad de aanvraag opnieuw; er is niets opgeslagen.");
    } finally {
      threads.shutdownNow();
    }
    assertThat(actions(id).stream().filter("DECIDED"::equals)).hasSize(1);
    JsonObject application = ok(get(id, "beheerder"));
    assertThat(application.getString("state")).isEqualTo("GEACCREDITEERD");
    assertThat(application.getJsonObject("decision").getString("validUntil")).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusYears(1).toString());

    // deciding again later: the state says no
    assertProblem(post(id + "/decision", besluitnemer2.username(),
        "{\"outcome\": \"AFGEWEZEN\", \"motivation\": \"Toch niet.\", \"reasonsPerCriterion\": {\"CUR-TOETSING\": \"x\"}}"),
        409, "huidige fase");
  }

  // ------------------------------------------------------------------ bad input

  @Test
  void badInputIsRefusedPerEndpointInDutchAndNothingIsHalfSaved() {
    String title = "Foutinvoer-module " + UUID.randomUUID();
    String id = submitted(title);

    // intake
    assertProblem(post(id + "/intake", "beheerder", ""), 400, "geen inhoud");
    assertProblem(post(id + "/intake", "beheerder", "{niet json"), 400, "geen geldig JSON-object");
    assertField(post(id + "/intake", "beheerder", "{\"complete\": \"ja\"}"), "$.complete", "moet true of false zijn");
    assertField(post(id + "/intake", "beheerder", "{\"complete\": false}"), "$.reasons", "is verplicht");
    assertField(post(id + "/intake", "beheerder", "{\"complete\": false, \"reasons\": \"" + "x".repeat(4001) + "\"}"),
        "$.reasons", "maximaal 4.000 tekens");
    assertField(post(id + "/intake", "beheerder", "{\"complete\": true, \"decisionMaker\": \"" + lead.id() + "\"}"),
        "$.decisionMaker", "geen actieve besluitnemer");
    assertField(post(id + "/intake", "beheerder", "{\"complete\": true, \"revision\": -1}"), "$.revision", "geheel getal van 0 of hoger");
    assertProblem(post(id + "/intake", "beheerder", "{\"complete\": true, \"revision\": " + (revision(id) + 5) + "}"), 409, STALE);
    // wrong state: assignment and decision before the intake
    assertProblem(post(id + "/assignment", "beheerder", "{\"lead\": \"" + lead.id() + "\"}"), 409,
        "Deze actie kan niet in de huidige fase van de aanvraag (Ingediend (intake)).");
    assertProblem(post(id + "/decision", "besluitnemer", decision("GEACCREDITEERD", 3)), 409, "huidige fase");
    assertThat(ok(get(id, "beheerder")).getString("state")).isEqualTo("INGEDIEND");
    assertThat(actions(id)).doesNotContain("INTAKE_COMPLETED", "RETURNED_TO_PROVIDER", "AUDITOR_ASSIGNED");
    ok(post(id + "/intake", "beheerder", "{\"complete\": true}"));

    // assignment
    assertField(post(id + "/assignment", "beheerder", "{}"), "$.lead", "Geef een hoofdauditor");
    assertField(post(id + "/assignment", "beheerder", "{\"lead\": \"geen-uuid\"}"), "$.lead", "geen geldige id");
    assertField(post(id + "/assignment", "beheerder", "{\"lead\": \"" + UUID.randomUUID() + "\"}"), "$.lead",
        "staat niet in de auditorenpool");
    assertProblem(post(id + "/assignment", "beheerder", "{\"lead\": \"" + conflicted.id() + "\"}"), 422,
        conflicted.name() + " heeft de afgelopen drie jaar voor of met deze aanbieder gewerkt (belangenverstrengeling).");
    // the lead would fit, the second not: neither is assigned
    assertProblem(post(id + "/assignment", "beheerder",
        "{\"lead\": \"" + lead.id() + "\", \"second\": \"" + conflicted.id() + "\"}"), 422, "belangenverstrengeling");
    assertThat(actions(id)).doesNotContain("AUDITOR_ASSIGNED");
    assertProblem(post(id + "/assignment", "beheerder", "{\"lead\": \"" + lead.id() + "\", \"second\": \"" + lead.id() + "\"}"),
        422, "al aan deze aanvraag toegewezen");
    assertThat(actions(id)).doesNotContain("AUDITOR_ASSIGNED");
    ok(post(id + "/assignment", "beheerder", "{\"lead\": \"" + lead.id() + "\", \"second\": \"" + second.id() + "\"}"));

    // declaration
    assertField(post(id + "/declaration", lead.username(), "{}"), "$.noConflict", "is verplicht");
    assertField(post(id + "/declaration", lead.username(), "{\"noConflict\": false, \"reason\": \"  \"}"), "$.reason", "is verplicht");
    // scoring before the declaration: the file is not open yet
    assertProblem(put(id + "/review", lead.username(), score("CUR-VISIE", "VOLDOET", "")), 403,
        "Bevestig eerst dat u geen belangenverstrengeling heeft");
    ok(post(id + "/declaration", lead.username(), "{\"noConflict\": true}"));
    ok(post(id + "/declaration", second.username(), "{\"noConflict\": true}"));

    // review
    JsonObject review = ok(get(id + "/review", lead.username()));
    String criterion = review.getJsonArray("criteria").getJsonObject(0).getString("code");
    String c4 = claim(review, "SV.C4");
    assertField(put(id + "/review", lead.username(), "{}"), "$.scores", "Geef scores");
    assertField(put(id + "/review", lead.username(), score(criterion, "GOED", "")), "$.scores[0].score",
        "'GOED' is geen geldige keuze; kies uit VOLDOET, VOLDOET_GEDEELTELIJK, VOLDOET_NIET, NIET_VAN_TOEPASSING.");
    assertField(put(id + "/review", lead.username(), "{\"scores\": [{\"score\": \"VOLDOET\"}]}"), "$.scores[0].criterion", "is verplicht");
    assertProblem(put(id + "/review", lead.username(), score(criterion, "VOLDOET_NIET", "")), 422,
        "Bij criterium " + criterion + " is een bevinding verplicht");
    assertProblem(put(id + "/review", lead.username(), score("GEEN-CRITERIUM", "VOLDOET", "")), 422,
        "Criterium GEEN-CRITERIUM staat niet in het toetsingskader");
    assertField(put(id + "/review", lead.username(), verdict(UUID.randomUUID().toString(), "ACCEPT", null, "")),
        "$.verdicts[0].competency", "claimt deze competentie");
    assertProblem(put(id + "/review", lead.username(), verdict(c4, "ACCEPT_LOWER", 2, "")), 422, "lager zijn dan het geclaimde eindniveau");
    assertField(put(id + "/review", lead.username(), verdict(c4, "ACCEPT_LOWER", -1, "")), "$.verdicts[0].acceptedTo", "niveaus tellen vanaf 0");
    assertProblem(put(id + "/review", lead.username(), verdict(c4, "REJECT", null, "")), 422, "Geef een reden");
    // a fitting score with an unfitting verdict: neither is saved
    assertProblem(put(id + "/review", lead.username(), Json.createObjectBuilder()
        .add("scores", Json.createArrayBuilder().add(Json.createObjectBuilder().add("criterion", criterion).add("score", "VOLDOET")))
        .add("verdicts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("competency", c4).add("verdict", "REJECT")))
        .build().toString()), 422, "Geef een reden");
    assertThat(ok(get(id + "/review", lead.username())).getJsonArray("scores")).isEmpty();
    assertProblem(post(id + "/review/submit", lead.username(), ""), 422, "Scoor eerst elk criterium");
    // wrong state: advice and decision while in review
    assertProblem(post(id + "/advice", lead.username(), adviceBody(review, null)), 409, "huidige fase");
    assertProblem(post(id + "/decision", "besluitnemer", decision("GEACCREDITEERD", 3)), 409,
        "Deze actie kan niet in de huidige fase van de aanvraag (In beoordeling).");
    ok(put(id + "/review", lead.username(), reviewBody(review, "VOLDOET").build().toString()));
    ok(post(id + "/review/submit", lead.username(), ""));
    assertProblem(put(id + "/review", lead.username(), score(criterion, "VOLDOET", "")), 422, "U heeft uw beoordeling al ingediend.");
    assertProblem(post(id + "/review/submit", lead.username(), ""), 422, "al ingediend");
    assertField(put(id + "/review", second.username(), "{\"scores\": [], \"verdicts\": []}"), "$.scores", "Geef scores");
    ok(put(id + "/review", second.username(), reviewBody(review, "VOLDOET").build().toString()));
    assertThat(ok(post(id + "/review/submit", second.username(), "")).getString("state")).isEqualTo("ADVIES");

    // advice
    assertField(post(id + "/advice", lead.username(), "{\"proposedOutcome\": \"JA\", \"motivation\": \"x\", \"claims\": []}"),
        "$.proposedOutcome", "geen geldige keuze");
    assertField(post(id + "/advice", lead.username(), "{\"proposedOutcome\": \"GEACCREDITEERD\", \"validityYears\": 3, \"motivation\": \"x\"}"),
        "$.claims", "is verplicht");
    assertProblem(post(id + "/advice", lead.username(), Json.createObjectBuilder().add("proposedOutcome", "GEACCREDITEERD")
        .add("validityYears", 3).add("motivation", "Eén claim.")
        .add("claims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("competency", c4).add("verdict", "ACCEPT")))
        .build().toString()), 422, "precies één oordeel per claim");
    assertProblem(post(id + "/advice", lead.username(), adviceBody(review, null).replace("\"validityYears\":3", "\"validityYears\":2")),
        422, "Kies een geldigheidsduur van 1 of 3 jaar.");
    assertProblem(post(id + "/advice", second.username(), adviceBody(review, null)), 403, "Alleen de hoofdauditor");
    assertThat(actions(id)).doesNotContain("ADVICE_GIVEN");
    ok(post(id + "/advice", lead.username(), adviceBody(review, null)));

    // decision
    assertProblem(post(id + "/decision", "besluitnemer", "{"), 400, "geen geldig JSON-object");
    assertField(post(id + "/decision", "besluitnemer", "{\"outcome\": \"GEACCREDITEERD\", \"validityYears\": 3}"),
        "$.motivation", "is verplicht");
    assertField(post(id + "/decision", "besluitnemer", "{\"outcome\": \"MISSCHIEN\", \"motivation\": \"x\"}"), "$.outcome", "geen geldige keuze");
    assertProblem(post(id + "/decision", "besluitnemer", decision("GEACCREDITEERD", 5)), 422, "Kies een geldigheidsduur van 1 of 3 jaar.");
    assertProblem(post(id + "/decision", "besluitnemer", decision("GEACCREDITEERD_ONDER_VOORWAARDEN", 3)), 422,
        "ten minste één voorwaarde");
    assertField(post(id + "/decision", "besluitnemer", "{\"outcome\": \"GEACCREDITEERD_ONDER_VOORWAARDEN\", \"validityYears\": 3,"
        + " \"motivation\": \"x\", \"conditions\": [{\"description\": \"Toetsmatrijs\", \"deadline\": \"morgen\"}]}"),
        "$.conditions[0].deadline", "'morgen' is geen geldige datum");
    assertProblem(post(id + "/decision", "besluitnemer", "{\"outcome\": \"GEACCREDITEERD_ONDER_VOORWAARDEN\", \"validityYears\": 1,"
        + " \"motivation\": \"x\", \"conditions\": [{\"description\": \"Toetsmatrijs\", \"deadline\": \"" + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1) + "\"}]}"),
        422, "De termijn van een voorwaarde ligt na vandaag");
    assertProblem(post(id + "/decision", "besluitnemer", "{\"outcome\": \"AFGEWEZEN\", \"motivation\": \"x\"}"), 422,
        "per falend criterium de reden");
    assertField(post(id + "/decision", "besluitnemer", "{\"outcome\": \"AFGEWEZEN\", \"motivation\": \"x\", \"reasonsPerCriterion\": [1]}"),
        "$.reasonsPerCriterion", "per criteriumcode een tekst");
    assertProblem(post(id + "/decision", "besluitnemer", decision("GEACCREDITEERD", 3).replace("}", ", \"revision\": 1}")), 409, STALE);
    JsonObject untouched = ok(get(id, "beheerder"));
    assertThat(untouched.getString("state")).isEqualTo("BESLUIT");
    assertThat(untouched.containsKey("decision") && !untouched.isNull("decision")).isFalse();
    assertThat(actions(id)).doesNotContain("DECIDED");
    // and then a fitting one, under conditions
    JsonObject decided = ok(post(id + "/decision", "besluitnemer", "{\"outcome\": \"GEACCREDITEERD_ONDER_VOORWAARDEN\", \"validityYears\": 1,"
        + " \"motivation\": \"Toetsing aanscherpen.\", \"conditions\": [{\"description\": \"Lever de toetsmatrijs aan.\", \"deadline\": \""
        + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusMonths(3) + "\"}]}"));
    assertThat(decided.getString("state")).isEqualTo("GEACCREDITEERD_ONDER_VOORWAARDEN");
    assertThat(decided.getJsonArray("conditions").getJsonObject(0).getString("description")).isEqualTo("Lever de toetsmatrijs aan.");
  }

  // ------------------------------------------------------------------ authorization

  @Test
  void eachStepChecksRoleVisibilityAndFourEyes() {
    String title = "Rechten-module " + UUID.randomUUID();
    String id = submitted(title);
    String intake = "{\"complete\": true}";

    // wrong role: 403 whatever the id; nobody signed in: 401; unknown or malformed id: 404
    for (String user : List.of("aanbieder2", "aanbieder", "auditor", "besluitnemer", "gemeente")) {
      assertThat(post(id + "/intake", user, intake).statusCode()).as(user).isEqualTo(403);
      assertThat(get(id + "/proposed-auditors", user).statusCode()).as(user).isEqualTo(403);
    }
    assertProblem(post(id + "/intake", "aanbieder2", intake), 403, "U heeft geen toestemming voor deze handeling.");
    assertThat(Http.send(request("POST", id + "/intake", null, intake)).statusCode()).isEqualTo(401);
    assertProblem(post(UUID.randomUUID() + "/intake", "beheerder", intake), 404,
        "Deze aanvraag bestaat niet of u heeft er geen toegang toe.");
    assertThat(post("geen-id/intake", "beheerder", intake).statusCode()).isEqualTo(404);
    assertThat(get(id + "/review", "aanbieder2").statusCode()).isEqualTo(403);

    // intake with the demo besluitnemer designated; assignment: the lead and the account that is also besluitnemer
    ok(post(id + "/intake", "beheerder", "{\"complete\": true, \"decisionMaker\": \"" + besluitnemerId(id, "Henk Jansen") + "\"}"));
    for (String user : List.of("aanbieder2", lead.username(), "besluitnemer")) {
      assertThat(post(id + "/assignment", user, "{\"lead\": \"" + lead.id() + "\"}").statusCode()).as(user).isEqualTo(403);
    }
    ok(post(id + "/assignment", "beheerder", "{\"lead\": \"" + lead.id() + "\", \"second\": \"" + dual.id() + "\"}"));

    // an auditor not assigned, and the conflicted auditor: the application does not exist for them
    for (Staff outsider : List.of(second, conflicted)) {
      assertProblem(post(id + "/declaration", outsider.username(), "{\"noConflict\": true}"), 404, "bestaat niet");
      assertThat(get(id + "/review", outsider.username()).statusCode()).isEqualTo(404);
    }
    assertThat(post(id + "/declaration", "auditor2", "{\"noConflict\": true}").statusCode()).isEqualTo(404);
    for (String user : List.of("aanbieder2", "beheerder", "besluitnemer")) {
      assertThat(post(id + "/declaration", user, "{\"noConflict\": true}").statusCode()).as(user).isEqualTo(403);
    }
    ok(post(id + "/declaration", lead.username(), "{\"noConflict\": true}"));
    ok(post(id + "/declaration", dual.username(), "{\"noConflict\": true}"));

    JsonObject review = ok(get(id + "/review", lead.username()));
    String body = reviewBody(review, "VOLDOET").build().toString();
    for (Staff outsider : List.of(second, conflicted)) {
      assertThat(put(id + "/review", outsider.username(), body).statusCode()).isEqualTo(404);
      assertThat(post(id + "/review/submit", outsider.username(), "").statusCode()).isEqualTo(404);
    }
    for (String user : List.of("aanbieder2", "beheerder", "besluitnemer")) {
      assertThat(put(id + "/review", user, body).statusCode()).as(user).isEqualTo(403);
    }
    for (Staff auditor : List.of(lead, dual)) {
      ok(put(id + "/review", auditor.username(), body));
      ok(post(id + "/review/submit", auditor.username(), ""));
    }
    String advice = adviceBody(review, null);
    assertThat(post(id + "/advice", second.username(), advice).statusCode()).isEqualTo(404);
    assertProblem(post(id + "/advice", dual.username(), advice), 403, "Alleen de hoofdauditor mag dit doen.");
    assertThat(post(id + "/advice", "beheerder", advice).statusCode()).isEqualTo(403);
    ok(post(id + "/advice", lead.username(), advice));

    // the decision: not for auditors or providers; four-eyes; only the designated besluitnemer
    String decision = decision("GEACCREDITEERD", 3);
    for (String user : List.of(lead.username(), "aanbieder2", "beheerder")) {
      assertThat(post(id + "/decision", user, decision).statusCode()).as(user).isEqualTo(403);
    }
    assertProblem(post(id + "/decision", dual.username(), decision), 403,
        "U heeft deze aanvraag beoordeeld en mag er daarom geen besluit over nemen (vier-ogenprincipe).");
    assertProblem(post(id + "/decision", besluitnemer2.username(), decision), 403,
        "Voor deze aanvraag is een andere besluitnemer aangewezen.");
    assertThat(actions(id)).doesNotContain("DECIDED");
    assertThat(ok(post(id + "/decision", "besluitnemer", decision)).getString("state")).isEqualTo("GEACCREDITEERD");
  }

  // ------------------------------------------------------------------ the visit (browser)

  @Test
  void theVisitFormListsExactlyTheClaimedBehaviourExamplesAndKeepsTheObservations() {
    String title = "Visitatie-module " + UUID.randomUUID();
    String id = submitted(title, true);
    ok(post(id + "/intake", "beheerder", "{\"complete\": true}"));
    ok(post(id + "/assignment", "beheerder", "{\"lead\": \"" + lead.id() + "\", \"second\": \"" + second.id() + "\"}"));
    ok(post(id + "/declaration", lead.username(), "{\"noConflict\": true}"));
    ok(post(id + "/declaration", second.username(), "{\"noConflict\": true}"));
    JsonObject review = ok(get(id + "/review", lead.username()));
    List<String> claimed = review.getJsonArray("claims").stream()
        .flatMap(c -> c.asJsonObject().getJsonArray("behaviourExamples").stream().map(e -> ((jakarta.json.JsonString) e).getString()))
        .toList();
    assertThat(claimed).as("the submission claims behaviour examples").hasSize(4);
    List<String> expected = claimed.stream().map(e -> {
      JsonObject item = ok(Http.get(base + "api/v1/items/" + e));
      return (item.getString("humanCode") + " " + item.getString("fullStatement")).replaceAll("\\s+", " ").strip();
    }).toList();

    Browser browser = new Browser(base);
    try {
      browser.login(lead.username(), PASSWORD);
      browser.open("auditor/aanvraag.xhtml?id=" + id).find("#review\\:requestVisit");
      browser.click("#review\\:requestVisit");
      browser.waitForText("De visitatie is gepland; het observatieformulier staat klaar.");
      browser.assertAccessible();
      List<String> labels = browser.driver().findElements(By.cssSelector("label[for$=':observation']")).stream()
          .map(l -> l.getText().replaceAll("\\s+", " ").strip()).toList();
      assertThat(labels).containsExactlyInAnyOrderElementsOf(expected);
      List<WebElement> results = browser.driver().findElements(By.cssSelector("select[id$=':observation']"));
      assertThat(results).hasSize(4);
      new Select(results.get(0)).selectByValue("GEZIEN");
      new Select(results.get(1)).selectByValue("DEELS_GEZIEN");
      browser.driver().findElements(By.cssSelector("textarea[id$=':observationNote']")).get(1)
          .sendKeys("Alleen in het rollenspel, niet in de eigen casus.");
      browser.click("#review\\:saveObservations");
      browser.waitForText("De observaties zijn opgeslagen.");

      // reloaded: the observations are stored
      browser.open("auditor/aanvraag.xhtml?id=" + id).find("#review\\:saveObservations");
      results = browser.driver().findElements(By.cssSelector("select[id$=':observation']"));
      assertThat(new Select(results.get(0)).getFirstSelectedOption().getAttribute("value")).isEqualTo("GEZIEN");
      assertThat(new Select(results.get(1)).getFirstSelectedOption().getAttribute("value")).isEqualTo("DEELS_GEZIEN");
      assertThat(new Select(results.get(2)).getFirstSelectedOption().getAttribute("value")).isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector("textarea[id$=':observationNote']")).get(1).getAttribute("value"))
          .isEqualTo("Alleen in het rollenspel, niet in de eigen casus.");
      browser.assertAccessible();
    } finally {
      browser.close();
    }
    // the same over REST: four lines, two observed
    JsonArray observations = ok(get(id + "/review", lead.username())).getJsonArray("observations");
    assertThat(observations.stream().map(o -> o.asJsonObject().getString("behaviourExample")).toList())
        .containsExactlyInAnyOrderElementsOf(claimed);
    assertThat(observations.stream().map(JsonValue::asJsonObject).filter(o -> o.containsKey("result") && !o.isNull("result"))
        .map(o -> o.getString("result")).toList()).containsExactlyInAnyOrder("GEZIEN", "DEELS_GEZIEN");
  }

  // ------------------------------------------------------------------ helpers: the flow

  /** Submits a module as aanbieder2 and returns its application's id (the hand-off runs after the commit). */
  private static String submitted(String title) {
    return submitted(title, false);
  }

  private static String submitted(String title, boolean withBehaviourExamples) {
    new ModuleSubmissions(base, "aanbieder2", DemoAccounts.PASSWORD).submit(title, withBehaviourExamples);
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      var found = ok(get("", "beheerder"), JsonArray.class).stream().map(JsonValue::asJsonObject)
          .filter(a -> a.getString("moduleTitle").equals(title)).findFirst();
      if (found.isPresent()) {
        return found.get().getString("id");
      }
      assertThat(System.currentTimeMillis()).as("application of '" + title + "'").isLessThan(deadline);
      sleep(500);
    }
  }

  /** Submission → intake → assignment → declarations → two reviews → advice: the application waits for its decision. */
  private static String toDecision(String title, Staff leadAuditor, Staff secondAuditor, String decisionMaker) {
    String id = submitted(title);
    ok(post(id + "/intake", "beheerder", decisionMaker == null ? "{\"complete\": true}"
        : "{\"complete\": true, \"decisionMaker\": \"" + decisionMaker + "\"}"));
    ok(post(id + "/assignment", "beheerder", "{\"lead\": \"" + leadAuditor.id() + "\", \"second\": \"" + secondAuditor.id() + "\"}"));
    ok(post(id + "/declaration", leadAuditor.username(), "{\"noConflict\": true}"));
    ok(post(id + "/declaration", secondAuditor.username(), "{\"noConflict\": true}"));
    JsonObject review = ok(get(id + "/review", leadAuditor.username()));
    for (Staff auditor : List.of(leadAuditor, secondAuditor)) {
      ok(put(id + "/review", auditor.username(), reviewBody(review, "VOLDOET").build().toString()));
      ok(post(id + "/review/submit", auditor.username(), ""));
    }
    assertThat(ok(post(id + "/advice", leadAuditor.username(), adviceBody(review, null))).getString("state")).isEqualTo("BESLUIT");
    return id;
  }

  /** Every criterion scored; SV.C4 (0 → 2) accepted at level 1, SV.C2 rejected. */
  private static JsonObjectBuilder reviewBody(JsonObject review, String score) {
    JsonArrayBuilder scores = Json.createArrayBuilder();
    for (JsonValue c : review.getJsonArray("criteria")) {
      scores.add(Json.createObjectBuilder().add("criterion", c.asJsonObject().getString("code")).add("score", score).add("finding", ""));
    }
    return Json.createObjectBuilder().add("scores", scores).add("verdicts", verdicts(review));
  }

  private static JsonArrayBuilder verdicts(JsonObject review) {
    return Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("competency", claim(review, "SV.C4")).add("verdict", "ACCEPT_LOWER")
            .add("acceptedTo", 1).add("reason", "Het hoogste niveau wordt niet getoetst."))
        .add(Json.createObjectBuilder().add("competency", claim(review, "SV.C2")).add("verdict", "REJECT")
            .add("reason", "Geen werkvorm oefent het coachen."));
  }

  private static String adviceBody(JsonObject review, Long revision) {
    JsonObjectBuilder advice = Json.createObjectBuilder().add("proposedOutcome", "GEACCREDITEERD").add("validityYears", 3)
        .add("motivation", "Eén claim houdbaar op een lager niveau; coachen niet aangetoond.").add("claims", verdicts(review));
    if (revision != null) {
      advice.add("revision", revision);
    }
    return advice.build().toString();
  }

  private static String decision(String outcome, int years) {
    return "{\"outcome\": \"" + outcome + "\", \"validityYears\": " + years + ", \"motivation\": \"Conform advies.\"}";
  }

  private static String score(String criterion, String score, String finding) {
    return Json.createObjectBuilder().add("scores", Json.createArrayBuilder().add(Json.createObjectBuilder()
        .add("criterion", criterion).add("score", score).add("finding", finding))).build().toString();
  }

  private static String verdict(String competency, String type, Integer acceptedTo, String reason) {
    JsonObjectBuilder v = Json.createObjectBuilder().add("competency", competency).add("verdict", type).add("reason", reason);
    if (acceptedTo != null) {
      v.add("acceptedTo", acceptedTo);
    }
    return Json.createObjectBuilder().add("verdicts", Json.createArrayBuilder().add(v)).build().toString();
  }

  private static String claim(JsonObject review, String code) {
    return review.getJsonArray("claims").stream().map(JsonValue::asJsonObject).filter(c -> c.getString("code").equals(code))
        .findFirst().orElseThrow().getString("competency");
  }

  private static List<String> codes(JsonObject review) {
    return review.getJsonArray("claims").stream().map(c -> c.asJsonObject().getString("code")).toList();
  }

  private static long revision(String id) {
    return ok(get(id, "beheerder")).getJsonNumber("revision").longValue();
  }

  private static List<String> actions(String id) {
    return ok(get(id + "/timeline", "beheerder"), JsonArray.class).stream()
        .map(e -> e.asJsonObject().getString("action")).toList();
  }

  /**
   * A besluitnemer's account id, read from the choices of the intake form on the coordinator's page of
   * an application in intake (there is no account listing over REST).
   */
  private static String besluitnemerId(String applicationId, String displayName) {
    Browser browser = new Browser(base);
    try {
      browser.login("beheerder", DemoAccounts.PASSWORD);
      browser.open("beheer/aanvraag.xhtml?id=" + applicationId).waitForText("Intake");
      browser.assertAccessible();
      return new Select(browser.find("#intake\\:decisionMaker")).getOptions().stream()
          .filter(o -> o.getText().equals(displayName)).findFirst().orElseThrow().getAttribute("value");
    } finally {
      browser.close();
    }
  }

  /** The public search hit of the module (the search index may lag a moment). */
  private static JsonObject searchHit(String word, String title) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      HttpResponse<String> response = Http.get(base + "api/v1/modules?size=100&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
          "Accept-Language", "nl");
      var hit = ok(response).getJsonArray("content").stream().map(JsonValue::asJsonObject)
          .filter(m -> m.getString("title").equals(title)).findFirst();
      if (hit.isPresent()) {
        return hit.get();
      }
      assertThat(System.currentTimeMillis()).as("search hit for '" + title + "'").isLessThan(deadline);
      sleep(1000);
    }
  }

  // ------------------------------------------------------------------ helpers: HTTP

  private static HttpResponse<String> get(String path, String user) {
    return Http.send(request("GET", path, user, null));
  }

  private static HttpResponse<String> post(String path, String user, String json) {
    return Http.send(request("POST", path, user, json));
  }

  private static HttpResponse<String> put(String path, String user, String json) {
    return Http.send(request("PUT", path, user, json));
  }

  private static HttpRequest request(String method, String path, String user, String json) {
    String url = base + APPLICATIONS + (path.isEmpty() ? "" : "/" + path);
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(90))
        .header("Accept-Language", "nl");
    if (user != null) {
      String password = user.startsWith("wf-") ? PASSWORD : DemoAccounts.PASSWORD;
      builder.header("Authorization", Http.basic(user, password));
    }
    if (json == null) {
      return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build();
  }

  private static JsonObject ok(HttpResponse<String> response) {
    return ok(response, JsonObject.class);
  }

  private static <T extends JsonValue> T ok(HttpResponse<String> response, Class<T> type) {
    assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body()).isEqualTo(200);
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return type.cast(reader.readValue());
    }
  }

  private static JsonObject assertProblem(HttpResponse<String> response, int status, String detailPart) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    JsonObject problem;
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      problem = reader.readObject();
    }
    String all = problem.getString("detail") + " " + problem.getJsonArray("errors");
    assertThat(all).contains(detailPart).doesNotContain("Exception", "at nl.");
    return problem;
  }

  /** A 422 whose errors hold the field with a message containing the text. */
  private static void assertField(HttpResponse<String> response, String field, String messagePart) {
    JsonObject problem = assertProblem(response, 422, "");
    assertThat(problem.getString("detail")).isEqualTo("De invoer is niet geldig; zie de fouten per veld.");
    assertThat(problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject)
        .filter(e -> e.getString("field").equals(field)).map(e -> e.getString("message")).toList())
        .as(problem.toString()).anySatisfy(m -> assertThat(m).contains(messagePart));
  }

  private static String letters(int n) {
    Random random = new Random();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
