package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The UI shell in a real browser: sign-in per role, menus, language switch, access rules, accessibility. */
class ShellBrowserIT {
  private Browser browser;

  /** The menu entry each role must see, and must be the only one to see. */
  private static final Map<String, String> OWN_MENU =
      Map.of(
          "beheerder", "Beheer",
          "aanbieder", "Aanbiederportaal",
          "auditor", "Beoordelingen",
          "besluitnemer", "Besluiten",
          "gemeente", "Teams en leerbehoeften");

  @BeforeEach
  void open() {
    browser = new Browser(TestServer.baseUrl());
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private String menuText() {
    return browser.find("#menuForm\\:menu").getText();
  }

  @Test
  void everyDemoAccountSignsInAndSeesOnlyItsOwnMenu() {
    for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
      browser.login(account.username(), DemoAccounts.PASSWORD);
      assertThat(browser.text("#currentUser")).contains(account.username());
      assertThat(browser.text("#workspaceHeading")).isNotBlank();
      String menu = menuText();
      OWN_MENU.forEach((user, entry) -> {
        // the entry of the role this account has (aanbieder2 and auditor2 share their role's entry)
        if (user.equals(account.username().replaceAll("\\d+$", ""))) {
          assertThat(menu).as(user).contains(entry);
        } else {
          assertThat(menu).as(account.username() + " must not see " + entry).doesNotContain(entry);
        }
      });
      assertThat(browser.text("#organisationName")).isEqualTo(account.organisation().name());
      browser.assertAccessible();
      browser.logout();
      assertThat(browser.text("#loggedOut")).contains("U bent uitgelogd");
    }
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameDutchMessage() {
    browser.login("beheerder", "helemaal-fout");
    String wrongPassword = browser.text("#login\\:loginMessages");
    browser.login("bestaat-niet-" + UUID.randomUUID(), "helemaal-fout");
    String unknownUser = browser.text("#login\\:loginMessages");
    assertThat(wrongPassword).contains("Onbekende combinatie van gebruikersnaam en wachtwoord").isEqualTo(unknownUser);
    PlatformClientIT.assertNoStackTrace(browser.pageText());
  }

  @Test
  void emptyLoginShowsDutchFieldMessages() {
    browser.open("login.xhtml").click("#login\\:submit");
    browser.waitForText("Vul uw gebruikersnaam in.");
    assertThat(browser.pageText()).contains("Vul uw wachtwoord in.");
  }

  @Test
  void languageSwitchChangesThePageTextAndTheLangAttribute() {
    browser.open("index.xhtml");
    assertThat(browser.text("h1")).isEqualTo("Welkom bij Vakwijzer");
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    browser.click("#languageEn");
    browser.waitForText("Welcome to Vakwijzer");
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(menuText()).contains("Sign in");
    browser.assertAccessible();
    browser.click("#languageNl");
    browser.waitForText("Welkom bij Vakwijzer");
  }

  @Test
  void aRoleCannotOpenAnotherRolesPages() {
    browser.login("aanbieder", DemoAccounts.PASSWORD);
    for (String page : List.of("beheer/index.xhtml", "beheer/accounts.xhtml", "gemeente/index.xhtml", "auditor/index.xhtml")) {
      browser.open(page);
      assertThat(browser.text("#errorHeading")).as(page).isEqualTo("Geen toegang");
    }
    browser.assertAccessible();
  }

  @Test
  void anonymousVisitorIsSentToLoginAndReturnedAfterSigningIn() {
    browser.open("beheer/organisaties.xhtml");
    browser.find("#login\\:username");
    browser.type("#login\\:username", "beheerder").type("#login\\:password", DemoAccounts.PASSWORD).click("#login\\:submit");
    browser.waitForText("Nieuwe organisatie");
    assertThat(browser.driver().getCurrentUrl()).contains("beheer/organisaties.xhtml");
  }

  @Test
  void beheerderCreatesAnOrganisationAndAUserWhoThenSignsIn() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String organisation = "Opleidingen Noord " + suffix;
    String username = "docent-" + suffix;
    browser.login("beheerder", DemoAccounts.PASSWORD);

    browser.open("beheer/organisaties.xhtml");
    browser.assertAccessible();
    browser.type("#newOrganisation\\:name", organisation);
    browser.selectOne("newOrganisation:type", "Opleider");
    browser.click("#newOrganisation\\:create");
    browser.waitForText("Organisatie '" + organisation + "' is toegevoegd.");
    assertThat(browser.text("#organisations\\:list")).contains(organisation);

    // the same name again is refused in Dutch and adds nothing
    browser.type("#newOrganisation\\:name", organisation.toUpperCase());
    browser.selectOne("newOrganisation:type", "Opleider");
    browser.click("#newOrganisation\\:create");
    browser.waitForText("Er is al een organisatie met de naam");

    browser.open("beheer/accounts.xhtml");
    browser.assertAccessible();
    browser.type("#newAccount\\:username", username);
    browser.type("#newAccount\\:displayName", "Pieter Smit");
    browser.type("#newAccount\\:email", "geen-geldig-adres");
    browser.selectOne("newAccount:organisation", organisation);
    browser.type("#newAccount\\:password", "Welkom-2026-noord");
    browser.click("#newAccount\\:create");
    browser.waitForText("Vul een geldig e-mailadres in");
    assertThat(browser.pageText()).contains("Kies minstens één rol.").doesNotContain(username + " Pieter Smit");
    browser.driver().findElement(By.xpath("//label[normalize-space()='Opleider']")).click();

    browser.type("#newAccount\\:email", "p.smit@noord.example");
    browser.type("#newAccount\\:password", "Welkom-2026-noord"); // passwords are never sent back to the page
    browser.click("#newAccount\\:create");
    browser.waitForText("Gebruiker '" + username + "' is aangemaakt.");
    browser.logout();

    browser.login(username, "Welkom-2026-noord");
    assertThat(browser.text("#workspaceHeading")).isEqualTo("Aanbiederportaal");
    assertThat(browser.text("#organisationName")).isEqualTo(organisation);
    browser.screenshot(Path.of("target", "screenshots", "aanbieder-workspace.png"));
  }

