package nl.vakwijzer.catalogue.api.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * One found module version: public data only. {@code claims} are the accepted claims at their
 * accepted levels; {@code nextOffering} is the first date of the earliest PLANNED or OPEN offering
 * on or after the reference date ({@code null}: none), {@code nextOfferingPlace} its municipality
 * ({@code ""} when online). {@code rank} is the text relevance (0 without a text query).
 */
public record CatalogueHit(
    ModuleVersionId version,
    ModuleId module,
    String title,
    String summary,
    OrganisationId provider,
    String providerName,
    List<HitClaim> claims,
    LocalDate accreditedUntil,
    LocalDate nextOffering,
    String nextOfferingPlace,
    DeliveryMode deliveryMode,
    BigDecimal pricePerParticipant,
    BigDecimal priceInCompany,
    double rank) {
  public CatalogueHit {
    claims = List.copyOf(claims);
  }
}
