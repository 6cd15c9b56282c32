package nl.vakwijzer.web.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.Certificate;
import nl.vakwijzer.accreditation.api.CertificateCode;
import nl.vakwijzer.accreditation.api.CertificateService;
import nl.vakwijzer.accreditation.api.CertificateStatus;
import nl.vakwijzer.accreditation.api.DecisionOutcome;

/**
 * The public verification page ({@code /verificatie.xhtml?code=…}, no login): the current status
 * of the certificate with that code, and what it certifies. A malformed or unknown code gets a
 * Dutch (or English) sentence, never an error page.
 */
@Named
@RequestScoped
public class CertificateVerificationView {
  @Inject CertificateService certificates;
  @Inject CertificateDocument document;

  private String code;
  private boolean looked;
  private Certificate certificate;
  private boolean malformed;

  private void look() {
    if (looked) {
      return;
    }
    looked = true;
    if (code == null || code.isBlank()) {
      return;
    }
    Optional<CertificateCode> parsed = CertificateCode.parse(code);
    if (parsed.isEmpty()) {
      malformed = true;
      return;
    }
    certificate = certificates.verify(parsed.get()).orElse(null);
  }

  public boolean isAsked() {
    return code != null && !code.isBlank();
  }

  public boolean isMalformed() {
    look();
    return malformed;
  }

  public boolean isUnknown() {
    look();
    return isAsked() && !malformed && certificate == null;
  }

  public Certificate getCertificate() {
    look();
    return certificate;
  }

  public boolean isValid() {
    return getCertificate() != null && certificate.status() == CertificateStatus.GELDIG;
  }

  public String getStatusClass() {
    return getCertificate() == null ? "" : "vw-certificate-" + certificate.status().name().toLowerCase(Locale.ROOT);
  }

  public boolean isConditional() {
    return getCertificate() != null && certificate.outcome() == DecisionOutcome.GEACCREDITEERD_ONDER_VOORWAARDEN;
  }

  public String getProvider() {
    return getCertificate() == null ? "" : document.providerName(certificate.provider());
  }

  public List<CertificateDocument.Line> getLines() {
    return getCertificate() == null ? List.of() : document.lines(certificate, locale());
  }

  public String date(java.time.LocalDate date) {
    return CertificateDocument.date(date, locale());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.strip();
  }
}
