package nl.vakwijzer.run;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.vakwijzer.web.demo.DemoAccounts;

/**
 * Starts Vakwijzer for a person or a test: an embedded PostgreSQL (zonky) unless a database is
 * configured, then Payara Micro with the WAR on loopback. {@link #close()} (or Ctrl-C, through a
 * shutdown hook) stops everything it started.
 *
 * <p>This lives in the test sources on purpose, like Spring Boot's "TestApplication" pattern:
 * the embedded database is a development convenience, never part of the WAR.
 *
 * <p>Settings come from environment variables: {@code VAKWIJZER_PORT} (8080),
 * {@code VAKWIJZER_DATA_DIR} (~/.vakwijzer), {@code VAKWIJZER_EMBEDDED_DB_PORT} (55432),
 * {@code VAKWIJZER_DB_URL}/{@code _USER}/{@code _PASSWORD} (an external server instead of the
 * embedded one) and {@code VAKWIJZER_DEMO_DATA} (on by default with the embedded database only).
 */
public final class VakwijzerLauncher implements AutoCloseable {

  /** Everything a start needs. */
  public record Settings(
      int port,
      Path dataDir,
      Path war,
      Path payaraJar,
      Optional<String> dbUrl,
      String dbUser,
      String dbPassword,
      int embeddedDbPort,
      boolean demoData,
      Map<String, String> extraEnvironment) {

    static Settings fromEnvironment() {
      Map<String, String> env = System.getenv();
      Optional<String> dbUrl = Optional.ofNullable(env.get("VAKWIJZER_DB_URL")).filter(s -> !s.isBlank());
      boolean demo =
          Optional.ofNullable(env.get("VAKWIJZER_DEMO_DATA"))
              .map(Boolean::parseBoolean)
              .orElse(dbUrl.isEmpty());
      return new Settings(
          Integer.parseInt(env.getOrDefault("VAKWIJZER_PORT", "8080")),
          Path.of(env.getOrDefault("VAKWIJZER_DATA_DIR", System.getProperty("user.home") + "/.vakwijzer")),
          Path.of(System.getProperty("vakwijzer.war", "web-module/target/vakwijzer.war")),
          Path.of(System.getProperty("payara.microJar", "web-module/target/payara-micro.jar")),
          dbUrl,
          env.getOrDefault("VAKWIJZER_DB_USER", "vakwijzer"),
          env.getOrDefault("VAKWIJZER_DB_PASSWORD", ""),
          Integer.parseInt(env.getOrDefault("VAKWIJZER_EMBEDDED_DB_PORT", "55432")),
          demo,
          Map.of());
    }
  }

  /** A start that cannot go on; its message is meant for the person at the keyboard. */
  public static final class StartupException extends Exception {
    private static final long serialVersionUID = 1L;

    StartupException(String message) {
      super(message);
    }
  }

  private final Settings settings;
  private EmbeddedPostgres embedded;
  private Process payara;
  private Path log;

  public VakwijzerLauncher(Settings settings) {
    this.settings = settings;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + settings.port() + "/";
  }

  public Path logFile() {
    return log;
  }

  public String jdbcUrl() {
    return settings.dbUrl().orElse("jdbc:postgresql://127.0.0.1:" + settings.embeddedDbPort() + "/vakwijzer");
  }

  /** Starts the database (if embedded) and Payara Micro; returns when the login page answers. */
  public void start(Duration timeout) throws StartupException {
    requireFile(settings.war(), "het WAR-bestand");
    requireFile(settings.payaraJar(), "Payara Micro");
    requirePortFree(settings.port());
    try {
      Files.createDirectories(settings.dataDir().resolve("logs"));
    } catch (IOException e) {
      throw new StartupException("Kan de datamap " + settings.dataDir() + " niet aanmaken: " + e.getMessage());
    }
    String user;
    String password;
    if (settings.dbUrl().isPresent()) {
      user = settings.dbUser();
      password = settings.dbPassword();
      checkExternalDatabase(user, password);
    } else {
      startEmbeddedDatabase();
      user = "postgres";
      password = "postgres";
    }
    startPayara(user, password);
    waitUntilReady(timeout);
  }

