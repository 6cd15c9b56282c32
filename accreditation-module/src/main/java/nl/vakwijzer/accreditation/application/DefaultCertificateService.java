package nl.vakwijzer.accreditation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.Certificate;
import nl.vakwijzer.accreditation.api.CertificateCode;
import nl.vakwijzer.accreditation.api.CertificateNotAvailableException;
import nl.vakwijzer.accreditation.api.CertificateService;
import nl.vakwijzer.accreditation.api.CertificateStatus;
import nl.vakwijzer.accreditation.api.Decision;
import nl.vakwijzer.accreditation.api.UnknownApplicationException;
import nl.vakwijzer.accreditation.domain.Application;
import nl.vakwijzer.accreditation.domain.ApplicationRepository;
import nl.vakwijzer.accreditation.domain.CertificateRepository;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.Actor;

/**
 * Certificates: the code issued by the database (migration V4) with the decision it certifies and
 * its status today. Access to an application's certificate is the workflow service's access to the
 * application; verification by code is public.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class DefaultCertificateService implements CertificateService {
  @Inject AccreditationService accreditation;
  @Inject ApplicationRepository applications;
  @Inject CertificateRepository certificates;
  @Inject Clock clock;

  /** For the CDI proxy. */
  DefaultCertificateService() {}

  DefaultCertificateService(
      AccreditationService accreditation, ApplicationRepository applications, CertificateRepository certificates, Clock clock) {
    this.accreditation = accreditation;
    this.applications = applications;
    this.certificates = certificates;
    this.clock = clock;
  }

  @Override
  public Certificate certificate(Actor actor, ApplicationId id) {
    ApplicationView visible = accreditation.application(actor, id); // access: unknown for anyone else
    CertificateRepository.Issued issued = certificates.ofApplication(id)
        .orElseThrow(() -> new CertificateNotAvailableException(visible.state()));
    return certificate(issued);
  }

  @Override
  public Optional<Certificate> verify(CertificateCode code) {
    return certificates.byCode(code).map(this::certificate);
  }

  private Certificate certificate(CertificateRepository.Issued issued) {
    Application application = applications.find(issued.application())
        .orElseThrow(() -> new UnknownApplicationException(issued.application()));
    ApplicationView v = application.view();
    Decision decision = v.decision();
    LocalDate from = decision == null ? null : LocalDate.ofInstant(decision.at(), Application.ZONE);
    LocalDate until = decision == null ? null : decision.validUntil();
    int years = from == null || until == null ? 0 : Period.between(from, until).getYears();
    List<AcceptedClaim> accepted = decision == null || until == null ? List.of() : application.acceptedClaims();
    return new Certificate(issued.code(), v.id(), v.version(), v.module(), v.provider(), v.moduleTitle(),
        v.versionNumber(), decision == null ? null : decision.outcome(), decision == null ? null : decision.at(),
        from, until, years, accepted, v.conditions(), status(v, today()), issued.issuedAt());
  }

  /** The certificate's status from the application's state and validity on {@code today}. */
  static CertificateStatus status(ApplicationView v, LocalDate today) {
    ApplicationState state = v.state();
    if (state == ApplicationState.BEZWAAR && v.objection() != null && v.objection().priorState() != null) {
      state = v.objection().priorState(); // the decision stays in force during the objection
    }
    if (state.isAccredited()) {
      LocalDate until = v.decision() == null ? null : v.decision().validUntil();
      return until != null && until.isBefore(today) ? CertificateStatus.VERLOPEN : CertificateStatus.GELDIG;
    }
    return switch (state) {
      case VERLOPEN -> CertificateStatus.VERLOPEN;
      case GESCHORST -> CertificateStatus.GESCHORST;
      default -> CertificateStatus.INGETROKKEN; // withdrawn, or rejected on objection
    };
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Application.ZONE);
  }
}
