package nl.vakwijzer.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V6: what the schema itself enforces about provider profiles, regions and invited accounts. */
class ProviderSchemaMigrationTest {
  private static final String ORG = "'00000000-0000-0000-0000-0000000000b1'";
  private final DataSource db = TestDatabases.migrated();

  @BeforeEach
  void oneProvider() throws SQLException {
    exec("insert into catalogue.organisation (id, name, type, status) values (" + ORG + ", 'Leerhuis', 'AANBIEDER', 'AANGEMELD')");
  }

  private void profile(String org, String kvk, String postcode) throws SQLException {
    exec("insert into catalogue.provider_profile (organisation_id, kvk_number, street, house_number, postcode, place,"
        + " contact_name, contact_email, contact_phone) values (" + org + ", '" + kvk + "', 'Straat', '1', '" + postcode
        + "', 'Zwolle', 'C', 'c@example.nl', '0381234567')");
  }

  @Test
  void kvkNumbersAreEightDigitsAndUniqueAndPostcodesCanonical() throws SQLException {
    assertThatThrownBy(() -> profile(ORG, "1234567a", "8011 CW")).isInstanceOf(SQLException.class).hasMessageContaining("check");
    assertThatThrownBy(() -> profile(ORG, "12345678", "8011cw")).isInstanceOf(SQLException.class).hasMessageContaining("check");
    profile(ORG, "12345678", "8011 CW");
    exec("insert into catalogue.organisation (id, name, type) values ('00000000-0000-0000-0000-0000000000b2', 'Ander', 'AANBIEDER')");
    assertThatThrownBy(() -> profile("'00000000-0000-0000-0000-0000000000b2'", "12345678", "8011 CW"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("provider_profile_kvk_uq");
  }

  @Test
  void regionsAreTheTwelveProvincesAndLandelijkAndNothingElse() throws SQLException {
    assertThat(string("select count(*) from catalogue.region")).isEqualTo("13");
    profile(ORG, "12345678", "8011 CW");
    exec("insert into catalogue.provider_region (organisation_id, region_code) values (" + ORG + ", 'FRYSLAN')");
    assertThatThrownBy(() -> exec("insert into catalogue.provider_region (organisation_id, region_code) values (" + ORG + ", 'ATLANTIS')"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void anInvitedAccountHasNoCredentialsUntilItIsActive() throws SQLException {
    exec("insert into catalogue.account (id, display_name, email, organisation_id, active)"
        + " values ('00000000-0000-0000-0000-0000000000c1', 'Genodigde', 'g@example.nl', " + ORG + ", false)");
    assertThatThrownBy(() -> exec("update catalogue.account set active = true where id = '00000000-0000-0000-0000-0000000000c1'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("account_active_has_credentials");
    assertThat(string("select organisation_admin::text from catalogue.account where id = '00000000-0000-0000-0000-0000000000c1'"))
        .isEqualTo("false");
  }

  @Test
  void existingOrganisationsStayActive() throws SQLException {
    exec("insert into catalogue.organisation (id, name, type) values ('00000000-0000-0000-0000-0000000000b3', 'Gemeente', 'GEMEENTE')");
    assertThat(string("select status from catalogue.organisation where id = '00000000-0000-0000-0000-0000000000b3'")).isEqualTo("ACTIEF");
  }

  private void exec(String sql) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private String string(String sql) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
