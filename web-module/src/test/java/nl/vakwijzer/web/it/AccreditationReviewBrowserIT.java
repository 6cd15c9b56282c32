package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.ModuleSubmissions;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The review path end to end in the browser, on the shared demo server: a provider submits a
 * module through the REST api → the coordinator does the intake and assigns two auditors → both
 * declare no conflict, score every criterion and judge each claim (one accepted at a lower level,
 * one rejected) → the lead advises → a besluitnemer accredits for three years → the public module
 * page shows only the accepted claim at its accepted level. Plus who may not see or do what, and
 * axe-core on every page of the path.
 */
class AccreditationReviewBrowserIT {

  private Browser browser;
  private String base;

  @BeforeEach
  void open() {
    base = TestServer.baseUrl();
    browser = new Browser(base);
  }

  @AfterEach
  void close() {
    browser.screenshot(Path.of("target", "screenshots", "accreditation-review.png"));
    browser.close();
  }

  @Test
  void aSubmittedModuleIsReviewedAdvisedAndAccreditedWithOnlyTheAcceptedClaimAtItsLevel() {
    String title = "Review-module " + UUID.randomUUID();
    String version = new ModuleSubmissions(base, "aanbieder2", DemoAccounts.PASSWORD).submit(title, false);

    // the provider may not see the coordinator's list
    browser.login("aanbieder", DemoAccounts.PASSWORD);
    browser.open("beheer/aanvragen.xhtml").waitForText("Geen toegang");
    browser.logout();

    // coordinator: list, filter, dossier, intake
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/aanvragen.xhtml");
    new Select(browser.find("#filter\\:state")).selectByValue("INGEDIEND");
    submit("#filter\\:apply");
    browser.waitForText(title);
    browser.assertAccessible();
    String href = browser.driver().findElement(By.linkText(title)).getAttribute("href");
    String id = href.substring(href.indexOf("id=") + 3);
    browser.open("beheer/aanvraag.xhtml?id=" + id).waitForText("Intake");
    assertThat(browser.text("#nonPublic")).contains("Leren door te doen met eigen casuïstiek.", "Anna de Vries", "PDCA");
    browser.assertAccessible();
    new Select(browser.find("#intake\\:decisionMaker")).selectByVisibleText("Henk Jansen");
    submit("#intake\\:complete");
    browser.waitForText("De intake is afgerond");
    assertThat(browser.text("#proposals")).contains("Fatima El Amrani", "Pieter van Dijk");
    browser.assertAccessible();
    browser.logout();

    // an auditor not (yet) assigned: the application does not exist for them
    browser.login("auditor", DemoAccounts.PASSWORD);
    browser.open("auditor/aanvraag.xhtml?id=" + id).waitForText("Pagina niet gevonden");
    browser.open("auditor/index.xhtml").logout(); // the error page has no sign-out button

    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/aanvraag.xhtml?id=" + id);
    new Select(browser.find("#assignment\\:lead")).selectByVisibleText("Fatima El Amrani");
    submit("#assignment\\:assignLead");
    browser.waitForText("De auditor is toegewezen");
    new Select(browser.find("#assignment\\:second")).selectByVisibleText("Pieter van Dijk");
    submit("#assignment\\:assignSecond");
    assertThat(browser.text("#secondAuditor")).isEqualTo("Pieter van Dijk");
    assertThat(browser.text("#leadAuditor")).isEqualTo("Fatima El Amrani");
    browser.logout();

    // both auditors declare no conflict before the file opens; scoring starts once both did
    for (String auditor : List.of("auditor", "auditor2")) {
      browser.login(auditor, DemoAccounts.PASSWORD);
      browser.open("auditor/index.xhtml").waitForText(title);
      assertThat(browser.pageText()).contains("Verklaring geen belangenverstrengeling");
      browser.assertAccessible();
      browser.driver().findElement(By.linkText(title)).click();
      browser.waitForText("pas daarna opent het dossier");
      browser.find("#declaration\\:declare");
      assertThat(browser.pageText()).doesNotContain("Leren door te doen met eigen casuïstiek.");
      browser.assertAccessible();
      submit("#declaration\\:declare");
      browser.waitForText("Het dossier is geopend");
      assertThat(browser.text("#nonPublic")).contains("Leren door te doen met eigen casuïstiek.");
      browser.logout();
    }

    // both auditors: scores, verdicts, submit
    String lowerLevel = null;
    for (String auditor : List.of("auditor", "auditor2")) {
      browser.login(auditor, DemoAccounts.PASSWORD);
      browser.open("auditor/aanvraag.xhtml?id=" + id).find("#review\\:submit");
      List<WebElement> scores = browser.driver().findElements(By.cssSelector("select.vw-score"));
      assertThat(scores).hasSizeGreaterThanOrEqualTo(15);
      for (WebElement score : scores) {
        new Select(score).selectByValue("VOLDOET");
      }
      List<WebElement> verdicts = browser.driver().findElements(By.cssSelector("select.vw-verdict"));
      assertThat(verdicts).hasSize(2);
      // claim 1 (SV.C4, 0 → 2): accepted at the level in between; claim 2 (SV.C2): rejected
      new Select(verdicts.get(0)).selectByValue("ACCEPT_LOWER");
      Select level = new Select(browser.find("select[id$=':lowerLevel']"));
      level.selectByIndex(1);
      lowerLevel = level.getFirstSelectedOption().getText();
      new Select(verdicts.get(1)).selectByValue("REJECT");
      List<WebElement> reasons = browser.driver().findElements(By.cssSelector("textarea[id$=':reason']"));
      reasons.get(0).sendKeys("Het hoogste niveau wordt niet getoetst.");
      reasons.get(1).sendKeys("Geen werkvorm oefent het coachen.");
      browser.assertAccessible();
      submit("#review\\:submit");
      browser.waitForText("Uw beoordeling is ingediend");
      browser.logout();
    }

    // a reviewer cannot decide
    browser.login("auditor", DemoAccounts.PASSWORD);
    browser.open("besluit/aanvraag.xhtml?id=" + id).waitForText("Geen toegang");

    // the lead advises from the consolidated view
    browser.open("auditor/aanvraag.xhtml?id=" + id).find("#review\\:advise");
    assertThat(browser.pageText()).contains("Pieter van Dijk: Niet geaccepteerd");
    browser.assertAccessible();
    browser.type("#review\\:motivation", "Eén claim houdbaar op een lager niveau; coachen niet aangetoond.");
    submit("#review\\:advise");
    browser.waitForText("Het advies is uitgebracht");
    browser.logout();

    // before the decision there is no certificate: a Dutch sentence, no error
    browser.login("aanbieder2", DemoAccounts.PASSWORD);
    browser.open("aanbieder/aanvraag.xhtml?id=" + id).waitForText(title);
    assertThat(browser.driver().findElements(By.id("certificateDownload"))).isEmpty();
    HttpResponse<byte[]> early = fetch("certificaat?aanvraag=" + id);
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(new String(early.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("geen certificaat");
    browser.open("certificaat?aanvraag=" + id).waitForText("Geen certificaat beschikbaar");
    browser.assertAccessible();
    browser.open("aanbieder/aanvragen.xhtml").logout();

    // the besluitnemer decides
    browser.login("besluitnemer", DemoAccounts.PASSWORD);
    browser.open("besluit/index.xhtml").waitForText(title);
    browser.assertAccessible();
    browser.driver().findElement(By.linkText(title)).click();
    browser.find("#decision\\:decide");
    browser.assertAccessible();
    new Select(browser.find("#decision\\:outcome")).selectByValue("GEACCREDITEERD");
    new Select(browser.find("#decision\\:validityYears")).selectByValue("3");
    browser.type("#decision\\:motivation", "Conform advies.");
    submit("#decision\\:decide");
    browser.waitForText("Het besluit is genomen");
    assertThat(browser.text("#applicationState")).isEqualTo("Geaccrediteerd");
    assertThat(browser.text("#decisionOutcome")).contains("Geaccrediteerd", String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusYears(3).getYear()));
    browser.logout();

    // public: only the accepted claim, at the accepted level
    browser.open("modules/module.xhtml?versie=" + version).waitForText(title);
    String claims = browser.text("#claimList");
    assertThat(claims).contains("SV.C4").doesNotContain("SV.C2");
    assertThat(claims).contains("→ " + lowerLevel);
    assertThat(browser.driver().findElements(By.cssSelector("#claimList > li"))).hasSize(1);
    browser.assertAccessible();
    browser.click("#verifyCertificate");
    browser.waitForText("Vul de verificatiecode");

    // the certificate: the provider downloads the PDF from its application page
    browser.login("aanbieder2", DemoAccounts.PASSWORD);
    browser.open("aanbieder/aanvraag.xhtml?id=" + id).waitForText(title);
    browser.assertAccessible();
    String code = browser.text("#certificateCode");
    assertThat(code).matches("VW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    HttpResponse<byte[]> pdf = fetch(browser.find("#certificateDownload").getAttribute("href"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String pdfText = pdfText(pdf.body());
    assertThat(pdfText).contains("Certificaat van accreditatie", title, code, "SV.C4", lowerLevel,
        "verificatie.xhtml?code=" + code, "Opleidingscentrum Participatie Noord");
    assertThat(pdfText).doesNotContain("SV.C2");
    browser.logout();

    // another provider: the certificate does not exist for it
    browser.login("aanbieder", DemoAccounts.PASSWORD);
    assertThat(fetch("certificaat?aanvraag=" + id).statusCode()).isEqualTo(404);
    browser.open("certificaat?aanvraag=" + id).waitForText("Pagina niet gevonden");
    browser.open("aanbieder/index.xhtml").logout();

    // the beheerder sees the code too and may download it
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/aanvraag.xhtml?id=" + id).waitForText(title);
    assertThat(browser.text("#certificateCode")).isEqualTo(code);
    assertThat(fetch("certificaat?aanvraag=" + id).statusCode()).isEqualTo(200);
    browser.logout();

    // public verification (no login): "geldig", with module, provider and only the accepted claim
    browser.open("verificatie.xhtml?code=" + code).waitForText(title);
    assertThat(browser.text("#certificateStatusValue")).isEqualTo("geldig");
    assertThat(browser.text("#certificateProvider")).contains("Opleidingscentrum Participatie Noord");
    assertThat(browser.text("#certificateClaims")).contains("SV.C4", lowerLevel).doesNotContain("SV.C2");
    assertThat(browser.text("#certificateValidity")).contains(String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusYears(3).getYear()));
    browser.assertAccessible();
    // typed over by hand: lower case, spaces instead of dashes
    browser.open("verificatie.xhtml");
    browser.type("#code", code.toLowerCase(java.util.Locale.ROOT).replace('-', ' '));
    submit("#verifyButton");
    assertThat(browser.text("#certificateStatusValue")).isEqualTo("geldig");

    // withdrawn by the beheerder: the same code now says "ingetrokken"
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/tijdlijn.xhtml?id=" + id).find("#end\\:withdraw");
    browser.type("#end\\:reason", "De aanbieder biedt de module niet meer aan.");
    submit("#end\\:withdraw");
    browser.waitForText("De aanbieder biedt de module niet meer aan.");
    browser.logout();
    browser.open("verificatie.xhtml?code=" + code).waitForText(title);
    assertThat(browser.text("#certificateStatusValue")).isEqualTo("ingetrokken");
    browser.assertAccessible();
  }

  @Test
  void theVerificationPageShowsSuspensionAndExplainsUnknownCodes() {
    // a suspended demo accreditation keeps its code; the page says "geschorst"
    browser.login("beheerder", DemoAccounts.PASSWORD);
    String suspended = applicationId("GESCHORST", "Samenwerken met het UWV");
    browser.open("beheer/aanvraag.xhtml?id=" + suspended).waitForText("Samenwerken met het UWV");
    String code = browser.text("#certificateCode");
    browser.assertAccessible();
    HttpResponse<byte[]> pdf = fetch("certificaat?aanvraag=" + suspended);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdfText(pdf.body())).contains(code, "geschorst");
    String accredited = applicationId("GEACCREDITEERD", "Het keukentafelgesprek in de Wmo");
    browser.logout();

    browser.open("verificatie.xhtml?code=" + code).waitForText("Samenwerken met het UWV");
    assertThat(browser.text("#certificateStatusValue")).isEqualTo("geschorst");
    assertThat(browser.pageText()).contains("De accreditatie is geschorst");
    assertThat(browser.driver().findElements(By.id("toModule"))).isEmpty();
    browser.assertAccessible();

    // the same, public, over REST
    HttpResponse<String> rest = Http.get(base + "api/v1/certificates/" + code.toLowerCase(java.util.Locale.ROOT));
    assertThat(rest.statusCode()).isEqualTo(200);
    JsonObject verified = object(rest);
    assertThat(verified.getString("code")).isEqualTo(code);
    assertThat(verified.getString("status")).isEqualTo("GESCHORST");
    assertThat(verified.getString("moduleTitle")).isEqualTo("Samenwerken met het UWV");
    assertThat(verified.getJsonArray("acceptedClaims")).hasSize(1);
    HttpResponse<String> unknown = Http.get(base + "api/v1/certificates/VW-0000-0000-0000");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(Http.get(base + "api/v1/certificates/geen-code").statusCode()).isEqualTo(404);

    browser.open("verificatie.xhtml?code=VW-0000-0000-0000").waitForText("Er is geen certificaat met deze verificatiecode");
    browser.assertAccessible();
    browser.open("verificatie.xhtml?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E").waitForText("Dit is geen geldige verificatiecode");
    assertThat(browser.find("#code").getAttribute("value")).isEqualTo("<script>alert(1)</script>");
    browser.assertAccessible();
    browser.open("verificatie.xhtml").waitForText("Vul de verificatiecode");
    assertThat(browser.driver().findElements(By.id("verifyMessage"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("verifyUnknown"))).isEmpty();
    browser.assertAccessible();

    // without signing in the certificate PDF is not served; another provider gets 404 like unknown
    assertThat(Http.get(base + "certificaat?aanvraag=" + accredited).body()).doesNotStartWith("%PDF");
    browser.login("aanbieder", DemoAccounts.PASSWORD);
    assertThat(fetch("certificaat?aanvraag=" + accredited).statusCode()).isEqualTo(404);
    assertThat(fetch("certificaat?aanvraag=" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(fetch("certificaat?aanvraag=geen-id").statusCode()).isEqualTo(404);
    browser.open("aanbieder/index.xhtml").logout();
    browser.login("gemeente", DemoAccounts.PASSWORD);
    assertThat(fetch("certificaat?aanvraag=" + accredited).statusCode()).isEqualTo(403);
    browser.open("gemeente/index.xhtml").logout();
  }

  /** The id of a (demo) application with this title in this state, from the coordinator's list. */
  private String applicationId(String state, String title) {
    browser.open("beheer/aanvragen.xhtml");
    new Select(browser.find("#filter\\:state")).selectByValue(state);
    submit("#filter\\:apply");
    browser.waitForText(title);
    String href = browser.driver().findElement(By.linkText(title)).getAttribute("href");
    return href.substring(href.indexOf("id=") + 3);
  }

  /** GET with the browser's session cookies (the PDF is a download the browser would not show). */
  private HttpResponse<byte[]> fetch(String pathOrUrl) {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
    String cookies = browser.driver().manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue()).collect(java.util.stream.Collectors.joining("; "));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    try {
      return java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()
          .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The text of every page of a PDF (OpenPDF's extractor). */
  private static String pdfText(byte[] pdf) {
    try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
      var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Clicks a full-page submit button and waits for the next page. */
  private void submit(String css) {
    WebElement page = browser.driver().findElement(By.tagName("html"));
    browser.click(css);
    browser.waitUntilGone(page);
  }

  private static JsonObject object(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
