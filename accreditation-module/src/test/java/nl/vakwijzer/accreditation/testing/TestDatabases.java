package nl.vakwijzer.accreditation.testing;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Fresh databases for accreditation tests, from the catalogue's one embedded PostgreSQL per test
 * JVM (shared through catalogue-module's test-jar): a template with both modules' migrations, as
 * the web module runs them at start-up, copied per call.
 */
public final class TestDatabases {
  private static final String MIGRATED_TEMPLATE = "vwa_migrated";

  private TestDatabases() {}

  /** A new database with the catalogue's and the accreditation module's migrations applied. */
  public static DataSource migrated() {
    return nl.vakwijzer.catalogue.testing.TestDatabases.preparedCopy(MIGRATED_TEMPLATE, TestDatabases::migrate);
  }

  /** Runs the accreditation module's real migrations. */
  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas("accreditation")
        .locations("classpath:db/migration/accreditation")
        .load()
        .migrate();
  }
}
