package nl.vakwijzer.accreditation.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One embedded PostgreSQL per test JVM, and a fresh database per test class.
 *
 * <p>Starting PostgreSQL takes about a second and migrating plus loading the reference
 * frameworks a little more, so both happen once: the migrated (and the loaded) database become
 * PostgreSQL templates, and each test gets its own copy with {@code create database … template},
 * which takes a fraction of a second. Tests therefore never share mutable state.
 */
public final class TestDatabases {
  private static final String MIGRATED_TEMPLATE = "vwa_migrated";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static final Set<String> templates = new HashSet<>();

  private TestDatabases() {}

  /** A new database with the real Flyway migrations applied and nothing loaded. */
  public static synchronized DataSource migrated() {
    ensureTemplate(MIGRATED_TEMPLATE, null, TestDatabases::migrate);
    return copyOf(MIGRATED_TEMPLATE);
  }

  /**
   * A new database copied from a template that is built once per JVM: migrated, then prepared by
   * {@code preparation} (for example: all reference frameworks loaded).
   */
  public static synchronized DataSource preparedCopy(String templateName, Consumer<DataSource> preparation) {
    ensureTemplate(MIGRATED_TEMPLATE, null, TestDatabases::migrate);
    ensureTemplate(templateName, MIGRATED_TEMPLATE, preparation);
    return copyOf(templateName);
  }

  /** Runs the module's real migrations, exactly as the web module does at start-up. */
  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas("accreditation")
        .locations("classpath:db/migration/accreditation")
        .load()
        .migrate();
  }

  private static void ensureTemplate(String name, String from, Consumer<DataSource> preparation) {
    if (templates.contains(name)) {
      return;
    }
    createDatabase(name, from);
    preparation.accept(server().getDatabase("postgres", name));
    templates.add(name);
  }

  private static DataSource copyOf(String template) {
    String name = template + "_" + COUNTER.incrementAndGet();
    createDatabase(name, template);
    return server().getDatabase("postgres", name);
  }

  private static void createDatabase(String name, String template) {
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create database " + name + (template == null ? "" : " template " + template));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
  }

  private static EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        // a throw-away server: durability only costs time here
        postgres =
            EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException ignored) {
                      // the JVM is going away; zonky cleans its data directory itself
                    }
                  }));
    }
    return postgres;
  }
}
