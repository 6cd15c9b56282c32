package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Notifications end to end: a provider submits a module through the provider REST api; the
 * beheerders get an e-mail (over real SMTP, GreenMail) and an inbox entry to do the intake; after
 * assignment the lead auditor gets one. The inbox page lists them (unread in words, link to the
 * application), marks one read and all read; the menu says how many are unread. Another account's
 * notification id cannot be marked read (404, as unknown). Running the dispatcher again (the clock's
 * "Nu uitvoeren") sends nothing twice. Every page visited is checked with axe-core.
 */
class AccreditationNotificationIT {
  private static final String MODULES = "api/v1/provider/modules";
  private static final String NOTIFICATIONS = "api/v1/notifications";
  private static final String AANBIEDER = Http.basic("aanbieder", DemoAccounts.PASSWORD);
  private static final String BEHEERDER = Http.basic("beheerder", DemoAccounts.PASSWORD);
  /** The demo auditors' e-mail addresses by display name. */
  private static final Map<String, String> AUDITORS = Map.of(
      "Fatima El Amrani", "auditor@vakwijzer.example",
      "Pieter van Dijk", "auditor2@vakwijzer.example",
      "Ingrid Vermeulen", "auditor3@vakwijzer.example",
      "Yvonne Hendriks", "auditor4@vakwijzer.example",
      "Koen de Boer", "auditor5@vakwijzer.example");
  private static final Map<String, String> USERNAMES = Map.of(
      "Fatima El Amrani", "auditor", "Pieter van Dijk", "auditor2", "Ingrid Vermeulen", "auditor3",
      "Yvonne Hendriks", "auditor4", "Koen de Boer", "auditor5");

  private Browser browser;
  private String base;

  @BeforeEach
  void open() {
    base = TestServer.baseUrl();
    browser = new Browser(base);
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot(Path.of("target", "screenshots", "notification-" + test.getTestMethod().orElseThrow().getName() + ".png"));
    browser.close();
  }

