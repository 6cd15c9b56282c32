package nl.vakwijzer.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * An organisation admin invites a colleague; the invitation e-mail really goes out over SMTP (to a
 * GreenMail server in this JVM, which the shared test server is configured to use); the colleague
 * opens the link, chooses a username and password, signs in, and, not being an admin, gets 403 on
 * the organisation page. The link works once.
 */
class ProviderInvitationMailIT {
  private static final Pattern LINK = Pattern.compile("(http://\\S+/uitnodiging\\.xhtml\\?token=[A-Za-z0-9_-]+)");
  private static final String PASSWORD = "Uitnodiging-test-2026";

  private Browser browser;
  private String suffix;

  @BeforeEach
  void open() {
    browser = new Browser(TestServer.baseUrl());
    suffix = UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void close(TestInfo test) {
    browser.screenshot(Path.of("target", "screenshots", "invitation-" + test.getTestMethod().orElseThrow().getName() + ".png"));
    browser.close();
  }

  @Test
  void anInvitedColleagueGetsAnEmailActivatesTheAccountOnceAndIsNoAdmin() throws Exception {
    String name = "Bram Smit " + suffix;
    String email = "bram-" + suffix + "@sociaalvakmanschap.example";
    String username = "bram-" + suffix;

    browser.login("aanbieder", DemoAccounts.PASSWORD);
    browser.click("#toOrganisation");
    browser.find("#profile\\:kvkNumber");
    assertThat(browser.find("#profile\\:kvkNumber").getAttribute("value")).isEqualTo("99990001");
    browser.assertAccessible();

    browser.type("#invite\\:displayName", name);
    browser.type("#invite\\:email", email);
    browser.click("#invite\\:send");
    browser.waitForText("De uitnodiging voor " + name + " is verstuurd naar " + email);
    assertThat(browser.text("#colleaguesForm\\:colleagues")).contains(name, "Uitgenodigd");
    browser.assertAccessible();

    MimeMessage mail = awaitMailTo(email);
    assertThat(mail.getSubject()).isEqualTo("Uitnodiging voor Vakwijzer namens Academie Sociaal Vakmanschap B.V.");
    String body = (String) mail.getContent(); // text/plain, transfer encoding undone
    assertThat(body).contains("Beste " + name);
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as(body).isTrue();
    String url = link.group(1);
    browser.logout();

    // the colleague accepts: chooses a username and a password
    browser.driver().get(url);
    browser.waitForText("Welkom, " + name);
    browser.assertAccessible();
    browser.type("#invitation\\:username", username);
    browser.type("#invitation\\:password", PASSWORD);
    browser.type("#invitation\\:passwordConfirmation", PASSWORD);
    browser.click("#invitation\\:accept");
    browser.waitForText("Uw account is actief");

    // the link is used up
    browser.driver().get(url);
    browser.waitForText("Deze uitnodiging is ongeldig, al gebruikt of verlopen");
    assertThat(browser.driver().findElements(org.openqa.selenium.By.id("invitation:username"))).isEmpty();

    // the colleague signs in; not an organisation admin, so no organisation page
    browser.login(username, PASSWORD);
    assertThat(browser.text("#organisationName")).isEqualTo(DemoAccounts.AANBIEDER.name());
    assertThat(browser.driver().findElements(org.openqa.selenium.By.id("toOrganisation"))).isEmpty();
    browser.open("aanbieder/organisatie.xhtml");
    assertThat(browser.text("#errorHeading")).isEqualTo("Geen toegang");
    assertThat(Http.get(TestServer.baseUrl() + "aanbieder/organisatie.xhtml", "Cookie", cookies()).statusCode()).isEqualTo(403);
  }

  @Test
  void anUnknownTokenShowsTheSameMessageAsAUsedOne() {
    browser.open("uitnodiging.xhtml?token=" + "x".repeat(43));
    browser.waitForText("Deze uitnodiging is ongeldig, al gebruikt of verlopen");
    browser.assertAccessible();
  }

  @Test
  void anotherOrganisationsUsersCannotReachTheOrganisationPage() {
    browser.login("gemeente", DemoAccounts.PASSWORD);
    browser.open("aanbieder/organisatie.xhtml");
    assertThat(browser.text("#errorHeading")).isEqualTo("Geen toegang");
    assertThat(browser.pageText()).doesNotContain("99990001");
  }

  private String cookies() {
    return browser.driver().manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  /** Waits (up to 30 s) for the e-mail to this address; other tests' e-mails are ignored. */
  private static MimeMessage awaitMailTo(String address) throws MessagingException, InterruptedException {
    GreenMail mail = TestServer.mail();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Optional<MimeMessage> found =
          Arrays.stream(mail.getReceivedMessages()).filter(m -> isTo(m, address)).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no e-mail to " + address + " within 30 s");
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
    } catch (MessagingException e) {
      return false;
    }
  }
}
