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

/** V3: what the schema itself enforces about versions, item status and item descent. */
class FrameworkVersionSchemaMigrationTest {
  private final DataSource db = TestDatabases.migrated();

  @BeforeEach
  void oneFrameworkWithTwoItems() throws SQLException {
    exec("insert into catalogue.framework (id, uri, code, version, title, creator, status, last_change_at)"
        + " values ('00000000-0000-0000-0000-0000000000f1', 'urn:x', 'T', '1', 'T', 'T', 'GEPUBLICEERD', now())");
    exec("insert into catalogue.framework (id, uri, code, version, title, creator, status, last_change_at, previous_version_id)"
        + " values ('00000000-0000-0000-0000-0000000000f2', 'urn:y', 'T', '2', 'T', 'T', 'CONCEPT', now(),"
        + " '00000000-0000-0000-0000-0000000000f1')");
    exec("insert into catalogue.framework_item (id, framework_id, uri, human_code, item_type, full_statement, position, last_change_at)"
        + " values ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-0000000000f1', 'urn:a', 'A', 'TASK', 'a', 1, now())");
    exec("insert into catalogue.framework_item (id, framework_id, uri, human_code, item_type, full_statement, position,"
        + " last_change_at, source_item_id) values ('00000000-0000-0000-0000-0000000000a2',"
        + " '00000000-0000-0000-0000-0000000000f2', 'urn:b', 'A', 'TASK', 'a', 1, now(), '00000000-0000-0000-0000-0000000000a1')");
  }

  @Test
  void itemsAreActiveUnlessRetiredAndNothingElse() throws SQLException {
    assertThat(string("select string_agg(distinct status, ',') from catalogue.framework_item")).isEqualTo("ACTIEF");
    exec("update catalogue.framework_item set status = 'INGETROKKEN' where human_code = 'A'");
    assertThatThrownBy(() -> exec("update catalogue.framework_item set status = 'WEG'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("check");
  }

  @Test
  void aVersionAndAnItemPointOnlyToWhatExists() {
    assertThatThrownBy(() -> exec("update catalogue.framework set previous_version_id = gen_random_uuid() where version = '2'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("foreign key");
    assertThatThrownBy(() -> exec("update catalogue.framework_item set source_item_id = gen_random_uuid() where framework_id ="
            + " '00000000-0000-0000-0000-0000000000f2'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("foreign key");
  }

  @Test
  void removingASourceItemLeavesItsCopyWithoutSource() throws SQLException {
    exec("delete from catalogue.framework_item where id = '00000000-0000-0000-0000-0000000000a1'");

    assertThat(string("select coalesce(source_item_id::text, 'none') from catalogue.framework_item")).isEqualTo("none");
  }

  private void exec(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private String string(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