  private void startEmbeddedDatabase() throws StartupException {
    requirePortFree(settings.embeddedDbPort());
    Path pgData = settings.dataDir().resolve("pgdata");
    try {
      embedded =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              .setPort(settings.embeddedDbPort())
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
    } catch (IOException | RuntimeException e) {
      throw new StartupException(
          "De ingebouwde PostgreSQL-database kon niet starten (data in " + pgData + "): " + rootMessage(e));
    }
    try (Connection c = DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + settings.embeddedDbPort() + "/postgres", "postgres", "postgres");
        ResultSet rs = c.createStatement().executeQuery("select 1 from pg_database where datname = 'vakwijzer'")) {
      if (!rs.next()) {
        c.createStatement().execute("create database vakwijzer");
      }
    } catch (SQLException e) {
      throw new StartupException("De ingebouwde database is gestart maar niet bruikbaar: " + e.getMessage());
    }
  }

  private void checkExternalDatabase(String user, String password) throws StartupException {
    try (Connection c = DriverManager.getConnection(settings.dbUrl().orElseThrow(), user, password)) {
      c.createStatement().execute("select 1");
    } catch (SQLException e) {
      throw new StartupException(
          "De database op "
              + settings.dbUrl().orElseThrow()
              + " is niet bereikbaar ("
              + e.getMessage()
              + "). Controleer VAKWIJZER_DB_URL, VAKWIJZER_DB_USER en VAKWIJZER_DB_PASSWORD, of laat VAKWIJZER_DB_URL weg voor de ingebouwde database.");
    }
  }

  private void startPayara(String user, String password) throws StartupException {
    log = settings.dataDir().resolve("logs").resolve("payara-" + settings.port() + ".log");
    // A kept runtime directory would redeploy the previous WAR next to --deploy; all state is in
    // PostgreSQL, so the runtime starts empty every time.
    Path runtime = settings.dataDir().resolve("payara-" + settings.port());
    deleteRecursively(runtime);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-Djava.net.preferIPv4Stack=true");
    command.add("-jar");
    command.add(settings.payaraJar().toString());
    command.addAll(
        List.of(
            "--deploy", settings.war().toString(),
            "--contextroot", "/",
            "--port", String.valueOf(settings.port()),
            "--nocluster",
            "--disablephonehome",
            "--rootdir", runtime.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("VAKWIJZER_DB_URL", jdbcUrl());
    env.put("VAKWIJZER_DB_USER", user);
    env.put("VAKWIJZER_DB_PASSWORD", password);
    env.put("VAKWIJZER_DEMO_DATA", String.valueOf(settings.demoData()));
    env.putAll(settings.extraEnvironment());
    try {
      payara = builder.start();
    } catch (IOException e) {
      throw new StartupException("Payara Micro kon niet starten: " + e.getMessage());
    }
  }

  private void waitUntilReady(Duration timeout) throws StartupException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    URI login = URI.create(baseUrl() + "login.xhtml");
    while (Instant.now().isBefore(deadline)) {
      if (!payara.isAlive()) {
        throw new StartupException("Payara Micro is gestopt tijdens het starten. Zie " + log + ":\n" + tail(log, 30));
      }
      try {
        HttpResponse<Void> response =
            http.send(HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
        // with a kept --rootdir Payara Micro first redeploys the application left there and only
        // then the --deploy archive, replacing it: the login page can answer 200 in between, so
        // ready means answering after Payara Micro has said it is ready
        if (response.statusCode() == 200 && logContains("ready in")) {
          return;
        }
        if (response.statusCode() == 404 && logContains("ready in")) {
          // Payara Micro reports "ready" even when the application failed to deploy (STACK.md gotcha 7)
          throw new StartupException(
              "Payara Micro draait, maar Vakwijzer kon niet worden geïnstalleerd. Zie " + log + ":\n" + firstError());
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StartupException("Onderbroken tijdens het starten.");
      }
      sleep(300);
    }
    throw new StartupException(
        "Vakwijzer antwoordde niet binnen " + timeout.toSeconds() + " s. Zie " + log + ":\n" + tail(log, 30));
  }

  private boolean logContains(String text) {
    try {
      return Files.readString(log).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  private String firstError() {
    try {
      List<String> lines = Files.readAllLines(log);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("SEVERE") || lines.get(i).contains("Exception [")) {
          return String.join("\n", lines.subList(i, Math.min(lines.size(), i + 12)));
        }
      }
      return tail(log, 30);
    } catch (IOException e) {
      return "(log niet leesbaar)";
    }
  }

  /** Stops only the database, leaving Payara Micro running (for health tests). */
  public void stopDatabase() throws IOException {
    if (embedded != null) {
      embedded.close();
      embedded = null;
    }
  }

  /** Stops Payara Micro and the embedded database, whatever state they are in. */
  @Override
  public void close() {
    if (payara != null) {
      payara.destroy();
      try {
        if (!payara.waitFor(30, TimeUnit.SECONDS)) {
          payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        payara.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      payara = null;
    }
    try {
      stopDatabase();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until Payara Micro exits (after Ctrl-C or a crash). */
  int awaitExit() throws InterruptedException {
    return payara.waitFor();
  }

  private static void requireFile(Path file, String what) throws StartupException {
    if (!Files.isRegularFile(file)) {
      throw new StartupException(what + " ontbreekt (" + file + "). Bouw eerst met: ./mvnw -Prun package");
    }
  }

  private static void requirePortFree(int port) throws StartupException {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new StartupException(
          "Poort " + port + " is al in gebruik. Stop het programma dat die poort gebruikt, of kies een andere"
              + " poort (VAKWIJZER_PORT voor de webserver, VAKWIJZER_EMBEDDED_DB_PORT voor de database).");
    }
  }

  private static void deleteRecursively(Path dir) throws StartupException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new StartupException("Kan de oude Payara-werkmap " + dir + " niet opruimen: " + e.getMessage());
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(log niet leesbaar)";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static void main(String[] args) {
    Settings settings = Settings.fromEnvironment();
    VakwijzerLauncher launcher = new VakwijzerLauncher(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(launcher::close, "vakwijzer-stop"));
    System.out.println("[vakwijzer] Starten: " + (settings.dbUrl().isPresent()
        ? "database " + settings.dbUrl().get()
        : "ingebouwde PostgreSQL in " + settings.dataDir().resolve("pgdata")) + " …");
    try {
      launcher.start(Duration.ofSeconds(240));
    } catch (StartupException e) {
      System.err.println("[vakwijzer] " + e.getMessage());
      launcher.close();
      System.exit(1);
    }
    StringBuilder banner = new StringBuilder();
    banner.append("\n[vakwijzer] Vakwijzer draait op http://localhost:").append(settings.port()).append("/\n");
    banner.append("[vakwijzer] Log: ").append(launcher.logFile()).append('\n');
    if (settings.demoData()) {
      banner.append("[vakwijzer] Demo-accounts (wachtwoord ").append(DemoAccounts.PASSWORD).append("):\n");
      for (DemoAccounts.DemoAccount a : DemoAccounts.ALL) {
        banner.append(String.format("[vakwijzer]   %-13s %-13s %s%n", a.username(), a.role(), a.organisation().name()));
      }
    }
    banner.append("[vakwijzer] Stoppen: Ctrl-C\n");
    System.out.println(banner);
    try {
      int exit = launcher.awaitExit();
      System.err.println("[vakwijzer] Payara Micro is gestopt (exitcode " + exit + "). Zie " + launcher.logFile());
      System.exit(exit == 0 ? 0 : 1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
