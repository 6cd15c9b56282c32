package nl.vakwijzer.accreditation.domain;

import java.time.Instant;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.CertificateCode;

/**
 * The issued verification codes. The database issues them (migration V4: a trigger on the
 * application's state), so every path to an accredited state gets exactly one.
 */
public interface CertificateRepository {

  /** An issued code with the application it belongs to. */
  record Issued(ApplicationId application, CertificateCode code, Instant issuedAt) {}

  Optional<Issued> ofApplication(ApplicationId application);

  Optional<Issued> byCode(CertificateCode code);
}
