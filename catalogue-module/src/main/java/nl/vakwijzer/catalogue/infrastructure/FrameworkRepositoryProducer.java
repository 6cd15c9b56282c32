package nl.vakwijzer.catalogue.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.domain.CatalogueSearchStore;
import nl.vakwijzer.catalogue.domain.FrameworkEditingRepository;
import nl.vakwijzer.catalogue.domain.FrameworkRepository;
import nl.vakwijzer.catalogue.domain.GapStore;
import nl.vakwijzer.catalogue.domain.ModuleRepository;

/**
 * Makes the JDBC framework and module repositories CDI beans on the application's datasource (defined by the
 * web module), taking part in the container's JTA transactions.
 */
@ApplicationScoped
class FrameworkRepositoryProducer {
  @Resource(lookup = "java:app/jdbc/vakwijzer")
  DataSource dataSource;

  @Produces
  @ApplicationScoped
  FrameworkRepository frameworkRepository() {
    return new JdbcFrameworkRepository(dataSource, JdbcFrameworkRepository.TransactionMode.CONTAINER);
  }

  @Produces
  @ApplicationScoped
  FrameworkEditingRepository frameworkEditingRepository() {
    return new JdbcFrameworkEditingRepository(dataSource, JdbcFrameworkRepository.TransactionMode.CONTAINER);
  }

  @Produces
  @ApplicationScoped
  GapStore gapStore() {
    return new JdbcGapStore(dataSource, JdbcFrameworkRepository.TransactionMode.CONTAINER);
  }

  @Produces
  @ApplicationScoped
  CatalogueSearchStore catalogueSearchStore() {
    return new JdbcCatalogueSearchStore(dataSource, JdbcFrameworkRepository.TransactionMode.CONTAINER);
  }

  @Produces
  @ApplicationScoped
  ModuleRepository moduleRepository() {
    return new JdbcModuleRepository(dataSource, JdbcFrameworkRepository.TransactionMode.CONTAINER);
  }
}
