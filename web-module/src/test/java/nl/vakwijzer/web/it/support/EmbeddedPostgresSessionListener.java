package nl.vakwijzer.web.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real PostgreSQL for the whole integration-test session (failsafe sets
 * {@code vakwijzer.it.db.port}; plain unit tests start nothing). A session listener rather than a
 * JUnit extension because in-container test classes also run inside Payara (STACK.md gotcha 6).
 */
public class EmbeddedPostgresSessionListener implements LauncherSessionListener {
  private EmbeddedPostgres postgres;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("vakwijzer.it.db.port");
    if (port == null || port.isBlank() || postgres != null) {
      return;
    }
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setPort(Integer.parseInt(port))
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
      try (Connection c = postgres.getPostgresDatabase().getConnection()) {
        c.createStatement().execute("create database vakwijzer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start on port " + port, e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    TestServer.stop();
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      postgres = null;
    }
  }
}
