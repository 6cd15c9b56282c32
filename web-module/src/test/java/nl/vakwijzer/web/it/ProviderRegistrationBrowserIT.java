package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A training provider registers itself, waits for approval, is approved by a beheerder and then
 * sees its organisation active; refused input gets Dutch messages on the field, and only a
 * beheerder reaches the approval page. The server is shared, so names and KvK numbers are random.
 */
class ProviderRegistrationBrowserIT {
  private static final String PASSWORD = "Registratie-test-2026";

  private Browser browser;
  private String suffix;

  @BeforeEach
  void open() {
    browser = new Browser(TestServer.baseUrl());
    suffix = UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot(Path.of("target", "screenshots", "provider-" + test.getTestMethod().orElseThrow().getName() + ".png"));
    browser.close();
  }

  /** Eight random digits starting with 98: fictional and, with overwhelming probability, unused. */
  static String randomKvk() {
    return "98" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  private void fillRegistration(String organisation, String kvk, String username) {
    browser.type("#registration\\:organisationName", organisation);
    browser.type("#registration\\:kvkNumber", kvk);
    browser.type("#registration\\:street", "Kerkstraat");
    browser.type("#registration\\:houseNumber", "7b");
    browser.type("#registration\\:postcode", "3811cv");
    browser.type("#registration\\:place", "Amersfoort");
    browser.click("label[for='registration:regions:7']"); // Utrecht
    browser.type("#registration\\:contactName", "Petra Willems");
    browser.type("#registration\\:contactEmail", "info-" + suffix + "@leerwerk.example");
    browser.type("#registration\\:contactPhone", "033 765 43 21");
    browser.type("#registration\\:displayName", "Petra Willems");
    browser.type("#registration\\:email", "petra-" + suffix + "@leerwerk.example");
    browser.type("#registration\\:username", username);
    browser.type("#registration\\:password", PASSWORD);
    browser.type("#registration\\:passwordConfirmation", PASSWORD);
  }

  /** The text of the message next to an input of the registration form. */
  private String fieldMessage(String field) {
    WebElement message =
        browser.waitFor().ignoring(StaleElementReferenceException.class).until(d -> {
          var found = d.findElements(By.cssSelector("#registration\\:" + field + " ~ .ui-message-error, [id='registration:" + field + "'] ~ .ui-message"));
          return found.stream().filter(e -> !e.getText().isBlank()).findFirst().orElse(null);
        });
    return message.getText();
  }

  @Test
  void aProviderRegistersIsApprovedAndThenSeesItsOrganisationActive() {
    String organisation = "Leerwerkplaats " + suffix + " B.V.";
    String username = "petra-" + suffix;
    String kvk = randomKvk();

    browser.open("login.xhtml");
    browser.click("#toRegistration");
    browser.find("#registration\\:organisationName");
    browser.assertAccessible();

    // a KvK number of 7 digits is refused with a Dutch message on the field, nothing is saved
    fillRegistration(organisation, "1234567", username);
    browser.click("#registration\\:register");
    assertThat(fieldMessage("kvkNumber")).contains("Een KvK-nummer bestaat uit precies 8 cijfers");
    browser.assertAccessible();

    browser.type("#registration\\:kvkNumber", kvk);
    browser.type("#registration\\:password", PASSWORD);
    browser.type("#registration\\:passwordConfirmation", PASSWORD);
    browser.click("#registration\\:register");
    browser.waitForText("Uw aanmelding is ontvangen en wacht op goedkeuring");
    browser.assertAccessible();

    // signed in, the new provider sees that its organisation awaits approval
    browser.login(username, PASSWORD);
    assertThat(browser.text("#providerStatus")).contains("wacht op goedkeuring");
    assertThat(browser.text("#organisationName")).isEqualTo(organisation);
    browser.assertAccessible();
    browser.logout();

    // the beheerder approves it
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/aanbieders.xhtml");
    browser.waitForText(organisation);
    assertThat(browser.pageText()).contains("Leerhuis Participatie Oost B.V."); // the demo registration
    browser.assertAccessible();
    WebElement section = registration(organisation);
    assertThat(section.getText()).contains(kvk, "3811 CV Amersfoort", "Utrecht", "Petra Willems");
    section.findElement(By.cssSelector("button[id$=':approve']")).click();
    browser.waitForText(organisation + " is goedgekeurd");
    assertThat(browser.driver().findElements(By.xpath("//h2[normalize-space()='" + organisation + "']"))).isEmpty();
    browser.logout();

    browser.login(username, PASSWORD);
    assertThat(browser.text("#providerStatus")).contains("goedgekeurd en actief");
  }

  @Test
  void aDuplicateKvkNumberOrUsernameIsRefusedOnItsField() {
    String kvk = randomKvk();
    String username = "dubbel-" + suffix;
    browser.open("registreren.xhtml");
    fillRegistration("Eerste " + suffix, kvk, username);
    browser.click("#registration\\:register");
    browser.waitForText("Uw aanmelding is ontvangen");

    browser.open("registreren.xhtml");
    fillRegistration("Tweede " + suffix, kvk, "ander-" + suffix);
    browser.click("#registration\\:register");
    assertThat(fieldMessage("kvkNumber")).contains("Er is al een aanbieder met KvK-nummer " + kvk);

    browser.type("#registration\\:kvkNumber", randomKvk());
    browser.type("#registration\\:username", username);
    browser.type("#registration\\:password", PASSWORD);
    browser.type("#registration\\:passwordConfirmation", PASSWORD);
    browser.click("#registration\\:register");
    assertThat(fieldMessage("username")).contains("De gebruikersnaam '" + username + "' is al in gebruik");

    browser.type("#registration\\:username", "derde-" + suffix);
    browser.type("#registration\\:postcode", "12345");
    browser.type("#registration\\:password", PASSWORD);
    browser.type("#registration\\:passwordConfirmation", PASSWORD);
    browser.click("#registration\\:register");
    assertThat(fieldMessage("postcode")).contains("Vul een Nederlandse postcode in");
    assertThat(browser.pageText()).doesNotContain("Uw aanmelding is ontvangen");
  }

  @Test
  void aBeheerderRejectsOnlyWithAReasonAndTheProviderSeesIt() {
    String organisation = "Afgewezen " + suffix;
    String username = "afwijs-" + suffix;
    browser.open("registreren.xhtml");
    fillRegistration(organisation, randomKvk(), username);
    browser.click("#registration\\:register");
    browser.waitForText("Uw aanmelding is ontvangen");

    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/aanbieders.xhtml");
    browser.waitForText(organisation);
    registration(organisation).findElement(By.cssSelector("button[id$=':reject']")).click();
    browser.waitForText("Geef de reden van de afwijzing");
    registration(organisation).findElement(By.cssSelector("textarea")).sendKeys("Geen aanbod voor het sociaal domein.");
    registration(organisation).findElement(By.cssSelector("button[id$=':reject']")).click();
    browser.waitForText("De aanmelding van " + organisation + " is afgewezen.");
    browser.logout();

    browser.login(username, PASSWORD);
    assertThat(browser.text("#providerStatus")).contains("afgewezen", "Geen aanbod voor het sociaal domein.");
  }

  @Test
  void aRobotFillingTheHoneypotIsThankedButNothingIsSaved() {
    String username = "robot-" + suffix;
    browser.open("registreren.xhtml");
    fillRegistration("Robot " + suffix, randomKvk(), username);
    // people never see this input (the style sheet hides it); robots fill in every input
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('registration:faxNumber').value = '0301234567';");
    browser.click("#registration\\:register");
    browser.waitForText("Uw aanmelding is ontvangen");

    browser.login(username, PASSWORD);
    assertThat(browser.text("#login\\:loginMessages")).isNotBlank();
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/aanbieders.xhtml");
    assertThat(browser.pageText()).doesNotContain("Robot " + suffix);
  }

  @Test
  void onlyABeheerderReachesTheApprovalPage() {
    browser.login("aanbieder", DemoAccounts.PASSWORD);
    browser.open("beheer/aanbieders.xhtml");
    assertThat(browser.text("#errorHeading")).isEqualTo("Geen toegang");
    assertThat(Http.get(TestServer.baseUrl() + "beheer/aanbieders.xhtml", "Cookie", cookies()).statusCode()).isEqualTo(403);
    assertThat(browser.pageText()).doesNotContain("Leerhuis Participatie Oost");
  }

  private String cookies() {
    return browser.driver().manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  private WebElement registration(String organisation) {
    return browser.find("section.vw-registration h2")
        .findElement(By.xpath("//section[h2[normalize-space()='" + organisation + "']]"));
  }
}
