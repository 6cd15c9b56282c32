package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The beheerder's framework pages in a real browser: CASE import (valid and refused), a new
 * concept version edited (change, add, retire) and published, the diff, the crosswalk, and no
 * access for anyone else. The server is shared with other test classes, so every framework made
 * here has a code of its own and the reference frameworks are left alone.
 */
class FrameworkAdminBrowserIT {
  private static final List<String> PAGES =
      List.of("index", "import", "concept", "vergelijk", "crosswalk");

  private Browser browser;
  private String suffix;
  private Path tempDir;

  @BeforeEach
  void open() throws IOException {
    browser = new Browser(TestServer.baseUrl());
    suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    tempDir = Files.createTempDirectory("case-packages");
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot(Path.of("target", "screenshots", "framework-admin-" + test.getTestMethod().orElseThrow().getName() + ".png"));
    browser.close();
  }

  @Test
  void beheerderImportsEditsPublishesAndComparesAFramework() {
    String code = "IT-KADER-" + suffix;
    browser.login("beheerder", DemoAccounts.PASSWORD);

    // a valid package becomes a concept
    browser.open("beheer/kaders/import.xhtml");
    browser.assertAccessible();
    upload(write(code + ".json", smallFramework(code, "")));
    browser.waitForText("Kader " + code + " versie 1 is ingelezen als concept: 5 items en 3 associaties.");
    browser.open("beheer/kaders/index.xhtml");
    assertThat(row(code, "1").getText()).contains("Concept");
    browser.assertAccessible();

    // an invalid one is refused with every problem and its JSON path, in Dutch; nothing is stored
    String broken = "IT-FOUT-" + suffix;
    browser.open("beheer/kaders/import.xhtml");
    upload(write(broken + ".json", brokenFramework(broken)));
    browser.waitForText("Fouten in het pakket");
    String problems = browser.text("#problems");
    assertThat(problems)
        .contains("$.CFItems[1].CFItemType", "Het itemtype 'STANDAARD' kent Vakwijzer niet.")
        .contains("$.CFAssociations[0].destinationNodeURI.identifier", "dat niet in het pakket en niet in Vakwijzer staat");
    assertThat(browser.pageText()).contains("Er is niets opgeslagen.");
    browser.assertAccessible();
    browser.open("beheer/kaders/index.xhtml");
    assertThat(browser.text("#versions\\:list")).contains(code).doesNotContain(broken);

    // publish the imported concept, then make a new concept version of it
    click(row(code, "1"), "Publiceren");
    confirm("versions");
    browser.waitForText("Versie 1 van kader " + code + " is gepubliceerd.");
    assertThat(row(code, "1").getText()).contains("Gepubliceerd");
    click(row(code, "1"), "Nieuwe conceptversie");
    browser.waitForText("Conceptversie 2 van kader " + code + " is gemaakt.");
    assertThat(browser.text("#conceptVersion")).isEqualTo("2");
    assertThat(browser.text("#conceptStatus")).isEqualTo("Concept");
    browser.assertAccessible();

    // change one item
    click(itemRow("C.ANALYSE.2"), "Bewerken");
    browser.find("#editor\\:statement");
    browser.type("#editor\\:statement", "Vat de hulpvraag samen in eigen woorden.");
    browser.assertAccessible();
    browser.click("#editor\\:save");
    browser.waitForText("Item C.ANALYSE.2 is gewijzigd.");

    // add one item, after two refusals with Dutch messages next to the fields
    click(itemRow("C.ANALYSE"), "Item eronder toevoegen");
    browser.find("#adder\\:code");
    browser.type("#adder\\:code", "C.TAAK");
    browser.click("#adder\\:save");
    browser.waitForText("Vul de omschrijving van het item in.");
    browser.type("#adder\\:statement", "Legt de afspraken vast.");
    browser.click("#adder\\:save");
    browser.waitForText("De code 'C.TAAK' is in versie 2 van kader " + code + " al in gebruik.");
    browser.assertAccessible();
    browser.type("#adder\\:code", "C.ANALYSE.4");
    browser.click("#adder\\:save");
    browser.waitForText("Item C.ANALYSE.4 is toegevoegd.");
    assertThat(itemRow("C.ANALYSE.4").getText()).contains("Gedragsvoorbeeld", "Legt de afspraken vast.", "nieuw");

    // retire one item
    click(itemRow("C.ANALYSE.3"), "Intrekken");
    confirm("actions");
    browser.waitForText("Item C.ANALYSE.3 is ingetrokken.");
    assertThat(itemRow("C.ANALYSE.3").getText()).contains("Ingetrokken");

    // publish: the old version is replaced
    browser.click("#actions\\:publish");
    confirm("actions");
    browser.waitForText("Versie 2 van kader " + code + " is gepubliceerd.");
    assertThat(row(code, "1").getText()).contains("Vervangen");
    assertThat(row(code, "2").getText()).contains("Gepubliceerd");

    // the diff shows exactly one added, one changed and one retired item
    row(code, "2").findElement(By.linkText("Vergelijken")).click();
    browser.waitForText("Versies vergelijken");
    assertThat(browser.text("#addedCount")).isEqualTo("1");
    assertThat(browser.text("#changedCount")).isEqualTo("1");
    assertThat(browser.text("#retiredCount")).isEqualTo("1");
    assertThat(browser.text("#added")).contains("C.ANALYSE.4", "Legt de afspraken vast.");
    assertThat(browser.text("#changed"))
        .contains("C.ANALYSE.2", "Vat de hulpvraag samen.", "Vat de hulpvraag samen in eigen woorden.");
    assertThat(browser.text("#retired")).contains("C.ANALYSE.3", "Toetst de analyse bij de cliënt.");
    browser.assertAccessible();

    // the replaced version is read-only
    browser.open("beheer/kaders/index.xhtml");
    row(code, "1").findElement(By.linkText("Bekijken")).click();
    browser.waitForText("Deze versie is geen concept en verandert niet meer.");
    assertThat(browser.driver().findElements(By.cssSelector("#actions\\:publish"))).isEmpty();
    assertThat(browser.pageText()).doesNotContain("Item eronder toevoegen");
    browser.assertAccessible();
  }

