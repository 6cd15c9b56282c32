package nl.vakwijzer.accreditation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import nl.vakwijzer.accreditation.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only in the database itself: a trigger refuses UPDATE, DELETE and
 * TRUNCATE for every role (the test connects as the superuser, who also owns the table, so the
 * REVOKE alone would not stop it), and PUBLIC has no such privileges.
 */
class AuditTrailAppendOnlyTest {
  private final DataSource dataSource = TestDatabases.migrated();

  private long insertEntry() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("insert into accreditation.audit_entry (application_id, at, actor, action, details) values ('"
          + UUID.randomUUID() + "', now(), null, 'TEST', '{\"a\": 1}')");
      try (var rs = s.executeQuery("select count(*) from accreditation.audit_entry")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  @Test
  void anUpdateThroughJdbcFails() throws SQLException {
    insertEntry();
    assertThatThrownBy(() -> execute("update accreditation.audit_entry set action = 'FORGED'"))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
  }

  @Test
  void aDeleteThroughJdbcFails() throws SQLException {
    long before = insertEntry();
    assertThatThrownBy(() -> execute("delete from accreditation.audit_entry"))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> execute("truncate accreditation.audit_entry"))
        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("select count(*) from accreditation.audit_entry")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(before);
    }
  }

  @Test
  void anOrdinaryRoleHasNoUpdateOrDeletePrivilegeAndIsStoppedToo() throws SQLException {
    insertEntry();
    String role = "vakwijzer_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("create role " + role);
      s.execute("grant usage on schema accreditation to " + role);
      s.execute("grant select, insert, update, delete on all tables in schema accreditation to " + role);
      try (var rs = s.executeQuery("select has_table_privilege('public', 'accreditation.audit_entry', 'UPDATE'),"
          + " has_table_privilege('public', 'accreditation.audit_entry', 'DELETE')")) {
        rs.next();
        assertThat(rs.getBoolean(1)).isFalse();
        assertThat(rs.getBoolean(2)).isFalse();
      }
      // even with an explicit grant, the trigger refuses
      s.execute("set role " + role);
      assertThatThrownBy(() -> s.executeUpdate("update accreditation.audit_entry set action = 'FORGED'"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("delete from accreditation.audit_entry"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
      s.execute("reset role");
    }
  }
}
