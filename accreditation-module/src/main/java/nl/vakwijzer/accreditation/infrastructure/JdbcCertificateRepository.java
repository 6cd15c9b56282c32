package nl.vakwijzer.accreditation.infrastructure;

import java.util.Optional;
import javax.sql.DataSource;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.CertificateCode;
import nl.vakwijzer.accreditation.domain.CertificateRepository;

/** Reads the certificate codes the database issued (see migration V4). */
public final class JdbcCertificateRepository extends JdbcSupport implements CertificateRepository {

  public JdbcCertificateRepository(DataSource dataSource, TransactionMode mode) {
    super(dataSource, mode);
  }

  @Override
  public Optional<Issued> ofApplication(ApplicationId application) {
    return find("application_id = ?", application.value());
  }

  @Override
  public Optional<Issued> byCode(CertificateCode code) {
    return find("code = ?", code.value());
  }

  private Optional<Issued> find(String where, Object parameter) {
    return read(c -> query(c, "select application_id, code, issued_at from accreditation.certificate where " + where,
        rs -> new Issued(new ApplicationId(uuid(rs, "application_id")), new CertificateCode(rs.getString("code")),
            instant(rs, "issued_at")),
        parameter)).stream().findFirst();
  }
}
