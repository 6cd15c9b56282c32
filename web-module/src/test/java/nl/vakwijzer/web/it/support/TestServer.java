package nl.vakwijzer.web.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import nl.vakwijzer.run.VakwijzerLauncher;

/**
 * The one Vakwijzer (real WAR on real Payara Micro, demo data on) that every client and browser
 * test shares, against the session's embedded PostgreSQL. Started on first use, stopped when the
 * test session ends: one Payara boot for all of them instead of one per test class.
 */
public final class TestServer {
  private static VakwijzerLauncher launcher;
  private static GreenMail mail;

  private TestServer() {}

  /** The base URL, e.g. {@code http://127.0.0.1:41234/}, starting the server when needed. */
  public static synchronized String baseUrl() {
    if (launcher == null) {
      // a real SMTP server on loopback receives the server's e-mails (colleague invitations)
      mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
      launcher =
          new VakwijzerLauncher(
              settings(
                  freePort(),
                  true,
                  Map.of(
                      "VAKWIJZER_MAIL_HOST", "127.0.0.1",
                      "VAKWIJZER_MAIL_PORT", String.valueOf(mail.getSmtp().getPort()))));
      try {
        launcher.start(Duration.ofSeconds(Long.getLong("vakwijzer.it.start-timeout", 180))); // longer on a loaded machine
      } catch (VakwijzerLauncher.StartupException e) {
        launcher.close();
        launcher = null;
        mail.stop();
        mail = null;
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return launcher.baseUrl();
  }

  /** The SMTP server the shared test server sends its e-mails to (started with the server). */
  public static synchronized GreenMail mail() {
    baseUrl();
    return mail;
  }

  /** Settings for a Vakwijzer against the session database on the given port. */
  public static VakwijzerLauncher.Settings settings(int port, boolean demo, Map<String, String> env) {
    try {
      Path dataDir = Files.createTempDirectory("vakwijzer-it");
      return new VakwijzerLauncher.Settings(
          port,
          dataDir,
          Path.of(System.getProperty("vakwijzer.war")),
          Path.of(System.getProperty("payara.microJar")),
          Optional.of("jdbc:postgresql://127.0.0.1:" + System.getProperty("vakwijzer.it.db.port") + "/vakwijzer"),
          "postgres",
          "postgres",
          0,
          demo,
          env);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized void stop() {
    if (launcher != null) {
      launcher.close();
      launcher = null;
    }
    if (mail != null) {
      mail.stop();
      mail = null;
    }
  }

  /** A free TCP port on loopback. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
