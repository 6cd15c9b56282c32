package nl.vakwijzer.catalogue.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;

/** Work a JDBC repository does on one connection, in one unit of work. */
@FunctionalInterface
public interface ConnectionWork<T> {
  T run(Connection connection) throws SQLException;
}
