package nl.vakwijzer.accreditation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.vakwijzer.accreditation.api.CertificateCode;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V4 on a database with applications from before it: every application that was ever
 * accredited gets a code, the others none; later the trigger issues a code once, on the first
 * accredited state.
 */
class CertificateMigrationTest {

  private static Flyway flyway(DataSource dataSource, String target) {
    return Flyway.configure().dataSource(dataSource).schemas("accreditation")
        .locations("classpath:db/migration/accreditation").target(target).load();
  }

  @Test
  void existingAccreditationsGetACodeAndTheTriggerIssuesOneOnce() throws SQLException {
    DataSource db = nl.vakwijzer.catalogue.testing.TestDatabases.preparedCopy("vwa_v3_certificates", d -> flyway(d, "3").migrate());
    Map<String, UUID> ids = new HashMap<>();
    try (Connection c = db.getConnection()) {
      for (String[] row : new String[][] {
          {"GEACCREDITEERD", null}, {"GEACCREDITEERD_ONDER_VOORWAARDEN", null}, {"GESCHORST", null}, {"INGETROKKEN", null},
          {"VERLOPEN", null}, {"BEZWAAR", "GEACCREDITEERD"}, {"BEZWAAR", "AFGEWEZEN"}, {"AFGEWEZEN", null}, {"INGEDIEND", null}}) {
        UUID id = UUID.randomUUID();
        ids.put(row[0] + "/" + row[1], id);
        try (PreparedStatement s = c.prepareStatement("""
            insert into accreditation.application (id, module_version_id, module_id, provider_id, version_number, module_title,
              framework_id, state, submitted_at, received_at, objection_prior_state, decided_at)
            values (?, ?, ?, ?, 1, 'Module', (select id from accreditation.assessment_framework limit 1), ?, ?, ?, ?, ?)""")) {
          OffsetDateTime at = OffsetDateTime.parse("2026-01-05T10:00:00Z");
          s.setObject(1, id);
          s.setObject(2, UUID.randomUUID());
          s.setObject(3, UUID.randomUUID());
          s.setObject(4, UUID.randomUUID());
          s.setString(5, row[0]);
          s.setObject(6, at);
          s.setObject(7, at);
          s.setString(8, row[1]);
          s.setObject(9, row[0].equals("INGEDIEND") ? null : at, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
          s.executeUpdate();
        }
      }
    }

    flyway(db, "latest").migrate();

    Map<UUID, String> codes = codes(db);
    assertThat(codes).hasSize(6).containsOnlyKeys(ids.get("GEACCREDITEERD/null"), ids.get("GEACCREDITEERD_ONDER_VOORWAARDEN/null"),
        ids.get("GESCHORST/null"), ids.get("INGETROKKEN/null"), ids.get("VERLOPEN/null"), ids.get("BEZWAAR/GEACCREDITEERD"));
    assertThat(codes.values()).allSatisfy(code -> assertThat(new CertificateCode(code).value()).isEqualTo(code)).doesNotHaveDuplicates();

    UUID submitted = ids.get("INGEDIEND/null");
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("update accreditation.application set state = 'BESLUIT' where id = '" + submitted + "'");
      assertThat(codes(db)).doesNotContainKey(submitted);
      s.executeUpdate("update accreditation.application set state = 'GEACCREDITEERD' where id = '" + submitted + "'");
      String issued = codes(db).get(submitted);
      assertThat(issued).isNotNull();
      s.executeUpdate("update accreditation.application set state = 'BEZWAAR' where id = '" + submitted + "'");
      s.executeUpdate("update accreditation.application set state = 'GEACCREDITEERD_ONDER_VOORWAARDEN' where id = '" + submitted + "'");
      assertThat(codes(db).get(submitted)).isEqualTo(issued);
    }
  }

  private static Map<UUID, String> codes(DataSource db) throws SQLException {
    Map<UUID, String> codes = new HashMap<>();
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select application_id, code from accreditation.certificate")) {
      while (rs.next()) {
        codes.put(rs.getObject(1, UUID.class), rs.getString(2));
      }
    }
    return codes;
  }
}
