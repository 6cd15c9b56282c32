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

/** V5: what the schema itself enforces about modules, versions, claims and attachments. */
class ModuleSchemaMigrationTest {
  private static final String MODULE = "'00000000-0000-0000-0000-0000000000a1'";
  private final DataSource db = TestDatabases.migrated();

  @BeforeEach
  void oneModuleWithAConcept() throws SQLException {
    exec("insert into catalogue.organisation (id, name, type) values ('00000000-0000-0000-0000-0000000000e1', 'O', 'AANBIEDER')");
    exec("insert into catalogue.module (id, organisation_id) values (" + MODULE + ", '00000000-0000-0000-0000-0000000000e1')");
    exec(version("00000000-0000-0000-0000-0000000000b1", 1, "CONCEPT"));
  }

  private static String version(String id, int number, String status) {
    return "insert into catalogue.module_version (id, module_id, number, status, title, dossier, created_at, updated_at)"
        + " values ('" + id + "', " + MODULE + ", " + number + ", '" + status + "', 'T', '{}', now(), now())";
  }

  @Test
  void aModuleHasAtMostOneConceptAndOneAccreditedVersion() throws SQLException {
    assertThatThrownBy(() -> exec(version("00000000-0000-0000-0000-0000000000b2", 2, "CONCEPT")))
        .isInstanceOf(SQLException.class).hasMessageContaining("module_version_one_concept_ux");
    exec(version("00000000-0000-0000-0000-0000000000b2", 2, "GEACCREDITEERD"));
    assertThatThrownBy(() -> exec(version("00000000-0000-0000-0000-0000000000b3", 3, "GEACCREDITEERD")))
        .isInstanceOf(SQLException.class).hasMessageContaining("module_version_one_accredited_ux");
    exec(version("00000000-0000-0000-0000-0000000000b3", 3, "VERVANGEN"));
  }

  @Test
  void versionNumbersAreUniquePerModuleAndStatusesAreKnown() {
    assertThatThrownBy(() -> exec(version("00000000-0000-0000-0000-0000000000b2", 1, "INGEDIEND")))
        .isInstanceOf(SQLException.class).hasMessageContaining("module_version_number_uq");
    assertThatThrownBy(() -> exec(version("00000000-0000-0000-0000-0000000000b2", 2, "KLAAR")))
        .isInstanceOf(SQLException.class).hasMessageContaining("check");
  }

  @Test
  void deletingAModuleRemovesItsVersionsClaimsAndAttachments() throws SQLException {
    exec("insert into catalogue.module_claim (version_id, competency_id, position, from_ordinal, to_ordinal)"
        + " values ('00000000-0000-0000-0000-0000000000b1', gen_random_uuid(), 1, 0, 1)");
    exec("insert into catalogue.module_attachment (id, version_id, kind, file_name, media_type, size, sha256, content, uploaded_at)"
        + " values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', 'SYLLABUS', 'a.pdf', 'application/pdf', 5,"
        + " repeat('0', 64), '%PDF-', now())");
    assertThatThrownBy(() -> exec("insert into catalogue.module_attachment (id, version_id, kind, file_name, media_type,"
            + " size, sha256, content, uploaded_at) values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1',"
            + " 'SYLLABUS', 'a.pdf', 'application/pdf', 10485761, repeat('0', 64), '%PDF-', now())"))
        .isInstanceOf(SQLException.class).hasMessageContaining("check");

    exec("delete from catalogue.module");

    assertThat(count("select (select count(*) from catalogue.module_version) + (select count(*) from catalogue.module_claim)"
        + " + (select count(*) from catalogue.module_attachment)")).isZero();
  }

  private void exec(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
