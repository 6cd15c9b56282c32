package nl.vakwijzer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue's migrations on a real PostgreSQL, and the rules its schema enforces by itself. */
class CatalogueMigrationTest {
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void migrate() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    Flyway.configure()
        .dataSource(postgres.getPostgresDatabase())
        .schemas("catalogue")
        .locations("classpath:db/migration/catalogue")
        .load()
        .migrate();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  private static void exec(String sql) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void migratingAgainChangesNothing() {
    var result = Flyway.configure()
        .dataSource(postgres.getPostgresDatabase())
        .schemas("catalogue")
        .locations("classpath:db/migration/catalogue")
        .load()
        .migrate();
    assertThat(result.migrationsExecuted).isZero();
  }

  @Test
  void organisationNamesAreUniqueIgnoringCase() throws SQLException {
    exec("insert into catalogue.organisation (id, name, type) values (gen_random_uuid(), 'Gemeente Ede', 'GEMEENTE')");
    assertThatThrownBy(() ->
            exec("insert into catalogue.organisation (id, name, type) values (gen_random_uuid(), 'GEMEENTE EDE', 'GEMEENTE')"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("organisation_name_uq");
  }

  @Test
  void usernamesAreStoredInLowerCaseOnlyAndRolesAreClosedSet() throws SQLException {
    assertThatThrownBy(() ->
            exec("insert into catalogue.account (id, username, display_name, email, password_hash)"
                + " values (gen_random_uuid(), 'Hoofdletter', 'X', 'x@example.nl', 'h')"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("check");
    exec("insert into catalogue.account (id, username, display_name, email, password_hash)"
        + " values ('00000000-0000-0000-0000-000000000001', 'klein', 'X', 'x@example.nl', 'h')");
    assertThatThrownBy(() ->
            exec("insert into catalogue.account_role (account_id, role) values ('00000000-0000-0000-0000-000000000001', 'GOD')"))
        .isInstanceOf(SQLException.class);
  }
}