  @Test
  void aSubmissionNotifiesTheBeheerdersAndAnAssignmentTheAuditorInTheInboxAndByEmailOnce() throws Exception {
    String title = "Meldingen-module " + UUID.randomUUID().toString().substring(0, 8);
    submitThroughTheProviderApi(title);

    // the beheerder: an e-mail and an inbox entry to do the intake
    MimeMessage intakeMail = awaitMail("beheerder@vakwijzer.example", title);
    assertThat(intakeMail.getSubject()).isEqualTo("Nieuwe aanvraag voor '" + title + "': doe de intake");
    String body = (String) intakeMail.getContent();
    assertThat(body).contains("Beste Marieke de Vries", "beheer/aanvraag.xhtml?id=");
    String applicationId = body.replaceAll("(?s).*beheer/aanvraag\\.xhtml\\?id=([0-9a-f-]{36}).*", "$1");

    JsonObject mine = notificationAbout(BEHEERDER, title);
    assertThat(mine.getString("kind")).isEqualTo("INTAKE");
    assertThat(mine.getBoolean("read")).isFalse();
    assertThat(mine.getString("path")).isEqualTo("/beheer/aanvraag.xhtml?id=" + applicationId);

    browser.login("beheerder", DemoAccounts.PASSWORD);
    assertThat(browser.text("#menuForm\\:notifications")).matches("Meldingen \\(\\d+ ongelezen\\)");
    browser.open("account/meldingen.xhtml").waitForText("Nieuwe aanvraag voor '" + title + "': doe de intake");
    WebElement row = rowAbout(title);
    assertThat(row.getText()).contains("Ongelezen");
    assertThat(row.findElement(By.cssSelector("input[id$=':markRead']")).getAttribute("value")).isEqualTo("Markeer als gelezen");
    assertThat(row.findElement(By.cssSelector("a.vw-notification-link")).getAttribute("href"))
        .endsWith("/beheer/aanvraag.xhtml?id=" + applicationId);
    browser.assertAccessible();
    submit(row.findElement(By.cssSelector("input[id$=':markRead']")));
    browser.waitForText("De melding is als gelezen gemarkeerd.");
    assertThat(rowAbout(title).getText()).contains("Gelezen").doesNotContain("Ongelezen");
    assertThat(rowAbout(title).findElements(By.cssSelector("input[id$=':markRead']"))).isEmpty();
    assertThat(notificationAbout(BEHEERDER, title).getBoolean("read")).isTrue();

    // intake and a lead auditor: the auditor is notified
    browser.open("beheer/aanvraag.xhtml?id=" + applicationId).waitForText("Intake");
    new Select(browser.find("#intake\\:decisionMaker")).selectByVisibleText("Henk Jansen");
    submit(browser.find("#intake\\:complete"));
    browser.waitForText("De intake is afgerond");
    Select lead = new Select(browser.find("#assignment\\:lead"));
    String auditorName = lead.getOptions().stream().map(WebElement::getText).filter(AUDITORS::containsKey).findFirst().orElseThrow();
    lead.selectByVisibleText(auditorName);
    submit(browser.find("#assignment\\:assignLead"));
    browser.waitForText("De auditor is toegewezen");
    browser.logout();

    MimeMessage assigned = awaitMail(AUDITORS.get(auditorName), title);
    assertThat(assigned.getSubject()).isEqualTo("U bent toegewezen aan '" + title
        + "' als eerste auditor: verklaar dat u geen belangen hebt en beoordeel");
    assertThat((String) assigned.getContent()).contains("Beste " + auditorName, "auditor/aanvraag.xhtml?id=" + applicationId);

    String auditor = USERNAMES.get(auditorName);
    browser.login(auditor, DemoAccounts.PASSWORD);
    browser.open("account/meldingen.xhtml").waitForText("U bent toegewezen aan '" + title + "'");
    assertThat(rowAbout(title).findElement(By.cssSelector("a.vw-notification-link")).getAttribute("href"))
        .endsWith("/auditor/aanvraag.xhtml?id=" + applicationId);
    browser.assertAccessible();
    // the auditor cannot mark the beheerder's notification (404, as an unknown one), nor see it
    HttpResponse<String> foreign = post(NOTIFICATIONS + "/" + mine.getString("id") + "/read", Http.basic(auditor, DemoAccounts.PASSWORD));
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(post(NOTIFICATIONS + "/" + UUID.randomUUID() + "/read", Http.basic(auditor, DemoAccounts.PASSWORD)).statusCode())
        .isEqualTo(404);
    assertThat(post(NOTIFICATIONS + "/geen-id/read", Http.basic(auditor, DemoAccounts.PASSWORD)).statusCode()).isEqualTo(404);
    assertThat(inbox(Http.basic(auditor, DemoAccounts.PASSWORD)).stream().map(JsonValue::asJsonObject)
        .map(n -> n.getString("id"))).doesNotContain(mine.getString("id"));
    assertThat(get(NOTIFICATIONS, null).statusCode()).isEqualTo(401);
    // "alles gelezen"
    submit(browser.find("#inbox\\:markAllRead"));
    browser.waitForText("meldingen als gelezen gemarkeerd.");
    assertThat(browser.text("#menuForm\\:notifications")).isEqualTo("Meldingen");
    assertThat(browser.driver().findElements(By.cssSelector("input[id$=':markRead']"))).isEmpty();
    browser.assertAccessible();
    browser.logout();

    // the dispatcher again (the daily clock ends with it): nothing about this module is sent twice
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/nazorg.xhtml").waitForText("Dagelijks onderhoud");
    browser.click("#clock\\:runNow");
    browser.waitForText("meldingen gemaild");
    browser.click("#clock\\:runNow");
    Thread.sleep(2000);
    assertThat(mailsAbout(title, "beheerder@vakwijzer.example")).isEqualTo(1);
    assertThat(mailsAbout(title, AUDITORS.get(auditorName))).isEqualTo(1);
    browser.logout();
  }

  // ------------------------------------------------------------------ helpers

