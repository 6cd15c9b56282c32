package nl.vakwijzer.accreditation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * The certificate of one accreditation as it stands today: what was decided (module version,
 * provider, the accepted claims at their accepted levels, validity from the decision date until
 * {@code validUntil}, conditions) and its {@link CertificateStatus}. Names (provider, competencies,
 * levels) are the catalogue's and looked up by the caller.
 */
public record Certificate(
    CertificateCode code,
    ApplicationId application,
    ModuleVersionId version,
    ModuleId module,
    OrganisationId provider,
    String moduleTitle,
    int versionNumber,
    DecisionOutcome outcome,
    Instant decidedAt,
    LocalDate validFrom,
    LocalDate validUntil,
    int validityYears,
    List<AcceptedClaim> acceptedClaims,
    List<AccreditationCondition> conditions,
    CertificateStatus status,
    Instant issuedAt) {
  public Certificate {
    acceptedClaims = List.copyOf(acceptedClaims);
    conditions = List.copyOf(conditions);
  }
}