  @Test
  void userChangesOwnPasswordAfterTwoRefusals() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    // a fresh user, so the demo passwords stay as documented
    browser.login("beheerder", DemoAccounts.PASSWORD);
    browser.open("beheer/accounts.xhtml");
    String username = "wissel-" + suffix;
    browser.type("#newAccount\\:username", username);
    browser.type("#newAccount\\:displayName", "Wim Wissel");
    browser.type("#newAccount\\:email", "wim@example.nl");
    browser.driver().findElement(By.xpath("//label[normalize-space()='Auditor']")).click();
    browser.type("#newAccount\\:password", "Eerste-wachtwoord-1");
    browser.click("#newAccount\\:create");
    browser.waitForText("Gebruiker '" + username + "' is aangemaakt.");
    browser.logout();

    browser.login(username, "Eerste-wachtwoord-1");
    browser.open("account/index.xhtml");
    browser.assertAccessible();
    browser.type("#account\\:current", "Eerste-wachtwoord-1").type("#account\\:new", "Tweede-wachtwoord-2")
        .type("#account\\:confirmation", "Iets-anders-3").click("#account\\:change");
    browser.waitForText("De twee nieuwe wachtwoorden zijn niet gelijk.");
    browser.type("#account\\:current", "Eerste-wachtwoord-1").type("#account\\:new", "kort")
        .type("#account\\:confirmation", "kort").click("#account\\:change");
    browser.waitForText("Het wachtwoord is te kort");
    browser.type("#account\\:current", "Eerste-wachtwoord-1").type("#account\\:new", "Tweede-wachtwoord-2")
        .type("#account\\:confirmation", "Tweede-wachtwoord-2").click("#account\\:change");
    browser.waitForText("Uw wachtwoord is gewijzigd.");
    browser.logout();

    browser.login(username, "Eerste-wachtwoord-1");
    assertThat(browser.text("#login\\:loginMessages")).contains("Onbekende combinatie");
    browser.login(username, "Tweede-wachtwoord-2");
    assertThat(browser.text("#workspaceHeading")).isEqualTo("Beoordelingen");
  }
}
