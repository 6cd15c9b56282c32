package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.ProviderSignup;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The module editor in a real browser, as a new provider uses it: registration and approval, then a
 * module with two claims built step
 * by step, the live aanvraagcheck's errors and warnings, fixing them, explaining the warning,
 * submitting, and the version being read-only afterwards. Every page is checked with axe-core.
 */
class ModuleWizardBrowserIT {
  private static final String PASSWORD = "Wizard-test-2026!";
  private static Browser browser;

  @BeforeAll
  static void start() {
    browser = new Browser(TestServer.baseUrl());
  }

  @AfterAll
  static void stop() {
    browser.close();
  }

  @Test
  void aNewProviderRegistersIsApprovedBuildsAModuleWithTwoClaimsFixesTheCheckExplainsAWarningAndSubmits() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String title = "Wizardmodule " + suffix;
    String username = "wizard-" + suffix;
    ProviderSignup.registerAndApprove(browser, "Wizard Opleidingen " + suffix + " B.V.", username, suffix, PASSWORD);
    browser.login(username, PASSWORD);
    browser.open("aanbieder/modules.xhtml").find("#dashboardHeading");
    browser.assertAccessible();
    browser.click("#newModule").find("#editorHeading");
    browser.assertAccessible();

    // 1 algemeen
    browser.type("#editor\\:title", title);
    browser.type("#editor\\:summary", "Tweedaagse training <b>met</b> praktijkopdracht.");
    browser.type("#editor\\:targetGroup", "Klantmanagers Inkomen");
    new Select(browser.find("#editor\\:deliveryMode")).selectByValue("BLENDED");
    next();
    assertThat(browser.text("#versionFacts")).contains("Versie 1").contains("Concept");

