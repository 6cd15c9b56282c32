package nl.vakwijzer.web.it.support;

import java.util.concurrent.ThreadLocalRandom;
import nl.vakwijzer.web.demo.DemoAccounts;
import org.openqa.selenium.By;

/** A new training provider registering itself through the public page, and a beheerder approving it. */
public final class ProviderSignup {
  private ProviderSignup() {}

  /** A fresh 8-digit KvK number that no demo or earlier test provider uses (clearly fictional: 98…). */
  public static String randomKvk() {
    return "98" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  /** Fills the registration form (not submitted); {@code suffix} makes e-mail addresses unique. */
  public static void fill(Browser browser, String organisation, String kvk, String username, String suffix, String password) {
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
    browser.type("#registration\\:password", password);
    browser.type("#registration\\:passwordConfirmation", password);
  }

  /** Registers a new provider and has the demo beheerder approve it; ends signed out. */
  public static void registerAndApprove(Browser browser, String organisation, String username, String suffix, String password) {
    browser.open("registreren.xhtml");
    fill(browser, organisation, randomKvk(), username, suffix, password);
    browser.click("#registration\\:register");
    browser.waitForText("Uw aanmelding is ontvangen en wacht op goedkeuring");
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/aanbieders.xhtml");
    browser.waitForText(organisation);
    browser.driver()
        .findElement(By.xpath("//section[h2[normalize-space()='" + organisation + "']]//button[contains(@id, ':approve')]"))
        .click();
    browser.waitForText(organisation + " is goedgekeurd");
    browser.logout();
  }
}
