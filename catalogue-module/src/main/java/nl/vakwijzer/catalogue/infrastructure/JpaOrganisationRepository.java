package nl.vakwijzer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vakwijzer.catalogue.domain.Organisation;
import nl.vakwijzer.catalogue.domain.OrganisationRepository;

@ApplicationScoped
class JpaOrganisationRepository implements OrganisationRepository {
  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public Optional<Organisation> find(UUID id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  @Override
  public Optional<Organisation> findByName(String name) {
    return em.createNamedQuery("Organisation.byName", Organisation.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Organisation> findAll() {
    return em.createNamedQuery("Organisation.all", Organisation.class).getResultList();
  }

  @Override
  public void add(Organisation organisation) {
    em.persist(organisation);
  }
}
