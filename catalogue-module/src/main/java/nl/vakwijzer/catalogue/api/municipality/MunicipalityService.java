package nl.vakwijzer.catalogue.api.municipality;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * Municipality profiles. A GEMEENTE user reads and changes only its own organisation's profile; a
 * BEHEERDER reads and changes every profile. Any other organisation id is answered like an id that
 * does not exist: {@code UnknownOrganisationException}.
 */
public interface MunicipalityService {

  /** The profile of {@code organisation}; empty when it was never filled in. */
  Optional<MunicipalityProfile> profile(@NotNull Actor actor, @NotNull OrganisationId organisation);

  /**
   * Creates or replaces the profile. {@code expectedRevision} is the revision read (0 for a first
   * save).
   *
   * @throws InvalidMunicipalityProfileException on a bad code, region or served list
   * @throws ConcurrentMunicipalityChangeException when the revision is stale
   */
  MunicipalityProfile update(
      @NotNull Actor actor,
      @NotNull OrganisationId organisation,
      long expectedRevision,
      @NotNull MunicipalityProfileUpdate update);

  /** The 35 arbeidsmarktregio's, for a select list. */
  List<Arbeidsmarktregio> regions();
}
