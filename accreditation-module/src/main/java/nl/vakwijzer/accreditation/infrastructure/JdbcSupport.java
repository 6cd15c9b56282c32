package nl.vakwijzer.accreditation.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Plain-JDBC plumbing shared by the module's repositories, as in the catalogue's {@code
 * JdbcFrameworkRepository}: in the container ({@code CONTAINER}) connections take
 * part in the caller's JTA transaction; on a plain DataSource ({@code LOCAL}) each
 * write commits or rolls back itself. Parameters are typed explicitly (UUID objects, {@code
 * OffsetDateTime}), so nothing depends on the datasource's {@code stringType}.
 */
abstract class JdbcSupport {

  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final DataSource dataSource;
  private final TransactionMode mode;

  JdbcSupport(DataSource dataSource, TransactionMode mode) {
    this.dataSource = dataSource;
    this.mode = mode;
  }

  <T> T read(SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Accreditation query failed", e);
    }
  }

  <T> T write(SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      if (mode == TransactionMode.CONTAINER) {
        return work.run(c);
      }
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Accreditation update failed", e);
    }
  }

  static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(c, s, parameters);
      try (ResultSet rs = s.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
        return rows;
      }
    }
  }

  static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(c, s, parameters);
      return s.executeUpdate();
    }
  }

  static void bind(Connection c, PreparedStatement s, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object p = parameters[i];
      int index = i + 1;
      if (p == null) {
        s.setNull(index, Types.NULL);
      } else if (p instanceof Instant instant) {
        s.setObject(index, instant.atOffset(ZoneOffset.UTC));
      } else if (p instanceof LocalDate date) {
        s.setObject(index, date);
      } else if (p instanceof Enum<?> e) {
        s.setString(index, e.name());
      } else if (p instanceof TextArray texts) {
        s.setArray(index, c.createArrayOf("text", texts.values().toArray()));
      } else if (p instanceof UuidArray uuids) {
        s.setArray(index, c.createArrayOf("uuid", uuids.values().toArray()));
      } else {
        s.setObject(index, p);
      }
    }
  }

  /** A text[] parameter. */
  record TextArray(Collection<String> values) {}

  /** A uuid[] parameter. */
  record UuidArray(Collection<UUID> values) {}

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  static Set<String> texts(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    return array == null ? Set.of() : new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
  }

  static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }
}
