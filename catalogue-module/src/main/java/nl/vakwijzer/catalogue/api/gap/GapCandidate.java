package nl.vakwijzer.catalogue.api.gap;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ModuleSize;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;

/**
 * An accredited module version as the gap search sees it. The caller passes only accredited
 * versions and only their <em>accepted</em> claims at their accepted levels.
 *
 * <p>{@code werkvormen} are the kinds of the module's teaching methods; {@code language} is a
 * free code such as "nl" (compared case-insensitively); {@code accreditedSince} (may be null when
 * unknown) is the freshness tie-breaker; {@code accreditedUntil} (may be null) ends findability.
 */
public record GapCandidate(
    ModuleVersionId id,
    String title,
    OrganisationId provider,
    String providerName,
    List<AcceptedClaim> claims,
    Set<TeachingMethodKind> werkvormen,
    Prices prices,
    List<Offering> offerings,
    DeliveryMode deliveryMode,
    String language,
    ModuleSize size,
    LocalDate accreditedSince,
    LocalDate accreditedUntil) {
  public GapCandidate {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    providerName = providerName == null ? "" : providerName;
    claims = claims == null ? List.of() : List.copyOf(claims);
    werkvormen = werkvormen == null ? Set.of() : Set.copyOf(werkvormen);
    prices = prices == null ? Prices.NONE : prices;
    offerings = offerings == null ? List.of() : List.copyOf(offerings);
    language = language == null ? "" : language.strip();
    size = size == null ? ModuleSize.EMPTY : size;
  }

  /** Whether the module can be run for one organisation's group (an in-company price is given). */
  public boolean offersInCompany() {
    return prices.inCompany() != null || deliveryMode == DeliveryMode.IN_COMPANY;
  }
}
