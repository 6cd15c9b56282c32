package nl.vakwijzer.catalogue.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.infrastructure.JdbcFrameworkRepository;
import nl.vakwijzer.catalogue.testing.TestDatabases;

/** Wires the framework service on a plain DataSource, as the container would on its own. */
final class FrameworkTestSupport {
  private FrameworkTestSupport() {}

  static DefaultFrameworkService serviceOn(DataSource dataSource) {
    return new DefaultFrameworkService(
        new JdbcFrameworkRepository(dataSource, JdbcFrameworkRepository.TransactionMode.LOCAL));
  }

  /** A database of its own with every reference framework loaded through the real loader. */
  static DataSource databaseWithReferenceFrameworks() {
    return TestDatabases.preparedCopy("vw_reference", ds -> serviceOn(ds).loadReferenceFrameworks());
  }

  /** The single value of a query, as a long (counts). */
  static long queryLong(DataSource dataSource, String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Rows in the three framework tables, to show that a refused import stored nothing. */
  static String tableSizes(DataSource dataSource) {
    return queryLong(dataSource, "select count(*) from catalogue.framework") + "/"
        + queryLong(dataSource, "select count(*) from catalogue.framework_item") + "/"
        + queryLong(dataSource, "select count(*) from catalogue.framework_association");
  }
}
