package nl.vakwijzer.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class FrameworkSchemaMigrationTest {
  private final DataSource db = TestDatabases.migrated();

  @Test
  void searchFoldingIgnoresAccentsAndCase() throws SQLException {
    assertThat(string("select catalogue.search_fold('Überhaupt Cliënten CAFÉ ĳs')"))
        .isEqualTo("uberhaupt clienten cafe ijs");
  }

  @Test
  void unaccentExtensionIsAvailableInEmbeddedPostgres() throws SQLException {
    assertThat(string("select count(*)::text from pg_extension where extname = 'unaccent'"))
        .isEqualTo("1");
  }

  @Test
  void itemTypeReferenceTableHoldsEveryDocumentedType() throws SQLException {
    assertThat(string("select count(*)::text from catalogue.item_type")).isEqualTo("21");
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
