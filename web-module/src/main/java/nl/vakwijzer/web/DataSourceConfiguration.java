package nl.vakwijzer.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines the application's datasource from runtime configuration and migrates every module's
 * schema before the first request.
 *
 * <p>Operators set {@code VAKWIJZER_DB_URL}, {@code VAKWIJZER_DB_USER} and
 * {@code VAKWIJZER_DB_PASSWORD}; the defaults inline below are read because
 * {@code microprofile-config.properties} is read too late for this annotation.
 * {@code stringType=unspecified} lets PostgreSQL infer {@code uuid} parameters that EclipseLink
 * binds as text.
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=vakwijzer.db.url:jdbc:postgresql://127.0.0.1:5432/vakwijzer}",
    user = "${MPCONFIG=vakwijzer.db.user:vakwijzer}",
    password = "${MPCONFIG=vakwijzer.db.password:vakwijzer}",
    minPoolSize = 2,
    maxPoolSize = 30,
    loginTimeout = 5,
    properties = {"stringType=unspecified", "connectTimeout=5", "ApplicationName=vakwijzer"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own work
public class DataSourceConfiguration {
  public static final String JNDI_NAME = "java:app/jdbc/vakwijzer";

  /** One schema per module, migrated in dependency order. */
  static final List<String> MODULE_SCHEMAS = List.of("catalogue", "accreditation");

  private static final Logger LOG = Logger.getLogger(DataSourceConfiguration.class.getName());

  @Resource(lookup = JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    for (String schema : MODULE_SCHEMAS) {
      var result =
          Flyway.configure(Thread.currentThread().getContextClassLoader())
              .dataSource(dataSource)
              .schemas(schema)
              .locations("classpath:db/migration/" + schema)
              .load()
              .migrate();
      LOG.info(() -> "Schema " + schema + ": " + result.migrationsExecuted + " migration(s) applied");
    }
  }
}
