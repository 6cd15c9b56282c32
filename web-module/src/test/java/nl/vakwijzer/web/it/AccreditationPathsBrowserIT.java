package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.ModuleSubmissions;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The workflow's other paths in the browser, each on a fresh submission of {@code aanbieder2}:
 * returned at intake (reasons required, the provider sees them, the version is a concept again and a
 * resubmission is a new application); an auditor recuses (reason required, someone else is assigned,
 * the recused auditor no longer sees the dossier), a finding required below "voldoet", and a rejection
 * with a reason per failing criterion (the visit's observation form is tested at service level); and
 * an accreditation under conditions (a condition required, the provider sees
 * it). Every page is checked with axe-core.
 */
class AccreditationPathsBrowserIT {
  private static final String LEAD = "Fatima El Amrani";       // auditor
  private static final String SECOND = "Pieter van Dijk";      // auditor2
  private static final String REPLACEMENT = "Ingrid Vermeulen"; // auditor3
  private static final String BESLUITNEMER = "Henk Jansen";

  private Browser browser;
  private ModuleSubmissions provider;

  @BeforeEach
  void open() {
    String base = TestServer.baseUrl();
    browser = new Browser(base);
    provider = new ModuleSubmissions(base, "aanbieder2", DemoAccounts.PASSWORD);
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot(Path.of("target", "screenshots", "accreditation-paths-" + test.getTestMethod().orElseThrow().getName() + ".png"));
    browser.close();
  }

  @Test
  void returnedAtIntakeTheProviderSeesTheReasonsAndAResubmissionIsANewApplication() {
    String title = "Terugstuur-module " + UUID.randomUUID();
    String version = provider.submit(title, false);

    browser.login("beheerder", DemoAccounts.PASSWORD);
    String id = openInIntake(title);
    submit("#intake\\:return");
    browser.waitForText("Geef aan waarom de aanvraag wordt teruggestuurd.");
    browser.assertAccessible();
    assertThat(browser.find("#intake\\:return").isDisplayed()).isTrue();
    browser.type("#intake\\:returnReasons", "De toetsmatrijs ontbreekt in de bijlagen.");
    submit("#intake\\:return");
    browser.waitForText("De aanvraag is teruggestuurd naar de aanbieder.");
    browser.logout();

    // the provider: the state and the reasons; the version is a concept again
    browser.login("aanbieder2", DemoAccounts.PASSWORD);
    browser.open("aanbieder/aanvraag.xhtml?id=" + id);
    assertThat(browser.text("#state")).isEqualTo("Teruggestuurd naar de aanbieder");
    assertThat(browser.text("#milestones")).contains("De toetsmatrijs ontbreekt in de bijlagen.");
    browser.assertAccessible();
    browser.logout();
    JsonObject concept = provider.version(version);
    assertThat(concept.getString("status")).isEqualTo("CONCEPT");

    // resubmitted: a new application in intake, the returned one stays as it was
    HttpResponse<String> again = provider.send("POST", ModuleSubmissions.MODULES + "/" + version + "/submit",
        "{\"revision\": " + concept.getJsonNumber("revision") + "}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    browser.login("beheerder", DemoAccounts.PASSWORD);
    String second = openInIntake(title);
    assertThat(second).isNotEqualTo(id);
    browser.open("beheer/aanvraag.xhtml?id=" + id);
    assertThat(browser.pageText()).contains("Teruggestuurd naar de aanbieder");
  }

  @Test
  void aRecusedAuditorIsReplacedAndTheModuleIsRejectedWithReasonsPerCriterion() {
    String title = "Afwijs-module " + UUID.randomUUID();
    String version = provider.submit(title, false);

    browser.login("beheerder", DemoAccounts.PASSWORD);
    String id = openInIntake(title);
    completeIntakeAndAssign(id, LEAD, SECOND);
    browser.logout();

    // the second auditor recuses: a reason is required; afterwards the file is closed to them
    browser.login("auditor2", DemoAccounts.PASSWORD);
    browser.open("auditor/aanvraag.xhtml?id=" + id).find("#declaration\\:recuse");
    submit("#declaration\\:recuse");
    browser.waitForText("Geef een reden om u terug te trekken.");
    browser.assertAccessible();
    browser.type("#declaration\\:recusalReason", "Ik gaf vorig jaar een gastles bij deze aanbieder.");
    submit("#declaration\\:recuse");
    browser.waitForText("U heeft zich teruggetrokken.");
    assertThat(browser.driver().getCurrentUrl()).contains("auditor/index.xhtml");
    assertThat(browser.pageText()).doesNotContain(title);
    browser.open("auditor/aanvraag.xhtml?id=" + id);
    assertThat(browser.pageText()).doesNotContain(ModuleSubmissions.VISION);
    browser.open("auditor/index.xhtml").logout();

    // the coordinator assigns someone else
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/aanvraag.xhtml?id=" + id);
    assertThat(browser.pageText()).contains("Pieter van Dijk Auditor teruggetrokken");
    Select seconds = new Select(browser.find("#assignment\\:second"));
    assertThat(seconds.getOptions()).extracting(WebElement::getText).doesNotContain(SECOND);
    seconds.selectByVisibleText(REPLACEMENT);
    submit("#assignment\\:assignSecond");
    assertThat(browser.text("#secondAuditor")).isEqualTo(REPLACEMENT);
    browser.logout();
    declare(id, "auditor3");
    declare(id, "auditor");

    // both reviews: one criterion fails (a finding is required), both claims rejected
    String failing = null;
    for (String auditor : List.of("auditor", "auditor3")) {
      browser.login(auditor, DemoAccounts.PASSWORD);
      browser.open("auditor/aanvraag.xhtml?id=" + id).find("#review\\:submit");
      for (WebElement score : browser.driver().findElements(By.cssSelector("select.vw-score"))) {
        new Select(score).selectByValue("VOLDOET");
      }
      WebElement criterion = browser.driver().findElements(By.cssSelector("div.vw-criterion")).get(0);
      failing = criterion.getAttribute("id").substring("criterion-".length());
      new Select(criterion.findElement(By.cssSelector("select.vw-score"))).selectByValue("VOLDOET_NIET");
      for (WebElement verdict : browser.driver().findElements(By.cssSelector("select.vw-verdict"))) {
        new Select(verdict).selectByValue("REJECT");
      }
      for (WebElement reason : browser.driver().findElements(By.cssSelector("textarea[id$=':reason']"))) {
        reason.sendKeys("Het gedrag wordt niet geoefend of getoetst.");
      }
      submit("#review\\:submit");
      browser.waitForText("Bij criterium " + failing + " is een bevinding verplicht");
      browser.assertAccessible();
      browser.driver().findElement(By.cssSelector("#criterion-" + failing + " textarea"))
          .sendKeys("De visie wordt niet uitgewerkt in het programma.");
      submit("#review\\:submit");
      browser.waitForText("Uw beoordeling is ingediend");
      browser.logout();
    }

    browser.login("auditor", DemoAccounts.PASSWORD);
    browser.open("auditor/aanvraag.xhtml?id=" + id).find("#review\\:advise");
    new Select(browser.find("#review\\:proposedOutcome")).selectByValue("AFGEWEZEN");
    browser.type("#review\\:motivation", "Geen claim aangetoond; de visie is niet uitgewerkt.");
    submit("#review\\:advise");
    browser.waitForText("Het advies is uitgebracht");
    browser.logout();

    // the decision: a rejection needs a reason per failing criterion
    browser.login("besluitnemer", DemoAccounts.PASSWORD);
    browser.open("besluit/aanvraag.xhtml?id=" + id).find("#decision\\:decide");
    new Select(browser.find("#decision\\:outcome")).selectByValue("AFGEWEZEN");
    browser.type("#decision\\:motivation", "Conform advies.");
    submit("#decision\\:decide");
    browser.waitForText("Geef bij een afwijzing per falend criterium de reden.");
    browser.assertAccessible();
    assertThat(browser.text("#applicationState")).isNotEqualTo("Afgewezen");
    new Select(browser.find("#decision\\:outcome")).selectByValue("AFGEWEZEN");
    browser.driver().findElement(By.cssSelector("textarea[id$=':criterionReason']"))
        .sendKeys("De opleidingsvisie is niet vertaald naar het programma.");
    submit("#decision\\:decide");
    browser.waitForText("Het besluit is genomen");
    assertThat(browser.text("#applicationState")).isEqualTo("Afgewezen");
    browser.logout();

    // the provider sees the outcome with the reason; the module is not in the public catalogue
    browser.login("aanbieder2", DemoAccounts.PASSWORD);
    browser.open("aanbieder/aanvraag.xhtml?id=" + id);
    assertThat(browser.text("#state")).isEqualTo("Afgewezen");
    assertThat(browser.text("#milestones")).contains("De opleidingsvisie is niet vertaald naar het programma.");
    browser.assertAccessible();
    browser.logout();
    browser.open("modules/module.xhtml?versie=" + version);
    assertThat(browser.pageText()).doesNotContain(title);
  }

  @Test
  void anAccreditationUnderConditionsNeedsAConditionAndTheProviderSeesIt() {
    String title = "Voorwaarden-module " + UUID.randomUUID();
    String version = provider.submit(title, false);

    browser.login("beheerder", DemoAccounts.PASSWORD);
    String id = openInIntake(title);
    completeIntakeAndAssign(id, LEAD, SECOND);
    browser.logout();
    declare(id, "auditor");
    declare(id, "auditor2");
    for (String auditor : List.of("auditor", "auditor2")) {
      browser.login(auditor, DemoAccounts.PASSWORD);
      browser.open("auditor/aanvraag.xhtml?id=" + id).find("#review\\:submit");
      for (WebElement score : browser.driver().findElements(By.cssSelector("select.vw-score"))) {
        new Select(score).selectByValue("VOLDOET");
      }
      for (WebElement verdict : browser.driver().findElements(By.cssSelector("select.vw-verdict"))) {
        new Select(verdict).selectByValue("ACCEPT");
      }
      submit("#review\\:submit");
      browser.waitForText("Uw beoordeling is ingediend");
      browser.logout();
    }
    browser.login("auditor", DemoAccounts.PASSWORD);
    browser.open("auditor/aanvraag.xhtml?id=" + id).find("#review\\:advise");
    new Select(browser.find("#review\\:proposedOutcome")).selectByValue("GEACCREDITEERD_ONDER_VOORWAARDEN");
    browser.type("#review\\:motivation", "Goed, mits de terugkomdag wordt vastgelegd.");
    submit("#review\\:advise");
    browser.waitForText("Het advies is uitgebracht");
    browser.logout();

    browser.login("besluitnemer", DemoAccounts.PASSWORD);
    browser.open("besluit/aanvraag.xhtml?id=" + id).find("#decision\\:decide");
    new Select(browser.find("#decision\\:outcome")).selectByValue("GEACCREDITEERD_ONDER_VOORWAARDEN");
    new Select(browser.find("#decision\\:validityYears")).selectByValue("1");
    browser.type("#decision\\:motivation", "Conform advies.");
    submit("#decision\\:decide");
    browser.waitForText("Geef bij accreditatie onder voorwaarden ten minste één voorwaarde.");
    browser.assertAccessible();
    new Select(browser.find("#decision\\:outcome")).selectByValue("GEACCREDITEERD_ONDER_VOORWAARDEN");
    new Select(browser.find("#decision\\:validityYears")).selectByValue("1");
    browser.type("#decision\\:condition", "Leg de terugkomdag vast in het programma.");
    String deadline = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusMonths(3).toString();
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
        browser.find("#decision\\:conditionDeadline"), deadline);
    submit("#decision\\:decide");
    browser.waitForText("Het besluit is genomen");
    assertThat(browser.text("#applicationState")).isEqualTo("Geaccrediteerd onder voorwaarden");
    browser.logout();

    browser.login("aanbieder2", DemoAccounts.PASSWORD);
    browser.open("aanbieder/aanvraag.xhtml?id=" + id);
    assertThat(browser.text("#state")).isEqualTo("Geaccrediteerd onder voorwaarden");
    assertThat(browser.text("#conditions")).contains("Leg de terugkomdag vast in het programma.");
    browser.assertAccessible();
    browser.logout();
    browser.open("modules/module.xhtml?versie=" + version).waitForText(title);
  }

  // ------------------------------------------------------------------ steps

  /** As the beheerder: finds the application in intake by its title and opens it; returns its id. */
  private String openInIntake(String title) {
    browser.open("beheer/aanvragen.xhtml");
    new Select(browser.find("#filter\\:state")).selectByValue("INGEDIEND");
    submit("#filter\\:apply");
    browser.waitForText(title);
    String href = browser.driver().findElement(By.linkText(title)).getAttribute("href");
    String id = href.substring(href.indexOf("id=") + 3);
    browser.open("beheer/aanvraag.xhtml?id=" + id).waitForText("Intake");
    return id;
  }

  private void completeIntakeAndAssign(String id, String lead, String second) {
    browser.open("beheer/aanvraag.xhtml?id=" + id).waitForText("Intake");
    new Select(browser.find("#intake\\:decisionMaker")).selectByVisibleText(BESLUITNEMER);
    submit("#intake\\:complete");
    browser.waitForText("De intake is afgerond");
    new Select(browser.find("#assignment\\:lead")).selectByVisibleText(lead);
    submit("#assignment\\:assignLead");
    browser.waitForText("De auditor is toegewezen");
    new Select(browser.find("#assignment\\:second")).selectByVisibleText(second);
    submit("#assignment\\:assignSecond");
    assertThat(browser.text("#secondAuditor")).isEqualTo(second);
  }

  private void declare(String id, String auditor) {
    browser.login(auditor, DemoAccounts.PASSWORD);
    browser.open("auditor/aanvraag.xhtml?id=" + id).find("#declaration\\:declare");
    submit("#declaration\\:declare");
    browser.waitForText("Het dossier is geopend");
    browser.logout();
  }

  /** Clicks a full-page submit button and waits for the next page. */
  private void submit(String css) {
    WebElement page = browser.driver().findElement(By.tagName("html"));
    browser.click(css);
    browser.waitUntilGone(page);
  }
}
