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
import org.openqa.selenium.WebElement;

/**
 * Service levels and statistics over the demo applications ({@code DemoApplications}: the one at
 * intake is backdated past its 10 working days; seven have a decision, two of them rejected on the
 * knock-out criterion CUR-TOETSING). Other ITs on the shared server may add decided applications,
 * so counts are checked as at least the demo's and for consistency between page, table and export.
 * Every page visited is checked with axe-core.
 */
class AccreditationStatisticsIT {
  private static final String PASSWORD = DemoAccounts.PASSWORD;
  private static final String OVERDUE = "Jongeren naar werk begeleiden";

  private Browser browser;

  @BeforeEach
  void open() {
    browser = new Browser(TestServer.baseUrl());
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot(Path.of("target", "screenshots", "statistics-" + test.getTestMethod().orElseThrow().getName() + ".png"));
    browser.close();
  }

  @Test
  void theBeheerderSeesStatisticsMatchingTheDemoAndDownloadsThem() {
    browser.login("beheerder", PASSWORD);
    browser.open("beheer/statistieken.xhtml");
    browser.waitForText("Statistieken accreditatie");
    browser.assertAccessible();
    // reachable from the menu
    assertThat(browser.driver().findElements(By.cssSelector("a[href$='beheer/statistieken.xhtml']"))).isNotEmpty();

    int decided = Integer.parseInt(browser.text("#statisticsIntro").replaceAll("\\D*(\\d+) aanvragen.*", "$1"));
    assertThat(decided).isGreaterThanOrEqualTo(7);
    List<String> total = cells("#leadTime-TOTAL td");
    assertThat(total.get(0)).isEqualTo(String.valueOf(decided));
    // the demo drives each application to its decision at once: lead times are a few working days at most
    assertThat(Integer.parseInt(total.get(1))).isBetween(0, 3);
    assertThat(cells("#leadTime-INTAKE td").get(0)).isEqualTo(String.valueOf(decided));

    // CUR-TOETSING: both auditors of the two demo rejections scored it "voldoet niet"; two scores per decision
    List<String> testing = cells("#criterion-CUR-TOETSING td");
    assertThat(count(testing.get(2))).isGreaterThanOrEqualTo(4);
    assertThat(Integer.parseInt(testing.get(4))).isEqualTo(2 * decided);
    assertThat(browser.text("#criterion-CUR-TOETSING th")).contains("knock-out");
    assertThat(browser.find("#criteriaChart").getAttribute("role")).isEqualTo("img");
    assertThat(browser.text("#competencies")).contains("SV.C1", "SV.C7", "Afgewezen");
    // SV.C7: the Wmo kitchen-table module accepted, the objection module rejected
    WebElement c7 = browser.driver().findElements(By.cssSelector("#competencies tbody tr")).stream()
        .filter(r -> r.getText().startsWith("SV.C7")).findFirst().orElseThrow();
    List<String> c7cells = c7.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    assertThat(count(c7cells.get(0))).isGreaterThanOrEqualTo(1);
    assertThat(count(c7cells.get(2))).isGreaterThanOrEqualTo(1);

    // the export: CSV for Dutch Excel with the same numbers
    HttpResponse<String> csv = Http.get(TestServer.baseUrl() + "beheer/statistieken/export", "Cookie", cookies());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".csv");
    assertThat(csv.body()).startsWith("\uFEFF\"Statistieken accreditatie\";");
    assertThat(csv.body()).contains("\"Aanvragen met een besluit: " + decided + "\"", "\r\n",
        "\"Indiening tot besluit\";\"" + decided + "\"", "\"CUR-TOETSING\";");
  }

  @Test
  void theOverviewShowsTheOverdueApplicationFirstWithATextFlag() throws Exception {
    browser.login("beheerder", PASSWORD);
    browser.open("beheer/aanvragen.xhtml");
    browser.waitForText("Termijn overschreden");
    browser.assertAccessible();
    assertThat(browser.text("#overdueSummary")).contains("over de termijn");
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#applications tbody tr"));
    assertThat(rows.get(0).getText()).contains("Termijn overschreden", "werkdag(en) te laat", "Intake: uiterlijk");
    WebElement overdue = rows.stream().filter(r -> r.getText().contains(OVERDUE)).findFirst().orElseThrow();
    assertThat(overdue.getText()).contains("Termijn overschreden", "werkdag(en) te laat");
    int firstInTime = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).getText().contains("Termijn overschreden")) {
        firstInTime = i;
        break;
      }
    }
    final int cut = firstInTime;
    assertThat(rows.stream().skip(Math.max(cut, 0)).map(WebElement::getText)).noneMatch(t -> t.contains("Termijn overschreden"));

    // the clock records "termijn overschreden" once and tells the beheerder by e-mail
    browser.open("beheer/nazorg.xhtml");
    browser.waitForText("Dagelijks onderhoud");
    String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    browser.type("#clock\\:day", today);
    browser.click("#clock\\:runNow");
    browser.waitForText("Termijnbewaking:");
    browser.assertAccessible();
    // (the beheerder also gets the notification e-mails of the workflow: pick the service-level one)
    MimeMessage mail = awaitMailTo("beheerder@vakwijzer.example", "Termijn overschreden: " + OVERDUE);
    assertThat(mail.getSubject()).isEqualTo("Termijn overschreden: " + OVERDUE + " (Intake)");
    assertThat((String) mail.getContent()).contains("Beste beheerder", "10 werkdagen", "te laat");
    int before = TestServer.mail().getReceivedMessages().length;
    browser.type("#clock\\:day", today);
    browser.click("#clock\\:runNow");
    browser.waitForText("Termijnbewaking: 0 overschrijding(en) vastgelegd, 0 e-mail(s)");
    assertThat(Arrays.stream(TestServer.mail().getReceivedMessages()).skip(before)
        .filter(m -> subject(m).startsWith("Termijn overschreden: " + OVERDUE))).isEmpty();

    // ... and the trail shows it once
    browser.open("beheer/nazorg.xhtml");
    browser.waitForText("Alle aanvragen");
    browser.driver().findElement(By.linkText(OVERDUE)).click();
    browser.waitForText("Tijdlijn van de aanvraag: " + OVERDUE);
    assertThat(browser.pageText().split("Termijn overschreden", -1).length - 1).isEqualTo(1);
    browser.assertAccessible();
  }

  @Test
  void theAuditorWorkQueueShowsTheReviewDueDate() {
    browser.login("auditor", PASSWORD);
    browser.open("auditor/index.xhtml");
    browser.waitForText("Taalniveau en laaggeletterdheid herkennen");
    browser.assertAccessible();
    WebElement row = browser.driver().findElements(By.cssSelector("#applications tbody tr")).stream()
        .filter(r -> r.getText().contains("Taalniveau en laaggeletterdheid herkennen")).findFirst().orElseThrow();
    assertThat(row.getText()).contains("Beoordeling: uiterlijk", "werkdag(en)");
  }

  @Test
  void onlyTheBeheerderReachesTheStatistics() {
    for (String user : List.of("auditor", "aanbieder", "gemeente", "besluitnemer")) {
      browser.login(user, PASSWORD);
      for (String page : List.of("beheer/statistieken.xhtml", "beheer/statistieken/export")) {
        assertThat(Http.get(TestServer.baseUrl() + page, "Cookie", cookies()).statusCode()).as(user + " " + page).isEqualTo(403);
      }
      browser.open("beheer/statistieken.xhtml");
      assertThat(browser.pageText()).doesNotContain("Doorlooptijden");
      browser.assertAccessible();
      browser.logout();
    }
  }

  // ------------------------------------------------------------------ helpers

  private List<String> cells(String css) {
    browser.find(css);
    return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** The count in a cell such as "4 (29%)". */
  private static int count(String cell) {
    return Integer.parseInt(cell.trim().split(" ")[0]);
  }

  private String cookies() {
    return browser.driver().manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }
}
