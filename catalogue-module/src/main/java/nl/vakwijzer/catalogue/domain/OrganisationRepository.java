package nl.vakwijzer.catalogue.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of organisations. */
public interface OrganisationRepository {
  Optional<Organisation> find(UUID id);

  Optional<Organisation> findByName(String name);

  List<Organisation> findAll();

  void add(Organisation organisation);
}
