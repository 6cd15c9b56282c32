package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.Http;
import static nl.vakwijzer.web.it.support.Mailbox.awaitMailTo;
import static nl.vakwijzer.web.it.support.Mailbox.subject;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * After the decision, over the demo applications of {@code aanbieder2} (driven through the service
 * by {@code DemoApplications}): the provider's view and objection, suspension taking the module off
 * the public catalogue at once, the timeline's CSV and PDF export, the daily clock's reminder
 * e-mail, and who may open what. Every page visited is checked with axe-core.
 */
class AccreditationAftercareIT {
  private static final String PASSWORD = DemoAccounts.PASSWORD;

  private Browser browser;

  @BeforeEach
  void open() {
    browser = new Browser(TestServer.baseUrl());
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot(Path.of("target", "screenshots", "aftercare-" + test.getTestMethod().orElseThrow().getName() + ".png"));
    browser.close();
  }

  @Test
  void theProviderSeesTheHistoryOfItsAccreditationAndObjectsWithGrounds() {
    browser.login("aanbieder2", PASSWORD);
    browser.open("aanbieder/aanvragen.xhtml");
    browser.waitForText("Mijn accreditatieaanvragen");
    browser.assertAccessible();
    assertThat(browser.pageText()).contains("Werken met de leefgebiedenmethode", "Geaccrediteerd onder voorwaarden",
        "Integrale toegang in de wijk", "In bezwaar", "Samenwerken met het UWV", "Geschorst", "Ingediend (intake)");
    browser.driver().findElement(By.linkText("Schuldhulpverlening: signaleren en doorverwijzen")).click();
    browser.waitForText("Besluit: Geaccrediteerd");
    assertThat(browser.text("#state")).isEqualTo("Geaccrediteerd");
    assertThat(browser.text("#milestones")).contains("Aanvraag ontvangen", "Geldig tot en met");
    // no internal deliberation for the provider
    assertThat(browser.pageText()).doesNotContain("Criterium gescoord", "Fatima El Amrani");
    browser.assertAccessible();

    browser.click("#objection\\:lodge");
    browser.waitForText("Geef de gronden van uw bezwaar.");
    browser.assertAccessible();
    browser.type("#objection\\:grounds", "De claim op niveau 1 wordt wel degelijk getoetst; zie de praktijkopdracht.");
    browser.click("#objection\\:lodge");
    browser.waitForText("Uw bezwaar is ontvangen.");
    assertThat(browser.text("#state")).isEqualTo("In bezwaar");
    assertThat(browser.text("#milestones")).contains("Bezwaar ingediend", "wordt wel degelijk getoetst");
    assertThat(browser.driver().findElements(By.id("objection:grounds"))).isEmpty();
  }

  @Test
  void aSuspendedAccreditationLeavesThePublicCatalogueAtOnce() {
    browser.login("beheerder", PASSWORD);
    openTimeline("Gespreksvoering bij agressie en weerstand");
    browser.assertAccessible();
    String publicUrl = browser.find("#publicPage").getAttribute("href");
    assertThat(Http.get(publicUrl).statusCode()).isEqualTo(200);

    browser.click("#end\\:suspend");
    browser.waitForText("Geef een reden voor het schorsen of intrekken.");
    browser.type("#end\\:reason", "Klachten van drie gemeenten over uitgevallen praktijkdagen.");
    browser.click("#end\\:suspend");
    browser.waitForText("is geschorst");
    assertThat(browser.text("#state")).isEqualTo("Geschorst");
    assertThat(browser.text("#endedReason")).contains("Klachten van drie gemeenten");
    assertThat(browser.text("#timeline\\:rows")).contains("Accreditatie beëindigd");
    browser.assertAccessible();
    assertThat(Http.get(publicUrl).statusCode()).isEqualTo(404);
  }

  @Test
  void theBeheerderExportsATimelineAsCsvForDutchExcelAndAsPdf() {
    browser.login("beheerder", PASSWORD);
    openTimeline("Digitale vaardigheden voor consulenten");
    assertThat(browser.text("#timeline\\:rows")).contains("Aanvraag ontvangen", "Besluit genomen", "Henk Jansen");

    HttpResponse<String> csv = Http.get(browser.find("#exportCsv").getAttribute("href"), "Cookie", cookies());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").containsIgnoringCase("utf-8");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=\"tijdlijn-digitale-vaardigheden-voor-consulenten-").endsWith(".csv\"");
    String body = csv.body();
    assertThat(body).startsWith("\uFEFF");
    List<String> lines = body.substring(1).lines().toList();
    assertThat(lines.get(0)).isEqualTo("\"Nr.\";\"Tijdstip\";\"Door\";\"Gebeurtenis\";\"Gegevens\"");
    assertThat(lines).anyMatch(l -> l.contains(";\"Besluit genomen\";"));
    // the first event of the application, by the system (the submission came from the catalogue)
    assertThat(lines.get(1)).matches("\"[0-9]+\";\"[0-9]{2}-[0-9]{2}-[0-9]{4} [0-9]{2}:[0-9]{2}\";\"Systeem\";\"Aanvraag ontvangen\";.*");
    // JSON details keep their quotes, doubled inside a quoted field
    assertThat(lines).anyMatch(l -> l.contains("\"\""));
    assertThat(body).contains("\r\n");

