package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.demo.DemoGaps;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The gap search in a real browser (issue 6): the demo municipality builds a target profile,
 * uploads a team (a file with an error first: a report, nothing stored), sees the gap (heat map in
 * words, radar chart with its table), runs the ranked search over the accredited demo modules with
 * Dutch explanations, builds a learning path with its total cost and exports the gap as XLSX.
 * Authorization: another municipality gets 404 on these ids, a provider 403 on the gemeente pages.
 * axe-core on every new page.
 */
class GapSearchBrowserIT {
  private Browser browser;

  /**
   * Starts the shared server once before the tests; on a loaded machine its 180 s start-up limit
   * can pass, and a second attempt (a fresh launcher) then starts in time.
   */
  @org.junit.jupiter.api.BeforeAll
  static void server() {
    try {
      TestServer.baseUrl();
    } catch (IllegalStateException e) {
      TestServer.baseUrl();
    }
  }

  @BeforeEach
  void open() {
    browser = new Browser(TestServer.baseUrl());
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private void clickLabel(String startsWith) {
    browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), '" + startsWith + "')]")).click();
  }

  private Path csv(String content) throws IOException {
    Path file = Files.createTempFile("team", ".csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    file.toFile().deleteOnExit();
    return file;
  }

  private void upload(Path file) {
    browser.find("#upload\\:file").sendKeys(file.toAbsolutePath().toString());
    browser.click("#upload\\:send");
    browser.waitFor().until(d -> !d.findElements(By.id("report")).isEmpty()
        || !d.findElements(By.cssSelector(".ui-growl-message-error")).isEmpty());
  }

  private HttpResponse<byte[]> download(String url) throws Exception {
    String cookies = browser.driver().manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .header("Cookie", cookies).GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void municipalityGoesFromTeamUploadToRankedModulesLearningPathAndExport() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String profileName = "Doelprofiel " + suffix;
    String teamName = "Team " + suffix;
    browser.login("gemeente", DemoAccounts.PASSWORD);

    // target profile: two Standaard competencies at Vakbekwaam
    browser.open("gemeente/doelprofielen.xhtml");
    browser.assertAccessible();
    browser.type("#newProfile\\:name", profileName);
    clickLabel("SV.C1 ");
    clickLabel("SV.C4 ");
    browser.click("#newProfile\\:create");
    browser.waitForText("Doelprofiel '" + profileName + "' is gemaakt met 2 competenties.");
    browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + profileName + "']]//a")).click();
    browser.find("#uploadHeading");
    assertThat(browser.text("#currentProfile")).isEqualTo(profileName);
    browser.assertAccessible();
    String teamsUrl = browser.driver().getCurrentUrl();

    // a file with an error: report per row and cell, nothing stored
    browser.type("#upload\\:teamName", teamName);
    upload(csv("label;SV.C1;SV.C4\nKM-01;Basis;Basis\nKM-02;Meesterlijk;Vakbekwaam\n"));
    assertThat(browser.text("#report")).contains("Meesterlijk").contains("SV.C1");
    browser.waitForText("er is niets opgeslagen");
    browser.assertAccessible();
    browser.open(teamsUrl.substring(teamsUrl.indexOf("gemeente/")));
    assertThat(browser.pageText()).doesNotContain(teamName);

    // the correct file
    browser.type("#upload\\:teamName", teamName);
    upload(csv("label;SV.C1;SV.C4\nKM-01;Basis;Basis\nKM-02;Vakbekwaam;Basis\nKM-03;onder basis;0\n"
        + "KM-04;0;Basis\nKM-05;Basis;Vakbekwaam\nKM-06;Basis;Basis\nKM-07;Vakbekwaam;Basis\n"));
    browser.waitForText("7 personen ingelezen in team '" + teamName + "'.");
    assertThat(browser.text("#currentTeam")).isEqualTo(teamName);
    browser.assertAccessible();

    // the gap
    browser.click("#toGap");
    browser.find("#heatMap");
    assertThat(browser.text("#heatMap")).contains("KM-03").contains("onder Basis").contains("stap(pen) onder")
        .contains("Vakbekwaam, op niveau");
    assertThat(browser.driver().findElements(By.cssSelector("svg#radarChart polygon"))).isNotEmpty();
    assertThat(browser.text("#radarData")).contains("SV.C1").contains("SV.C4");
    assertThat(browser.text("#priority")).contains("SV.C4");
    browser.assertAccessible();
    String gapUrl = browser.driver().getCurrentUrl();

    // the ranked search
    browser.click("#filters\\:search");
    browser.find("#resultList");
    String results = browser.text("#resultList");
    assertThat(results).contains("Probleemanalyse in het sociaal domein");
    assertThat(results).containsPattern("Sluit .+ Basis → Vakbekwaam voor \\d van de \\d medewerkers");
    assertThat(browser.driver().findElement(By.linkText("Probleemanalyse in het sociaal domein")).getAttribute("href"))
        .contains("modules/module.xhtml?versie=");
    browser.assertAccessible();

    // learning path
    browser.click("#path\\:plan");
    browser.find("#totalCost");
    assertThat(browser.text("#totalCost")).contains("Totale kosten").contains("€");
    assertThat(browser.text("#pathModules")).contains("KM-");
    browser.assertAccessible();

    // the learning path as XLSX: the modules shown, with who follows them
    String pathXlsxUrl = browser.find("#pathXlsx").getAttribute("href");
    HttpResponse<byte[]> pathXlsx = download(pathXlsxUrl);
    assertThat(pathXlsx.statusCode()).isEqualTo(200);
    assertThat(pathXlsx.headers().firstValue("Content-Disposition").orElse("")).contains("leerroute.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(pathXlsx.body()))) {
      var modules = wb.getSheet("Modules");
      assertThat(modules.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Deelnemers");
      assertThat(modules.getLastRowNum()).isEqualTo(browser.driver().findElements(By.cssSelector("#pathModules tbody tr")).size());
      assertThat(modules.getRow(1).getCell(1).getStringCellValue()).contains("KM-");
      assertThat(wb.getSheet("Samenvatting").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Totale kosten");
    }

    // XLSX export (the service's workbook) and PDF
    String xlsxUrl = browser.find("#exportXlsx").getAttribute("href");
    HttpResponse<byte[]> xlsx = download(xlsxUrl);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    HttpResponse<byte[]> pdf = download(browser.find("#exportPdf").getAttribute("href"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

    // the provider filter: a list of providers by name; only that provider's modules remain
    new org.openqa.selenium.support.ui.Select(browser.find("#filters\\:provider"))
        .selectByVisibleText("Academie Sociaal Vakmanschap B.V.");
    browser.click("#filters\\:search");
    browser.waitFor().until(d -> d.findElements(By.cssSelector("#resultList li.vw-result > p")).stream()
        .allMatch(p -> p.getText().startsWith("Academie Sociaal Vakmanschap B.V.")));
    assertThat(browser.driver().findElements(By.cssSelector("#resultList li.vw-result"))).isNotEmpty();

    // a bad budget: a Dutch message on the field, no error page
    browser.type("#path\\:budget", "0");
    browser.click("#path\\:plan");
    browser.waitForText("Het budget moet groter zijn dan 0");
    PlatformClientIT.assertNoStackTrace(browser.pageText());

    // save the gap; it is listed with the notifications page
    browser.type("#save\\:name", "Bewaard " + suffix);
    browser.click("#save\\:saveGap");
    browser.waitForText("is bewaard");
    browser.open("gemeente/meldingen.xhtml");
    assertThat(browser.text("#saved\\:list")).contains("Bewaard " + suffix);
    browser.assertAccessible();
    browser.open("gemeente/profiel.xhtml");
    browser.find("#profile\\:code");
    browser.assertAccessible();
    browser.logout();

    // another municipality: 404 on Zwolle's ids, in pages and downloads
    browser.login(DemoGaps.SECOND_USERNAME, DemoAccounts.PASSWORD);
    browser.driver().get(gapUrl);
    assertThat(browser.text("#errorHeading")).isEqualTo("Pagina niet gevonden");
    browser.driver().get(teamsUrl);
    assertThat(browser.text("#errorHeading")).isEqualTo("Pagina niet gevonden");
    assertThat(download(xlsxUrl).statusCode()).isEqualTo(404);
    assertThat(download(pathXlsxUrl).statusCode()).isEqualTo(404);
    // its own demo team is there
    browser.open("gemeente/teams.xhtml");
    assertThat(browser.text("#teamChoice")).contains(DemoGaps.TEAM_NAME);
    assertThat(browser.pageText()).doesNotContain(teamName);
  }

  @Test
  void providersGet403OnGemeentePagesAndSeeTheMarketRadar() throws Exception {
    browser.login("aanbieder", DemoAccounts.PASSWORD);
    for (String page : List.of("gemeente/teams.xhtml", "gemeente/gap.xhtml", "gemeente/doelprofielen.xhtml",
        "gemeente/meldingen.xhtml", "gemeente/profiel.xhtml")) {
      browser.open(page);
      assertThat(browser.text("#errorHeading")).as(page).isEqualTo("Geen toegang");
    }
    browser.open("aanbieder/marktradar.xhtml");
    assertThat(browser.text("#marketHeading")).startsWith("Marktradar");
    browser.assertAccessible();
    HttpResponse<byte[]> csv = download(browser.find("#marketCsv").getAttribute("href"));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("competentie;");
    browser.logout();

    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/marktradar.xhtml");
    assertThat(browser.text("#marketHeading")).startsWith("Marktradar");
    browser.assertAccessible();
    // three demo municipalities saved a gap on the same Standaard competencies: those cells show
    assertThat(browser.text("#marketTable")).contains("SV.C1");
    assertThat(browser.driver().findElements(By.cssSelector("#marketTable tbody tr td:nth-of-type(3)")).stream()
        .map(WebElement::getText).filter(t -> t.matches("\\d+")).map(Integer::parseInt).filter(n -> n >= 3).count())
        .as("cells held by at least three municipalities are shown").isPositive();
    HttpResponse<byte[]> xlsx = download(browser.find("#marketXlsx").getAttribute("href"));
    assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    browser.logout();

    browser.login("gemeente", DemoAccounts.PASSWORD);
    assertThat(download(TestServer.baseUrl() + "marktradar/export?formaat=csv").statusCode()).isEqualTo(403);
  }
}
