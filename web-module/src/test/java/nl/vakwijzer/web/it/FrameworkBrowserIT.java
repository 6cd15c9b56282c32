package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The public framework pages in a real browser, anonymously: the Divosa tree down to the
 * behaviour examples, the Standaard's grid and cumulative indicators, search, a competency page
 * with its learnability, and the English texts. axe-core checks every page visited.
 */
class FrameworkBrowserIT {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Browser browser;

  @BeforeEach
  void open() {
    browser = new Browser(TestServer.baseUrl());
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void browsesTheDivosaTreeToTheFiveBehaviourExamplesOfIntegriteitInFraudeBestrijding() {
    browser.open("index.xhtml");
    browser.click("#menuForm\\:frameworks");
    browser.waitForText("Competentiekaders");
    assertThat(browser.text("#frameworksHeading")).isEqualTo("Competentiekaders");
    assertThat(browser.text("#frameworkList"))
        .contains("De Standaard voor vakvolwassenheid van klantmanagers", "240 gedragsvoorbeelden", "13 hoofdtaken");
    browser.assertAccessible();

    browser.click("li[data-code='DIVOSA'] h2 a");
    browser.find("#tree");
    browser.assertAccessible();
    WebElement inkomen = browser.find("li[data-code='DIV.INK']");
    List<WebElement> examples = integriteitExamples();
    assertThat(examples).noneMatch(WebElement::isDisplayed); // the tree starts folded

    summary(inkomen).click();
    WebElement fraude =
        inkomen.findElement(By.xpath(".//li[details/summary[contains(., 'Handhaven en bestrijden fraude')]]"));
    assertThat(fraude.getAttribute("data-code")).isEqualTo("DIV.INK.HT3");
    summary(fraude).click();
    assertThat(fraude.findElement(By.cssSelector("[id$='-DEELTAAK']")).getText()).isEqualTo("8 deeltaken");
    WebElement integriteit = fraude.findElement(By.xpath(".//li[details/summary[contains(., 'Integriteit')]]"));
    summary(integriteit).sendKeys(Keys.ENTER); // keyboard: a summary opens with Enter
    browser.waitFor().until(ExpectedConditions.visibilityOf(integriteitExamples().get(0)));

    assertThat(integriteitExamples())
        .allMatch(WebElement::isDisplayed)
        .extracting(WebElement::getText)
        .containsExactly(
            "Is in zijn benadering naar de klant toe eerlijk en open, zegt waar 'het' op staat.",
            "Laat mensen altijd in hun waarde.",
            "Weegt zorgvuldig belangen en zienswijzen van gemeente en individu af, gegeven de situatie.",
            "Houdt zich aan gemaakte afspraken en is consistent in zijn handelwijze.",
            "Respecteert/beschermt privacy van collega's en cliënten.");
    browser.assertAccessible();
    browser.screenshot(SCREENSHOTS.resolve("divosa-tree.png"));

    // every node links to its page
    integriteit.findElement(By.cssSelector(".vw-tree-more a")).click();
    assertThat(browser.text("#itemCode")).isEqualTo("DIV.INK.HT3.INTEGRITEIT");
    assertThat(browser.text("#breadcrumb")).contains("DIV.INK Inkomen", "DIV.INK.HT3 Handhaven en bestrijden fraude");
    assertThat(browser.driver().findElements(By.cssSelector("#children-list-BEHAVIOUR_EXAMPLE li"))).hasSize(5);
    browser.assertAccessible();
  }

  @Test
  void standaardShowsEachTaskAsALevelByRowGridAndTheIndicatorsCumulatively() {
    browser.open("kaders/kader.xhtml?code=SV");
    WebElement handhaven = browser.find("table[data-code='SV.T7']");
    assertThat(handhaven.findElements(By.cssSelector("thead th")))
        .extracting(WebElement::getText)
        .containsExactly("Rij", "Basis", "Vakbekwaam", "Vakvolwassen");
    assertThat(handhaven.findElements(By.cssSelector("tbody th .vw-dimension-code")))
        .extracting(WebElement::getText)
        .containsExactly("A", "B", "C", "D");
    List<WebElement> rowA = handhaven.findElements(By.cssSelector("tr[data-dimension='A'] td"));
    assertThat(rowA.get(2).getText()).isEqualTo("Duidelijk en correct.\nConsequent.\nZelfverzekerd.\nEmpatisch.");
    assertThat(rowA.get(0).getText()).isEqualTo("Duidelijk en correct.\nConsequent.");
    // task 3 row A has two cells in the source: the third is shown as empty, not invented
    WebElement afspreken = browser.find("table[data-code='SV.T3']");
    WebElement missing = afspreken.findElements(By.cssSelector("tr[data-dimension='A'] td")).get(2);
    assertThat(missing.getAttribute("data-code")).isNull();
    assertThat(missing.getAttribute("textContent")).isEqualTo("–Geen beschrijving in de bron");
    assertThat(browser.driver().findElements(By.cssSelector("table.vw-grid"))).hasSize(10);
    browser.assertAccessible();
    browser.screenshot(SCREENSHOTS.resolve("standaard-grid.png"));

    // Vakvolwassen (the default) requires everything: 7 + 4 + 2 indicators for communicatie
    assertThat(indicatorsOf("SV.C1")).hasSize(13);
    assertThat(browser.text("#requiredSummary")).contains("Op niveau Vakvolwassen zijn 82 indicatoren vereist");

    browser.click("a[data-level='BASIS']");
    browser.waitForText("Op niveau Basis zijn 35 indicatoren vereist");
    assertThat(indicatorsOf("SV.C1")).hasSize(7).allMatch(li -> "BASIS".equals(li.getAttribute("data-level")));

    browser.click("a[data-level='VAKBEKWAAM']");
    browser.waitForText("Op niveau Vakbekwaam zijn 63 indicatoren vereist");
    List<WebElement> vakbekwaam = indicatorsOf("SV.C1");
    assertThat(vakbekwaam).hasSize(11);
    assertThat(vakbekwaam.get(0).getText()).isEqualTo("Basis Mondelinge boodschap overbrengen.");
    assertThat(vakbekwaam.get(7).getText()).isEqualTo("Vakbekwaam Geeft gevraagd en ongevraagd informatie.");
    assertThat(vakbekwaam).filteredOn(li -> li.getAttribute("class").contains("vw-inherited")).hasSize(7);
    assertThat(browser.find("a[data-level='VAKBEKWAAM']").getAttribute("aria-current")).isEqualTo("true");
    browser.assertAccessible();

    // the same framework as a tree
    browser.click("#showTree");
    browser.find("#tree li[data-code='SV.T7']");
    browser.assertAccessible();
  }

  @Test
  void searchesAcrossFrameworksIgnoringCaseAndAccentsAndOpensAResult() {
    browser.open("kaders/zoeken.xhtml");
    assertThat(browser.text("#searchHint")).contains("accenten maken niet uit");
    browser.assertAccessible();

    browser.type("#q", "INTEGRITEIT").click("#qSubmit");
    browser.find("#resultCount");
    assertThat(browser.driver().findElements(By.cssSelector("section[data-framework]")))
        .extracting(s -> s.getAttribute("data-framework"))
        .contains("DIVOSA", "PICOMPANY", "LEERBAARHEID")
        .doesNotHaveDuplicates();
    assertThat(browser.text("section[data-framework='PICOMPANY']")).contains("Competentie", "PIC.INTEGRITEIT", "Integriteit");
    browser.assertAccessible();

    browser.type("#q", "clienten").click("#qSubmit");
    browser.waitForText("gevonden voor ‘clienten’");
    assertThat(browser.text("main")).contains("cliënten");

    browser.type("#q", "zzqxw").click("#qSubmit");
    assertThat(browser.text("#noResults")).startsWith("Niets gevonden voor ‘zzqxw’.");
    browser.assertAccessible();

    browser.type("#q", "integriteit").click("#qSubmit");
    browser.click("section[data-framework='PICOMPANY'] li[data-code='PIC.INTEGRITEIT'] a");
    assertThat(browser.text("#itemTitle")).isEqualTo("Integriteit");
    assertThat(browser.text("#itemCode")).isEqualTo("PIC.INTEGRITEIT");
  }

  @Test
  void competencyPageShowsItsLearnabilityLearningFormsEquivalentsAndWhereItIsUsed() {
    browser.open("kaders/zoeken.xhtml?q=integriteit");
    browser.click("li[data-code='PIC.INTEGRITEIT'] a");
    assertThat(browser.text("#itemStatement"))
        .isEqualTo("Handhaven van algemeen aanvaarde sociale en ethische normen in activiteiten die met de functie te maken hebben.");
    assertThat(browser.text("#breadcrumb")).contains("PiCompany", "PIC.CL6");
    assertThat(browser.text("#hardToLearn")).startsWith("Moeilijk aan te leren.").contains("Scholing");
    assertThat(learningForms()).containsExactlyInAnyOrder("Mentoring", "Intervisie");
    assertThat(browser.text("#exactMatches")).contains("DIV.INK.HT1.INTEGRITEIT", "DIV.INK.HT3.INTEGRITEIT", "DIV.ZORG.HT2.INTEGRITEIT");
    assertThat(browser.text("#usedBy")).contains("LB.INTEGRITEIT", "LB.LV.MENTORING", "DIV.INK.HT3.INTEGRITEIT");
    browser.assertAccessible();
    browser.screenshot(SCREENSHOTS.resolve("competency-page.png"));

    // a Divosa slot finds the same notes through its exact match in the PiCompany dictionary
    browser.click("#exactMatches li[data-code='DIV.INK.HT3.INTEGRITEIT'] a");
    assertThat(browser.text("#itemCode")).isEqualTo("DIV.INK.HT3.INTEGRITEIT");
    assertThat(browser.text("#hardToLearn")).contains("via PIC.INTEGRITEIT");
    assertThat(learningForms()).containsExactlyInAnyOrder("Mentoring", "Intervisie");
    browser.assertAccessible();

    // and back into the tree, opened at this item
    browser.click("#showInTree");
    WebElement target = browser.find("li[data-code='DIV.INK.HT3.INTEGRITEIT']");
    assertThat(target.findElement(By.tagName("details")).getAttribute("open")).isNotNull();
    assertThat(target.findElements(By.cssSelector(".vw-tree-statement"))).hasSize(5).allMatch(WebElement::isDisplayed);

    // an unknown item is the site's 404 page
    browser.open("kaders/item.xhtml?id=00000000-0000-0000-0000-000000000000");
    assertThat(browser.text("#errorHeading")).isEqualTo("Pagina niet gevonden");
    browser.assertAccessible();
  }

  @Test
  void frameworkPagesSwitchToEnglish() {
    browser.open("kaders/kader.xhtml?code=SV");
    assertThat(browser.text("#tasksHeading")).isEqualTo("Taken per niveau");
    browser.click("#languageEn");
    browser.waitForText("Tasks per level");
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.text("table[data-code='SV.T7'] thead")).contains("Basic", "Proficient", "Professionally mature");
    // the framework's own text stays Dutch and says so
    WebElement title = browser.find("#frameworkTitle");
    assertThat(title.getText()).isEqualTo("De Standaard voor vakvolwassenheid van klantmanagers");
    assertThat(title.getAttribute("lang")).isEqualTo("nl");
    assertThat(browser.text("#menuForm\\:menu")).contains("Competency frameworks", "Search frameworks");
    browser.assertAccessible();
    browser.click("#languageNl");
    browser.waitForText("Taken per niveau");
  }

  private static WebElement summary(WebElement item) {
    return item.findElement(By.xpath("./details/summary"));
  }

  private List<WebElement> integriteitExamples() {
    return browser.driver().findElements(By.cssSelector("li[data-code^='DIV.INK.HT3.INTEGRITEIT.'] .vw-tree-statement"));
  }

  private List<WebElement> indicatorsOf(String competency) {
    return browser.driver().findElements(By.cssSelector("section[data-code='" + competency + "'] ol.vw-indicators > li"));
  }

  private List<String> learningForms() {
    return browser.driver().findElements(By.cssSelector("#learningForms > li > a")).stream().map(WebElement::getText).toList();
  }
}