    HttpResponse<String> pdf = Http.get(browser.find("#exportPdf").getAttribute("href"), "Cookie", cookies());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=\"tijdlijn-digitale-vaardigheden-voor-consulenten-").endsWith(".pdf\"");
    assertThat(pdf.body()).startsWith("%PDF");
  }

  @Test
  void conditionEvidenceIsCheckedAndRunningTheClockNowMailsTheReminderForAnAccreditationEndingWithin90Days() throws Exception {
    // the provider gives evidence for its condition (nothing typed first: a Dutch message)
    browser.login("aanbieder2", PASSWORD);
    browser.open("aanbieder/aanvragen.xhtml");
    browser.driver().findElement(By.linkText("Werken met de leefgebiedenmethode")).click();
    browser.waitForText("Geaccrediteerd onder voorwaarden");
    browser.click("#conditions\\:list\\:0\\:submitEvidence");
    browser.waitForText("Omschrijf het bewijs of verwijs naar een bijlage.");
    browser.assertAccessible();
    browser.type("#conditions\\:list\\:0\\:evidence", "Formulier effectmeting, bijlage 4 bij het dossier");
    browser.click("#conditions\\:list\\:0\\:submitEvidence");
    browser.waitForText("Het bewijs is ingediend");
    browser.logout();

    // the lead auditor checks it: all conditions met, accredited
    browser.login("auditor", PASSWORD);
    browser.open("auditor/nazorg.xhtml");
    browser.waitForText("Bezwaren en voorwaarden");
    browser.assertAccessible();
    browser.driver().findElement(By.linkText("Werken met de leefgebiedenmethode")).click();
    browser.waitForText("Formulier effectmeting, bijlage 4");
    browser.assertAccessible();
    browser.type("#conditions\\:list\\:0\\:note", "Formulier is compleet.");
    browser.click("#conditions\\:list\\:0\\:met");
    browser.waitForText("De voorwaarde is gecontroleerd.");
    assertThat(browser.text("#state")).isEqualTo("Geaccrediteerd");
    browser.logout();

    browser.login("beheerder", PASSWORD);
    browser.open("beheer/nazorg.xhtml");
    browser.waitForText("Dagelijks onderhoud");
    browser.assertAccessible();
    // the demo accreditations run one year from today; 80 days before their end they are due
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusYears(1).minusDays(80);
    browser.type("#clock\\:day", day.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
    browser.click("#clock\\:runNow");
    browser.waitForText("Uitgevoerd voor " + day.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
    // the reminder is a notification for the provider's users (aanbieder2 is Lotte Mulder), e-mailed once
    MimeMessage mail = awaitMailTo("l.mulder@participatienoord.example", "Het keukentafelgesprek in de Wmo' loopt over 90 dagen af");
    assertThat(mail.getSubject()).isEqualTo("Uw accreditatie van 'Het keukentafelgesprek in de Wmo' loopt over 90 dagen af");
    assertThat((String) mail.getContent()).contains("Beste Lotte Mulder", "herbeoordeling");
    browser.assertAccessible();
    // run again: nothing is sent twice
    int before = TestServer.mail().getReceivedMessages().length;
    browser.type("#clock\\:day", day.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
    browser.click("#clock\\:runNow");
    browser.waitForText("0 herinneringen");
    assertThat(Arrays.stream(TestServer.mail().getReceivedMessages()).skip(before)
        .filter(m -> subject(m).contains("Het keukentafelgesprek in de Wmo"))).isEmpty();
  }

  @Test
  void theBeheerderEditsACriterionInANewConceptAndPublishesIt() {
    browser.login("beheerder", PASSWORD);
    browser.open("beheer/toetsingskader.xhtml");
    browser.waitForText("Versies");
    browser.assertAccessible();
    browser.click("#versions\\:newConcept");
    browser.waitForText("is aangemaakt");
    browser.click("#criteria\\:list\\:0\\:edit");
    browser.waitFor().until(d -> !d.findElement(By.id("edit:code")).getAttribute("value").isEmpty());
    String code = browser.find("#edit\\:code").getAttribute("value");
    browser.assertAccessible();
    browser.type("#edit\\:title", "Opleidingsvisie, herzien " + code);
    browser.type("#edit\\:guidance", "Let op de samenhang tussen visie en werkvormen.");
    browser.click("#edit\\:save");
    browser.waitForText("Criterium " + code + " is opgeslagen.");
    assertThat(browser.text("#criteria\\:list")).contains("Opleidingsvisie, herzien " + code, "Let op de samenhang");
    browser.click("#versions\\:publish");
    browser.waitForText("is gepubliceerd");
    assertThat(browser.text("#versions\\:list")).contains("Vervangen", "Gepubliceerd");
    assertThat(browser.text("#criteria\\:list")).contains("Opleidingsvisie, herzien " + code);
    browser.assertAccessible();
  }

  @Test
  void theAuditorPoolPageSavesAnAffiliationWithItsPeriod() {
    browser.login("beheerder", PASSWORD);
    browser.open("beheer/auditoren.xhtml");
    browser.waitForText("Auditorenpool");
    browser.assertAccessible();
    new Select(browser.find("#choose\\:auditor")).selectByVisibleText("Koen de Boer (auditor5)");
    browser.click("#choose\\:select");
    browser.waitFor().until(d -> d.findElement(By.id("profileHeading")).getText().equals("Koen de Boer"));
    browser.click("#profile\\:addAffiliation");
    browser.waitForText("Kies een organisatie en een begindatum.");
    new Select(browser.find("#profile\\:organisation")).selectByVisibleText(DemoAccounts.AANBIEDER.name());
    browser.type("#profile\\:from", "01-03-2024");
    browser.type("#profile\\:until", "31-12-2025");
    browser.type("#profile\\:affiliationDescription", "Gastdocent");
    browser.click("#profile\\:addAffiliation");
    browser.waitForText("Het profiel van Koen de Boer is opgeslagen.");
    assertThat(browser.text("#affiliations")).contains(DemoAccounts.AANBIEDER.name() + " (01-03-2024 – 31-12-2025) Gastdocent");
    assertThat(browser.text("#pool\\:list")).contains(DemoAccounts.AANBIEDER.name() + " (01-03-2024 – 31-12-2025)");
    browser.assertAccessible();
  }

  @Test
  void anObjectionHandlerDeclaresAndUpholdsTheDecision() {
    browser.login("auditor", PASSWORD);
    browser.open("auditor/nazorg.xhtml");
    browser.driver().findElement(By.linkText("Integrale toegang in de wijk")).click();
    browser.click("#declare\\:declareButton");
    browser.waitForText("Uw verklaring is vastgelegd.");
    assertThat(browser.text("#grounds")).contains("beoordeelde video-opname");
    browser.assertAccessible();
    browser.click("#objection\\:decide");
    browser.waitForText("Geef een motivering.");
    browser.type("#objection\\:motivation", "De video-opname toetst geen gedrag op de werkplek; het besluit blijft.");
    browser.click("#objection\\:decide");
    browser.waitForText("Het bezwaar is beslist.");
    assertThat(browser.text("#state")).isEqualTo("Afgewezen");
    browser.assertAccessible();
    // an application the auditor is not on: 404
    browser.open("auditor/nazorg.xhtml?id=" + java.util.UUID.randomUUID());
    browser.waitForText("Pagina niet gevonden");
  }

  @Test
  void providersCannotReachBeheerPagesNorAnotherProvidersApplication() {
    browser.login("aanbieder2", PASSWORD);
    browser.open("aanbieder/aanvragen.xhtml");
    String foreign = browser.driver().findElement(By.linkText("Jongeren naar werk begeleiden")).getAttribute("href");
    browser.logout();

    browser.login("aanbieder", PASSWORD);
    browser.driver().get(foreign);
    browser.waitForText("Pagina niet gevonden");
    assertThat(Http.get(foreign, "Cookie", cookies()).statusCode()).isEqualTo(404);
    assertThat(Http.get(TestServer.baseUrl() + "aanbieder/aanvraag.xhtml?id=nonsense", "Cookie", cookies()).statusCode()).isEqualTo(404);
    for (String page : List.of("beheer/nazorg.xhtml", "beheer/tijdlijn.xhtml?id=" + foreign.replaceAll(".*id=", ""),
        "beheer/toetsingskader.xhtml", "beheer/auditoren.xhtml",
        "beheer/tijdlijn/export?format=csv&id=" + foreign.replaceAll(".*id=", ""))) {
      assertThat(Http.get(TestServer.baseUrl() + page, "Cookie", cookies()).statusCode()).as(page).isEqualTo(403);
    }
    browser.open("aanbieder/aanvragen.xhtml");
    assertThat(browser.pageText()).doesNotContain("Jongeren naar werk begeleiden");
    browser.assertAccessible();
  }

  private void openTimeline(String title) {
    browser.open("beheer/nazorg.xhtml");
    browser.waitForText("Alle aanvragen");
    browser.driver().findElement(By.linkText(title)).click();
    browser.waitForText("Tijdlijn van de aanvraag: " + title);
  }

  private String cookies() {
    return browser.driver().manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }
}
