package nl.vakwijzer.accreditation.api;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.Actor;

/**
 * Certificates of accreditations. Every application gets one verification code the first time it
 * is accredited (GEACCREDITEERD or GEACCREDITEERD_ONDER_VOORWAARDEN); the code never changes,
 * the status follows the accreditation (suspension, withdrawal, expiry).
 */
public interface CertificateService {

  /**
   * The certificate of an application, for whoever may see the application ({@link
   * AccreditationService#application}: the provider its own, the coordinator and besluitnemers
   * all, auditors those assigned to them; others {@link UnknownApplicationException}). {@link
   * CertificateNotAvailableException} while no accreditation was decided.
   */
  Certificate certificate(@NotNull Actor actor, @NotNull ApplicationId id);

  /** Public verification: the certificate with this code as it stands today, if there is one. */
  Optional<Certificate> verify(@NotNull CertificateCode code);
}