    // 2 curriculum: no opleidingsvisie yet; LD2 uses a verb of knowing
    browser.type("#editor\\:objectives\\:0\\:text", "De deelnemer analyseert een hulpvraag met de leefgebiedenmethode.");
    browser.click("#editor\\:addObjective");
    browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("editor:objectives:1:text")));
    browser.type("#editor\\:objectives\\:1\\:text", "De deelnemer kent de Participatiewet.");
    browser.type("#editor\\:coreContents", "Leefgebiedenmethode\nParticipatiewet");
    check("editor:teachingMethods", "KLASSIKAAL");
    check("editor:teachingMethods", "TRAINING_ON_THE_JOB");
    browser.assertAccessible();
    next();

    // 3 toetsing: only LD1 assessed
    browser.click("#editor\\:addAssessment");
    browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("editor:assessments:0:description")));
    browser.type("#editor\\:assessments\\:0\\:description", "Beoordeelde casusanalyse");
    check("editor:assessments:0:objectiveIds", "LD1");
    next();

    // 4 omvang en transfer
    browser.type("#editor\\:contactHours", "16");
    browser.type("#editor\\:selfStudyHours", "4");
    browser.type("#editor\\:meetings", "2");
    browser.type("#editor\\:spanWeeks", "6");
    browser.type("#editor\\:assignments", "Analyseer twee eigen casussen");
    browser.type("#editor\\:followUp", "6");
    next();

    // 5 trainers en kwaliteit
    browser.type("#editor\\:trainers\\:0\\:name", "Anna de Vries");
    browser.type("#editor\\:trainers\\:0\\:qualifications", "Master Sociaal Werk");
    browser.type("#editor\\:trainers\\:0\\:experience", "12 jaar trainer");
    browser.type("#editor\\:evaluation", "Evaluatie na elke dag");
    browser.type("#editor\\:improvementCycle", "Jaarlijkse PDCA");
    browser.type("#editor\\:complaints", "Klachtenregeling op de website");
    next();

    // 6 claims: two competencies of the Standaard
    addClaim("Probleemanalyse", "SV.C4");
    addClaim("Coachen", "SV.C2");
    for (int i = 0; i < 2; i++) {
      check("editor:claims:" + i + ":claimObjectives", "LD1");
      check("editor:claims:" + i + ":claimAssessments", "T1");
      check("editor:claims:" + i + ":claimMethods", "TRAINING_ON_THE_JOB");
    }
    browser.assertAccessible();

    // 9 indienen: the check shows what blocks and what needs explaining
    goToStep(9);
    String errors = browser.text("#checkErrors");
    assertThat(errors).contains("opleidingsvisie ontbreekt").contains("Leerdoel LD2 wordt door geen enkele toetsvorm getoetst");
    assertThat(browser.text("#checkWarnings")).contains("LD2").contains("waarneembaar");
    assertThat(browser.driver().findElements(By.id("editor:submit"))).hasSize(1);
    browser.assertAccessible();

    // fix the errors in their steps
    goToStep(2);
    browser.type("#editor\\:educationalVision", "Leren door te doen met casuïstiek uit de eigen gemeente.");
    goToStep(3);
    check("editor:assessments:0:objectiveIds", "LD2");
    goToStep(9);
    browser.waitFor().until(d -> d.findElements(By.id("checkErrors")).isEmpty());

    // explain the warning and submit
    browser.type("#editor\\:warnings\\:0\\:explanation", "Kennis van de wet is voorwaarde voor de casusanalyse in LD1.");
    browser.click("#editor\\:submit");
    browser.click("#editor\\:confirmYes");
    browser.waitFor().until(d -> d.getCurrentUrl().contains("voorbeeld.xhtml"));
    browser.find("#previewStatus");
    assertThat(browser.text("#previewStatus")).contains("Ingediend");
    assertThat(browser.text("#readOnly")).contains("niet meer worden gewijzigd");
    assertThat(browser.text("#moduleTitle")).isEqualTo(title);
    assertThat(browser.text("#moduleSummary")).contains("<b>met</b>"); // shown escaped, as typed
    assertThat(browser.text("#claimList")).contains("Probleemanalyse").contains("Coachen").contains("Basis → Vakbekwaam");
    browser.assertAccessible();

    // the submitted version cannot be opened in the editor any more
    String version = browser.driver().getCurrentUrl().replaceAll(".*versie=([0-9a-f-]+).*", "$1");
    browser.open("aanbieder/module.xhtml?versie=" + version);
    browser.waitFor().until(d -> d.getCurrentUrl().contains("voorbeeld.xhtml"));

    // and the dashboard shows it as submitted
    browser.open("aanbieder/modules.xhtml").find("#modules\\:moduleTable");
    assertThat(browser.text("#modules\\:moduleTable")).contains(title).contains("Ingediend");
    browser.logout();
  }

  private static void next() {
    int current = stepNumber();
    browser.click("#editor\\:next");
    waitForStep(current + 1);
  }

  private static void goToStep(int number) {
    browser.click("#editor\\:steps\\:" + (number - 1) + "\\:stepLink");
    waitForStep(number);
  }

  /** The step shown now, read from "Stap n: …"; the heading is re-rendered by every ajax update. */
  private static int stepNumber() {
    return browser.waitFor().ignoring(StaleElementReferenceException.class).until(d -> {
      String heading = d.findElement(By.id("stepHeading")).getText();
      return Integer.parseInt(heading.replaceAll("^Stap (\\d+):.*$", "$1"));
    });
  }

  private static void waitForStep(int number) {
    browser.waitFor().ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("stepHeading")).getText().startsWith("Stap " + number + ":"));
  }

  private static void check(String name, String value) {
    var box = browser.driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    if (!box.isSelected()) {
      box.click();
    }
  }

  private static void addClaim(String query, String code) {
    int before = browser.driver().findElements(By.cssSelector(".vw-claim")).size();
    browser.type("#editor\\:competencyQuery", query);
    browser.click("#editor\\:searchCompetencies");
    By result = By.xpath("//ul[@id='competencyResults']//li[span[contains(., ' " + code + "')]]//button");
    browser.waitFor().until(ExpectedConditions.elementToBeClickable(result)).click();
    browser.waitFor().until(d -> d.findElements(By.cssSelector(".vw-claim")).size() == before + 1);
  }
}
