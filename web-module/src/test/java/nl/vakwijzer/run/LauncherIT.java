package nl.vakwijzer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vakwijzer.web.demo.DemoAccounts;
import nl.vakwijzer.web.it.support.Browser;
import nl.vakwijzer.web.it.support.Http;
import nl.vakwijzer.web.it.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The README's run command, as a newcomer uses it: embedded PostgreSQL in a data directory, demo
 * accounts, data that survives a restart, a clear message when something is in the way, and a
 * readiness check that turns DOWN when the database goes away.
 */
class LauncherIT {

  private static VakwijzerLauncher.Settings embedded(Path dataDir, int port, int dbPort) {
    return new VakwijzerLauncher.Settings(
        port,
        dataDir,
        Path.of(System.getProperty("vakwijzer.war")),
        Path.of(System.getProperty("payara.microJar")),
        Optional.empty(),
        "",
        "",
        dbPort,
        true,
        Map.of());
  }

  @Test
  void startsWithEmbeddedDatabaseKeepsDataAcrossRestartsAndReportsDatabaseLoss() throws Exception {
    Path dataDir = Files.createTempDirectory("vakwijzer-run");
    int port = TestServer.freePort();
    int dbPort = TestServer.freePort();
    String organisation = "Blijvende Opleider " + UUID.randomUUID().toString().substring(0, 6);

    Instant begin = Instant.now();
    try (VakwijzerLauncher first = new VakwijzerLauncher(embedded(dataDir, port, dbPort))) {
      first.start(Duration.ofSeconds(120));
      assertThat(Duration.between(begin, Instant.now())).isLessThan(Duration.ofSeconds(60));
      assertThat(Http.get(first.baseUrl() + "login.xhtml").statusCode()).isEqualTo(200);
      try (Browser browser = new Browser(first.baseUrl())) {
        browser.login("beheerder", DemoAccounts.PASSWORD).open("beheer/organisaties.xhtml");
        browser.type("#newOrganisation\\:name", organisation);
        browser.selectOne("newOrganisation:type", "Opleider");
        browser.click("#newOrganisation\\:create");
        browser.waitForText("is toegevoegd");
      }
    }
    assertThat(Files.isDirectory(dataDir.resolve("pgdata"))).isTrue();

    try (VakwijzerLauncher second = new VakwijzerLauncher(embedded(dataDir, port, dbPort))) {
      second.start(Duration.ofSeconds(120));
      try (Browser browser = new Browser(second.baseUrl())) {
        browser.login("beheerder", DemoAccounts.PASSWORD).open("beheer/organisaties.xhtml");
        assertThat(browser.text("#organisations\\:list")).contains(organisation);
      }
      assertThat(Http.get(second.baseUrl() + "health/ready").statusCode()).isEqualTo(200);

      second.stopDatabase();
      HttpResponse<String> down = Http.get(second.baseUrl() + "health/ready");
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).contains("DOWN");
      assertThat(Http.get(second.baseUrl() + "health/live").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void refusesATakenPortWithAClearDutchMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      VakwijzerLauncher launcher =
          new VakwijzerLauncher(embedded(Files.createTempDirectory("vakwijzer-run"), taken.getLocalPort(), TestServer.freePort()));
      assertThatThrownBy(() -> launcher.start(Duration.ofSeconds(30)))
          .isInstanceOf(VakwijzerLauncher.StartupException.class)
          .hasMessageContaining("Poort " + taken.getLocalPort() + " is al in gebruik");
      launcher.close();
    }
  }

  @Test
  void refusesAnUnreachableDatabaseWithAClearDutchMessage() throws Exception {
    int closedPort = TestServer.freePort();
    VakwijzerLauncher launcher =
        new VakwijzerLauncher(
            new VakwijzerLauncher.Settings(
                TestServer.freePort(),
                Files.createTempDirectory("vakwijzer-run"),
                Path.of(System.getProperty("vakwijzer.war")),
                Path.of(System.getProperty("payara.microJar")),
                Optional.of("jdbc:postgresql://127.0.0.1:" + closedPort + "/vakwijzer"),
                "vakwijzer",
                "geheim",
                0,
                false,
                Map.of()));
    assertThatThrownBy(() -> launcher.start(Duration.ofSeconds(30)))
        .isInstanceOf(VakwijzerLauncher.StartupException.class)
        .hasMessageContaining("is niet bereikbaar")
        .hasMessageContaining("VAKWIJZER_DB_URL");
    launcher.close();
  }
}
