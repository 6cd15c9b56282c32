package nl.vakwijzer.accreditation.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import nl.vakwijzer.accreditation.domain.ApplicationRepository;
import nl.vakwijzer.accreditation.domain.AssessmentFrameworkRepository;
import nl.vakwijzer.accreditation.domain.AuditorRepository;
import nl.vakwijzer.accreditation.domain.CertificateRepository;
import nl.vakwijzer.accreditation.domain.NotificationRepository;

/**
 * Makes the JDBC repositories CDI beans on the application's datasource (defined by the web
 * module), taking part in the container's JTA transactions.
 */
@ApplicationScoped
class AccreditationRepositoryProducer {
  @Resource(lookup = "java:app/jdbc/vakwijzer")
  DataSource dataSource;

  @Produces
  @ApplicationScoped
  ApplicationRepository applicationRepository() {
    return new JdbcApplicationRepository(dataSource, TransactionMode.CONTAINER);
  }

  @Produces
  @ApplicationScoped
  AssessmentFrameworkRepository assessmentFrameworkRepository() {
    return new JdbcAssessmentFrameworkRepository(dataSource, TransactionMode.CONTAINER);
  }

  @Produces
  @ApplicationScoped
  AuditorRepository auditorRepository() {
    return new JdbcAuditorRepository(dataSource, TransactionMode.CONTAINER);
  }

  @Produces
  @ApplicationScoped
  CertificateRepository certificateRepository() {
    return new JdbcCertificateRepository(dataSource, TransactionMode.CONTAINER);
  }

  @Produces
  @ApplicationScoped
  NotificationRepository notificationRepository() {
    return new JdbcNotificationRepository(dataSource, TransactionMode.CONTAINER);
  }
}
