package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
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
 * Renewal (herbeoordeling) in the browser, on the demo data: {@code aanbieder2} starts a new
 * version of an accredited demo module ("Nieuwe versie"), changes its educational vision and submits
 * it through the REST api; the coordinator does the intake and assigns two auditors; after both
 * declared, the auditor sees what changed since the accredited version and carries the unchanged
 * scores and verdicts over. Plus the beheerder's targeted-review page, closed to providers. Every
 * new page is checked with axe-core.
 */
class AccreditationRenewalIT {
  private static final String MODULES = "api/v1/provider/modules";
  private static final String AANBIEDER2 = Http.basic("aanbieder2", DemoAccounts.PASSWORD);
  private static final String TITLE = "Gespreksvoering bij agressie en weerstand";

  private Browser browser;
  private String base;

  @BeforeEach
  void open() {
    base = TestServer.baseUrl();
    browser = new Browser(base);
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot(Path.of("target", "screenshots", "renewal-" + test.getTestMethod().orElseThrow().getName() + ".png"));
    browser.close();
  }

  @Test
  void theAuditorSeesWhatChangedAndCarriesUnchangedScoresOver() {
    // provider: a new version of the accredited module, one dossier part changed, submitted
    browser.login("aanbieder2", DemoAccounts.PASSWORD);
    browser.open("aanbieder/modules.xhtml").waitForText(TITLE);
    WebElement newVersion = browser.driver().findElement(
        By.xpath("//tr[.//a[normalize-space(text())='" + TITLE + "']]//*[contains(@id, ':newVersion')]"));
    WebElement page = browser.driver().findElement(By.tagName("html"));
    newVersion.click();
    browser.waitUntilGone(page);
    browser.waitFor().until(d -> d.getCurrentUrl().contains("versie="));
    String url = browser.driver().getCurrentUrl();
    String version = url.substring(url.indexOf("versie=") + 7).replaceAll("[&#].*", "");
    browser.logout();

    JsonObject concept = object(Http.get(base + MODULES + "/" + version, "Authorization", AANBIEDER2, "Accept-Language", "nl"));
    assertThat(concept.getString("status")).isEqualTo("CONCEPT");
    JsonObject dossier = Json.createObjectBuilder(concept.getJsonObject("dossier"))
        .add("educationalVision", "Leren door te doen, nu met acteurs en een terugkomdag.").build();
    HttpResponse<String> saved = send("PUT", MODULES + "/" + version, Json.createObjectBuilder()
        .add("revision", concept.getJsonNumber("revision"))
        .add("dossier", dossier)
        .add("explanations", concept.get("explanations") instanceof JsonObject e ? e : JsonValue.EMPTY_JSON_OBJECT).build().toString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    HttpResponse<String> submitted = send("POST", MODULES + "/" + version + "/submit",
        "{\"revision\": " + object(saved).getJsonNumber("revision") + "}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

    // coordinator: intake and two auditors
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/aanvragen.xhtml");
    new Select(browser.find("#filter\\:state")).selectByValue("INGEDIEND");
    submit("#filter\\:apply");
    browser.waitForText(TITLE);
    String href = browser.driver().findElement(By.linkText(TITLE)).getAttribute("href");
    String id = href.substring(href.indexOf("id=") + 3);
    browser.open("beheer/aanvraag.xhtml?id=" + id).waitForText("Intake");
    new Select(browser.find("#intake\\:decisionMaker")).selectByVisibleText("Henk Jansen");
    submit("#intake\\:complete");
    browser.waitForText("De intake is afgerond");
    new Select(browser.find("#assignment\\:lead")).selectByVisibleText("Fatima El Amrani");
    submit("#assignment\\:assignLead");
    browser.waitForText("De auditor is toegewezen");
    new Select(browser.find("#assignment\\:second")).selectByVisibleText("Pieter van Dijk");
    submit("#assignment\\:assignSecond");
    assertThat(browser.text("#secondAuditor")).isEqualTo("Pieter van Dijk");
    browser.logout();

    for (String auditor : List.of("auditor2", "auditor")) {
      browser.login(auditor, DemoAccounts.PASSWORD);
      browser.open("auditor/aanvraag.xhtml?id=" + id).find("#declaration\\:declare");
      submit("#declaration\\:declare");
      browser.waitForText("Het dossier is geopend");
      if (auditor.equals("auditor2")) {
        browser.logout();
      }
    }

    // the auditor: the change panel, then carrying the unchanged parts over
    browser.open("auditor/aanvraag.xhtml?id=" + id).waitForText("Wat is er gewijzigd sinds de geaccrediteerde versie");
    assertThat(browser.text("#changedParts")).contains("Opleidingsvisie");
    assertThat(browser.text("#unchangedClaims")).isNotEqualTo("Geen");
    assertThat(browser.text("#carryableCriteria")).isNotBlank();
    assertThat(browser.text("#criteriaToScore")).contains("CUR-VISIE");
    assertThat(browser.text("#carryableCriteria")).doesNotContain("CUR-VISIE");
    browser.assertAccessible();
    submit("#renewal\\:confirmCarriedOver");
    browser.waitForText("De scores en oordelen van de ongewijzigde criteria en claims zijn overgenomen.");
    // the carried-over scores are now the auditor's own, pre-filled in the review form
    long filled = browser.driver().findElements(By.cssSelector("select.vw-score")).stream()
        .filter(s -> !new Select(s).getFirstSelectedOption().getAttribute("value").isEmpty()).count();
    assertThat(filled).isGreaterThan(0);
    browser.assertAccessible();
    browser.logout();
  }

  @Test
  void theTargetedReviewPageIsForTheBeheerderOnly() {
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/gerichte-herbeoordeling.xhtml").waitForText("Gerichte herbeoordeling");
    browser.assertAccessible();
    List<WebElement> codes = browser.driver().findElements(By.id("choose:code"));
    if (codes.isEmpty()) {
      assertThat(browser.text("#noReplacedFrameworks")).contains("Er is geen kader");
    } else {
      new Select(codes.get(0)).selectByIndex(1);
      submit("#choose\\:show");
      browser.waitForText("Geraakte claims door");
      assertThat(browser.driver().findElements(By.id("noClaims")).size()
          + browser.driver().findElements(By.id("claims")).size()).isEqualTo(1);
      browser.assertAccessible();
    }
    browser.logout();

    browser.login("aanbieder", DemoAccounts.PASSWORD);
    assertThat(Http.get(base + "beheer/gerichte-herbeoordeling.xhtml", "Cookie", cookies()).statusCode()).isEqualTo(403);
  }

  private void submit(String css) {
    WebElement page = browser.driver().findElement(By.tagName("html"));
    browser.click(css);
    browser.waitUntilGone(page);
  }

  private String cookies() {
    return browser.driver().manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  private HttpResponse<String> send(String method, String path, String json) {
    return Http.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept-Language", "nl")
        .header("Authorization", AANBIEDER2)
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  private static JsonObject object(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
