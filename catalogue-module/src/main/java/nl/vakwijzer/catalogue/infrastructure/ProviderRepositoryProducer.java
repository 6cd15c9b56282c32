package nl.vakwijzer.catalogue.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.domain.ProviderRepository;

/** Makes the JDBC provider repository a CDI bean taking part in the container's JTA transactions. */
@ApplicationScoped
class ProviderRepositoryProducer {
  @Resource(lookup = "java:app/jdbc/vakwijzer")
  DataSource dataSource;

  @Produces
  @ApplicationScoped
  ProviderRepository providerRepository() {
    return new JdbcProviderRepository(dataSource, JdbcFrameworkRepository.TransactionMode.CONTAINER);
  }
}
