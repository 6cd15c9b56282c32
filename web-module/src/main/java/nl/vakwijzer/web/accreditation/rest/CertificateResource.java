package nl.vakwijzer.web.accreditation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import nl.vakwijzer.accreditation.api.Certificate;
import nl.vakwijzer.accreditation.api.CertificateCode;
import nl.vakwijzer.accreditation.api.CertificateService;
import nl.vakwijzer.web.accreditation.CertificateDocument;
import nl.vakwijzer.web.shared.Bundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public verification of a certificate by its code, as the verification page shows it (no login).
 * A malformed or unknown code is 404 (problem+json), alike.
 */
@Path("v1/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificaten", description = "Public verification of accreditation certificates")
public class CertificateResource {
  @Inject CertificateService certificates;
  @Inject CertificateDocument document;

  /** One accepted claim: competency (code and name) and the accredited levels on its scale. */
  public record ClaimResponse(String competency, String fromLevel, String toLevel) {}

  /** A certificate's current status and what it certifies. */
  public record CertificateResponse(
      String code,
      String status,
      String moduleTitle,
      int moduleVersion,
      String moduleVersionId,
      String provider,
      String outcome,
      LocalDate validFrom,
      LocalDate validUntil,
      List<ClaimResponse> acceptedClaims,
      List<String> conditions) {}

  @GET
  @Path("{code}")
  @Operation(summary = "Current status of the certificate with this verification code (public)")
  public CertificateResponse verify(@PathParam("code") String code) {
    Certificate c = CertificateCode.parse(code).flatMap(certificates::verify).orElseThrow(NotFoundException::new);
    return new CertificateResponse(c.code().formatted(), c.status().name(), c.moduleTitle(), c.versionNumber(),
        c.version().toString(), document.providerName(c.provider()), c.outcome() == null ? null : c.outcome().name(),
        c.validFrom(), c.validUntil(),
        document.lines(c, Bundle.DUTCH).stream().map(l -> new ClaimResponse(l.competency(), l.from(), l.to())).toList(),
        c.conditions().stream().map(x -> x.description() + " (" + x.deadline() + ", " + x.status() + ")").toList());
  }
}
