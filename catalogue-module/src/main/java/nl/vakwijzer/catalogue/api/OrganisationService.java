package nl.vakwijzer.catalogue.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** Organisations taking part in Vakwijzer: training providers, municipalities, the accrediting body. */
public interface OrganisationService {

  /**
   * Registers an organisation.
   *
   * @throws DuplicateOrganisationException when the name is taken
   */
  OrganisationSummary create(@NotNull @Valid NewOrganisation organisation);

  Optional<OrganisationSummary> find(OrganisationId id);

  Optional<OrganisationSummary> findByName(String name);

  /** All organisations, ordered by name. */
  List<OrganisationSummary> list();
}
