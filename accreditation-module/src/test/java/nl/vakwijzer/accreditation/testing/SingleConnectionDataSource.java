package nl.vakwijzer.accreditation.testing;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands out one physical connection again and again (its {@code close()} does nothing), so a
 * single-threaded test does not open a new PostgreSQL connection for every repository call, which
 * costs tens of milliseconds each on a busy machine. The repositories still commit or roll back
 * each write themselves (LOCAL mode).
 */
public final class SingleConnectionDataSource implements DataSource {
  private final DataSource target;
  private Connection connection;

  public SingleConnectionDataSource(DataSource target) {
    this.target = target;
  }

  @Override
  public synchronized Connection getConnection() throws SQLException {
    if (connection == null || connection.isClosed()) {
      Connection physical = target.getConnection();
      connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (method.getName().equals("close")) {
              return null;
            }
            try {
              return method.invoke(physical, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
    return connection;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