  @Test
  void theImportRefusesOtherFilesAndFilesOverTwentyMegabytes() throws IOException {
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/kaders/import.xhtml");

    upload(write("kader-" + suffix + ".txt", smallFramework("IT-TXT-" + suffix, "")));
    browser.waitForText("Ongeldig bestandstype");

    browser.open("beheer/kaders/import.xhtml");
    Path large = tempDir.resolve("groot-" + suffix + ".json");
    try (var out = Files.newOutputStream(large)) {
      byte[] block = new byte[1024 * 1024];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < 21; i++) {
        out.write(block);
      }
    }
    upload(large);
    browser.waitForText("mag niet groter zijn dan 20");
    browser.assertAccessible();
    browser.open("beheer/kaders/index.xhtml");
    assertThat(browser.text("#versions\\:list")).doesNotContain("IT-TXT-" + suffix);
  }

  @Test
  void beheerderLinksItemsOfTwoFrameworksInTheCrosswalkAndRemovesTheLink() {
    String first = "IT-CW-A-" + suffix;
    String second = "IT-CW-B-" + suffix;
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/kaders/import.xhtml");
    upload(write(first + ".json", smallFramework(first, " " + first)));
    browser.waitForText("is ingelezen als concept");
    upload(write(second + ".json", smallFramework(second, " " + second)));
    browser.waitForText("Kader " + second + " versie 1 is ingelezen als concept");

    browser.open("beheer/kaders/crosswalk.xhtml");
    browser.assertAccessible();
    choose("origin", first, "C.ANALYSE");
    choose("destination", second, "C.ANALYSE");
    browser.selectOne("crosswalk:type", "Is verwant aan");
    browser.type("#crosswalk\\:notes", "Dezelfde analyse in twee testkaders.");
    browser.click("#crosswalk\\:link");
    browser.waitForText("C.ANALYSE en C.ANALYSE zijn gekoppeld.");
    assertThat(browser.text("#crosswalk\\:links")).contains(first + " · C.ANALYSE", "Is verwant aan", second + " · C.ANALYSE");
    browser.assertAccessible();

    // the same pair again, the other way round, is refused
    choose("origin", second, "C.ANALYSE");
    choose("destination", first, "C.ANALYSE");
    browser.click("#crosswalk\\:link");
    browser.waitForText("C.ANALYSE en C.ANALYSE zijn al aan elkaar gekoppeld.");

    WebElement link =
        browser.driver().findElement(By.xpath("//*[@id='crosswalk:links']//tr[contains(., '" + first + " · C.ANALYSE')]"));
    link.findElement(By.xpath(".//button[normalize-space()='Verwijderen']")).click();
    browser.waitForText("De koppeling tussen C.ANALYSE en C.ANALYSE is verwijderd.");
    assertThat(browser.text("#crosswalk\\:links")).doesNotContain(first);
  }

  @Test
  void onlyABeheerderOpensTheFrameworkAdministration() {
    browser.login("aanbieder", DemoAccounts.PASSWORD);
    for (String page : PAGES) {
      browser.open("beheer/kaders/" + page + ".xhtml");
      assertThat(browser.text("#errorHeading")).as(page).isEqualTo("Geen toegang");
    }
    assertThat(browser.find("#menuForm\\:menu").getText()).doesNotContain("Kaderbeheer").doesNotContain("Beheer");
    assertThat(browser.driver().findElements(By.id("menuForm:beheerFrameworks"))).isEmpty();
    browser.assertAccessible();
  }

  // ------------------------------------------------------------------ helpers

  /** Chooses the file in the upload component and presses its upload button. */
  private void upload(Path file) {
    browser.driver().findElement(By.cssSelector("#importForm input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    browser.click("#importForm .ui-fileupload-upload");
  }



  /** The row of the versions overview for a framework code and version. */
  private WebElement row(String code, String version) {
    By row = By.xpath("//*[@id='versions:list']//tbody/tr[td[1][normalize-space()='" + code + "'] and td[3][normalize-space()='" + version + "']]");
    return browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(row));
  }

  /** The row of the concept editor for an item code. */
  private WebElement itemRow(String humanCode) {
    By row = By.xpath("//*[@id='concept:items']//tbody/tr[td[1][normalize-space()='" + humanCode + "']]");
    return browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(row));
  }

  private void click(WebElement row, String button) {
    WebElement target = row.findElement(By.xpath(".//button[normalize-space()='" + button + "']"));
    browser.waitFor().until(ExpectedConditions.elementToBeClickable(target)).click();
  }

  /** Answers "Ja" in the confirmation dialog of a form. */
  private void confirm(String form) {
    browser.click("#" + form + "\\:confirmYes");
  }

  /** Searches one side of the crosswalk page for a test framework's item and chooses it. */
  private void choose(String side, String frameworkCode, String humanCode) {
    String prefix = "#crosswalk\\:" + side;
    if (!browser.driver().findElements(By.cssSelector(prefix + "Clear")).isEmpty()) {
      browser.click(prefix + "Clear");
    }
    browser.type(prefix + "Query", frameworkCode);
    browser.click(prefix + "Search");
    WebElement result =
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
            "//*[@id='crosswalk:" + side + "Results']//tr[contains(normalize-space(.), '" + frameworkCode + " 1 · " + humanCode + " ')]")));
    WebElement choose = result.findElement(By.xpath(".//button[normalize-space()='Kiezen']"));
    try {
      choose.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
      // the growl of the previous step can still lie over the button (top right): click it directly
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", choose);
    }
    browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
        By.id(side + "Chosen"), frameworkCode + " · " + humanCode));
  }

  private Path write(String name, String json) {
    try {
      return Files.writeString(tempDir.resolve(name), json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ CASE packages

  private static String id(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static String document(String code) {
    String id = id("doc/" + code);
    return "\"CFDocument\": {\"identifier\": \"" + id + "\", \"uri\": \"urn:uuid:" + id + "\","
        + " \"creator\": \"Vakwijzer browsertest\", \"title\": \"Browsertestkader " + code + "\","
        + " \"lastChangeDateTime\": \"2026-11-26T00:00:00+00:00\", \"language\": \"nl\", \"version\": \"1\","
        + " \"adoptionStatus\": \"Draft\", \"extensions\": {\"code\": \"" + code + "\"}}";
  }

  private static String item(String code, String humanCode, String type, String statement) {
    String id = id(code + "/" + humanCode);
    return "{\"identifier\": \"" + id + "\", \"uri\": \"urn:uuid:" + id + "\", \"fullStatement\": \"" + statement + "\","
        + " \"humanCodingScheme\": \"" + humanCode + "\", \"CFItemType\": \"" + type + "\", \"language\": \"nl\","
        + " \"lastChangeDateTime\": \"2026-11-26T00:00:00+00:00\"}";
  }

  private static String childOf(String code, String child, String parent, int sequence) {
    return association(code, child, id(code + "/" + child), parent, id(code + "/" + parent), sequence);
  }

  private static String association(String code, String originCode, String origin, String destinationCode, String destination, int sequence) {
    String id = id(code + "/assoc/" + originCode + "/isChildOf/" + destinationCode);
    return "{\"identifier\": \"" + id + "\", \"uri\": \"urn:uuid:" + id + "\", \"associationType\": \"isChildOf\","
        + " \"originNodeURI\": {\"title\": \"" + originCode + "\", \"identifier\": \"" + origin + "\", \"uri\": \"urn:uuid:" + origin + "\"},"
        + " \"destinationNodeURI\": {\"title\": \"" + destinationCode + "\", \"identifier\": \"" + destination + "\", \"uri\": \"urn:uuid:" + destination + "\"},"
        + " \"sequenceNumber\": " + sequence + ", \"lastChangeDateTime\": \"2026-11-26T00:00:00+00:00\"}";
  }

  /** A competency with three behaviour examples, and a task; {@code tag} is added to every statement. */
  static String smallFramework(String code, String tag) {
    List<String> items = new ArrayList<>();
    items.add(item(code, "C.ANALYSE", "COMPETENCY", "Analyseert de hulpvraag van de cliënt." + tag));
    items.add(item(code, "C.ANALYSE.1", "BEHAVIOUR_EXAMPLE", "Vraagt door op de situatie." + tag));
    items.add(item(code, "C.ANALYSE.2", "BEHAVIOUR_EXAMPLE", "Vat de hulpvraag samen." + tag));
    items.add(item(code, "C.ANALYSE.3", "BEHAVIOUR_EXAMPLE", "Toetst de analyse bij de cliënt." + tag));
    items.add(item(code, "C.TAAK", "TASK", "Voert het intakegesprek." + tag));
    List<String> associations =
        List.of(
            childOf(code, "C.ANALYSE.1", "C.ANALYSE", 1),
            childOf(code, "C.ANALYSE.2", "C.ANALYSE", 2),
            childOf(code, "C.ANALYSE.3", "C.ANALYSE", 3));
    return "{" + document(code) + ", \"CFItems\": [" + String.join(", ", items) + "], \"CFAssociations\": ["
        + String.join(", ", associations) + "]}";
  }

  /** An item type Vakwijzer does not know, and an association to an item that exists nowhere. */
  static String brokenFramework(String code) {
    String items =
        item(code, "F.1", "COMPETENCY", "Een competentie.") + ", " + item(code, "F.2", "STANDAARD", "Een standaard.");
    String association = association(code, "F.1", id(code + "/F.1"), "F.ONBEKEND", id(code + "/F.ONBEKEND"), 1);
    return "{" + document(code) + ", \"CFItems\": [" + items + "], \"CFAssociations\": [" + association + "]}";
  }
}