  private void submitThroughTheProviderApi(String title) {
    JsonArray frameworks = array(get("api/v1/frameworks", null));
    String sv = frameworks.stream().map(JsonValue::asJsonObject)
        .filter(f -> f.getString("code").equals("SV") && f.getBoolean("reference", false))
        .findFirst().orElseThrow().getString("id");
    JsonArray competencies = object(get("api/v1/frameworks/" + sv + "/items?type=COMPETENCY&size=50", null)).getJsonArray("content");
    String probleemanalyse = idOf(competencies, "SV.C4");
    HttpResponse<String> created = send("POST", MODULES, AANBIEDER, dossier(title, probleemanalyse).build().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject version = object(created);
    String id = version.getString("id");
    JsonObject check = object(send("POST", MODULES + "/" + id + "/check", AANBIEDER, ""));
    JsonObjectBuilder explanations = Json.createObjectBuilder();
    check.getJsonArray("warnings").forEach(w -> explanations.add(w.asJsonObject().getString("id"), "Toegelicht voor de test."));
    HttpResponse<String> saved = send("PUT", MODULES + "/" + id, AANBIEDER, Json.createObjectBuilder()
        .add("revision", version.getJsonNumber("revision")).add("dossier", dossier(title, probleemanalyse))
        .add("explanations", explanations).build().toString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    HttpResponse<String> submitted = send("POST", MODULES + "/" + id + "/submit", AANBIEDER,
        "{\"revision\": " + object(saved).getJsonNumber("revision") + "}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
  }

  private static String idOf(JsonArray items, String code) {
    return items.stream().map(JsonValue::asJsonObject).filter(i -> i.getString("humanCode").equals(code)).findFirst()
        .orElseThrow().getString("id");
  }

  private static JsonObjectBuilder dossier(String title, String competency) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("summary", "Tweedaagse training met praktijkopdracht.")
        .add("targetGroup", "Klantmanagers Werk en Inkomen")
        .add("entryRequirements", "")
        .add("educationalVision", "Leren door te doen met eigen casuïstiek.")
        .add("objectives", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("id", "LD1").add("text", "De deelnemer analyseert een hulpvraag met de leefgebiedenmethode.")))
        .add("coreContents", Json.createArrayBuilder().add("Leefgebiedenmethode"))
        .add("teachingMethods", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("kind", "KLASSIKAAL").add("label", ""))
            .add(Json.createObjectBuilder().add("kind", "TRAINING_ON_THE_JOB").add("label", "")))
        .add("assessmentMethods", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("id", "T1").add("description", "Casusanalyse en beoordeeld gesprek")
            .add("objectiveIds", Json.createArrayBuilder().add("LD1"))))
        .add("size", Json.createObjectBuilder().add("contactHours", 16).add("selfStudyHours", 4).add("meetings", 2).add("spanWeeks", 6))
        .add("workplaceTransfer", Json.createObjectBuilder()
            .add("assignments", Json.createArrayBuilder().add("Analyseer twee eigen casussen")).add("followUpAfterWeeks", 6))
        .add("trainers", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("name", "Anna de Vries").add("qualifications", Json.createArrayBuilder().add("Master Sociaal Werk"))
            .add("experience", "12 jaar").add("registrations", Json.createArrayBuilder())))
        .add("qualityAssurance", Json.createObjectBuilder()
            .add("evaluation", "Evaluatie na elke dag").add("improvementCycle", "PDCA").add("complaintsProcedure", "Klachtenregeling"))
        .add("deliveryMode", "KLASSIKAAL")
        .add("language", "nl")
        .add("prices", Json.createObjectBuilder().add("perParticipant", 495))
        .add("maxGroupSize", 12)
        .add("offerings", Json.createArrayBuilder())
        .add("claims", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("competency", competency)
            .add("from", Json.createObjectBuilder().add("ordinal", 0))
            .add("to", Json.createObjectBuilder().add("ordinal", 1))
            .add("behaviourExamples", Json.createArrayBuilder())
            .add("evidence", Json.createObjectBuilder()
                .add("objectiveIds", Json.createArrayBuilder().add("LD1"))
                .add("teachingMethods", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "TRAINING_ON_THE_JOB").add("label", "")))
                .add("assessmentMethodIds", Json.createArrayBuilder().add("T1")))));
  }

  private WebElement rowAbout(String title) {
    return browser.driver().findElement(By.xpath("//table[contains(@id, 'inbox:list')]//tr[.//a[contains(., \"" + title + "\")]]"));
  }

  private void submit(WebElement button) {
    WebElement page = browser.driver().findElement(By.tagName("html"));
    button.click();
    browser.waitUntilGone(page);
  }

  private JsonArray inbox(String authorization) {
    HttpResponse<String> response = get(NOTIFICATIONS, authorization);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return array(response);
  }

  private JsonObject notificationAbout(String authorization, String title) {
    return inbox(authorization).stream().map(JsonValue::asJsonObject).filter(n -> n.getString("text").contains(title))
        .findFirst().orElseThrow(() -> new AssertionError("no notification about " + title));
  }

  /** Waits (up to 150 s) for the e-mail to this address about this module. */
  private static MimeMessage awaitMail(String address, String about) throws MessagingException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage m : TestServer.mail().getReceivedMessages()) {
        if (isTo(m, address) && String.valueOf(m.getSubject()).contains(about)) {
          return m;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no e-mail to " + address + " about " + about + " within 150 s");
  }

  private static long mailsAbout(String about, String address) {
    return Arrays.stream(TestServer.mail().getReceivedMessages())
        .filter(m -> isTo(m, address))
        .filter(m -> {
          try {
            return String.valueOf(m.getSubject()).contains(about);
          } catch (MessagingException e) {
            return false;
          }
        }).count();
  }

  private static boolean isTo(MimeMessage m, String address) {
    try {
      return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
    } catch (MessagingException e) {
      return false;
    }
  }

  private HttpResponse<String> get(String path, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Accept-Language", "nl").GET();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return Http.send(b.build());
  }

  private HttpResponse<String> post(String path, String authorization) {
    return send("POST", path, authorization, "");
  }

  private HttpResponse<String> send(String method, String path, String authorization, String json) {
    return Http.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept-Language", "nl")
        .header("Authorization", authorization)
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .build());
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
