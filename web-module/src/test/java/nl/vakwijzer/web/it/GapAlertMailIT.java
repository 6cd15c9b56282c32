package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.demo.DemoGaps;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.Mailbox;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Saved-gap alerts end to end (issue 6, item 8) with a real SMTP server (GreenMail): a provider
 * publishes a new version of an accredited module that ranks in the Zwolle demo municipality's saved
 * gap (a practical change, published at once through the provider REST api: a newly accredited
 * version); the municipality's user gets an e-mail naming the module, its rank and the saved gap, and
 * the in-app notification. A material change cannot be published that way (422), and another
 * provider's version is answered 404 on both new operations.
 */
class GapAlertMailIT {
  private static final String MODULES = "api/v1/provider/modules";
  private static final String GEMEENTE = Http.basic("gemeente", DemoAccounts.PASSWORD);
  private static final String ZWOLLE_MAIL = "s.visser@zwolle.example";

  @Test
  void aNewlyAccreditedVersionInTheTopTenIsMailedAndShownInApp() throws Exception {
    String base = TestServer.baseUrl();
    // the saved gap's ranking, and a demo provider's module in its top 10
    JsonObject saved = array(Http.get(base + "api/v1/gemeente/gaps", "Authorization", GEMEENTE)).stream()
        .map(JsonValue::asJsonObject).filter(g -> g.getString("name").equals(DemoGaps.SAVED_GAP_NAME))
        .findFirst().orElseThrow();
    JsonArray ranked = object(Http.get(base + "api/v1/gemeente/gaps/" + saved.getString("id") + "/search",
        "Authorization", GEMEENTE)).getJsonArray("results");
    Set<String> topTen = ranked.stream().limit(10).map(r -> r.asJsonObject().getString("moduleVersion"))
        .collect(Collectors.toSet());
    String provider = null;
    JsonObject module = null;
    for (String username : List.of("aanbieder2", "aanbieder")) {
      Optional<JsonObject> found = array(Http.get(base + MODULES, "Authorization", basic(username))).stream()
          .map(JsonValue::asJsonObject)
          .filter(m -> m.getString("status").equals("GEACCREDITEERD") && topTen.contains(m.getString("latestVersion")))
          .findFirst();
      if (found.isPresent()) {
        provider = username;
        module = found.get();
        break;
      }
    }
    assertThat(module).as("a demo provider's accredited module in the saved gap's top 10").isNotNull();
    String accredited = module.getString("latestVersion");
    String other = provider.equals("aanbieder") ? "aanbieder2" : "aanbieder";

    // another provider cannot start a version of it, nor publish it
    assertThat(send(base, other, "POST", MODULES + "/" + accredited + "/new-version", "").statusCode()).isEqualTo(404);

    // a new concept; a material change is refused for direct publication
    HttpResponse<String> started = send(base, provider, "POST", MODULES + "/" + accredited + "/new-version", "");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject concept = object(started);
    String version = concept.getString("id");
    JsonObject original = concept.getJsonObject("dossier");
    JsonObject material = Json.createObjectBuilder(original)
        .add("educationalVision", original.getString("educationalVision", "") + " Nu met een extra praktijkdag.").build();
    HttpResponse<String> savedMaterial = send(base, provider, "PUT", MODULES + "/" + version, envelope(concept, material));
    assertThat(savedMaterial.statusCode()).as(savedMaterial.body()).isEqualTo(200);
    HttpResponse<String> refused = send(base, provider, "POST", MODULES + "/" + version + "/publish",
        "{\"revision\": " + object(savedMaterial).getJsonNumber("revision") + "}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

    // a practical change (the summary) is published at once: a newly accredited version
    JsonObject practical = Json.createObjectBuilder(original)
        .add("summary", original.getString("summary", "") + " Nieuw: ook op vrijdag.").build();
    HttpResponse<String> savedPractical = send(base, provider, "PUT", MODULES + "/" + version,
        envelope(object(savedMaterial), practical));
    assertThat(savedPractical.statusCode()).as(savedPractical.body()).isEqualTo(200);
    String revision = "{\"revision\": " + object(savedPractical).getJsonNumber("revision") + "}";
    assertThat(send(base, other, "POST", MODULES + "/" + version + "/publish", revision).statusCode()).isEqualTo(404);
    HttpResponse<String> published = send(base, provider, "POST", MODULES + "/" + version + "/publish", revision);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(object(published).getString("status")).isEqualTo("GEACCREDITEERD");

    // the e-mail, through the real SMTP server
    String title = original.getString("title");
    MimeMessage mail = awaitMail(ZWOLLE_MAIL, title);
    assertThat(mail.getSubject()).isEqualTo("Nieuwe geaccrediteerde module voor '" + DemoGaps.SAVED_GAP_NAME + "'");
    String body = text(mail);
    assertThat(body).contains("De module '" + title + "' is geaccrediteerd en staat op plaats")
        .contains("voor uw bewaarde kloof '" + DemoGaps.SAVED_GAP_NAME + "'")
        .contains("gemeente/meldingen.xhtml");

    // and in the app
    Browser browser = new Browser(base);
    try {
      browser.login("gemeente", DemoAccounts.PASSWORD);
      browser.open("gemeente/meldingen.xhtml").waitForText(title);
      assertThat(browser.pageText()).contains(DemoGaps.SAVED_GAP_NAME);
      browser.assertAccessible();
    } finally {
      browser.close();
    }
  }

  private static String envelope(JsonObject stored, JsonObject dossier) {
    return Json.createObjectBuilder()
        .add("revision", stored.getJsonNumber("revision"))
        .add("dossier", dossier)
        .add("explanations", stored.get("explanations") instanceof JsonObject e ? e : JsonValue.EMPTY_JSON_OBJECT)
        .build().toString();
  }

  private static String basic(String username) {
    return Http.basic(username, DemoAccounts.PASSWORD);
  }

  private static HttpResponse<String> send(String base, String username, String method, String path, String json) {
    return Http.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Accept-Language", "nl")
        .header("Authorization", basic(username))
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  /** Waits (up to 60 s) for an alert e-mail to this address about this module; others are ignored. */
  private static MimeMessage awaitMail(String address, String title) throws InterruptedException {
    GreenMail greenMail = TestServer.mail();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      Optional<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
          .filter(m -> Mailbox.isTo(m, address) && text(m).contains("'" + title + "'"))
          .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no alert e-mail to " + address + " about '" + title + "' within 60 s");
  }

  private static String text(MimeMessage message) {
    try {
      return String.valueOf(message.getContent());
    } catch (MessagingException | java.io.IOException e) {
      return "";
    }
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
