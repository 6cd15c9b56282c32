package nl.vakwijzer.catalogue.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.catalogue.domain.Account;
import nl.vakwijzer.catalogue.domain.AccountRepository;

@ApplicationScoped
class JpaAccountRepository implements AccountRepository {
  @PersistenceContext(unitName = "catalogue")
  EntityManager em;

  @Override
  public Optional<Account> findByUsername(String normalisedUsername) {
    return em.createNamedQuery("Account.byUsername", Account.class)
        .setParameter("username", normalisedUsername)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Account> findAll() {
    return em.createNamedQuery("Account.all", Account.class).getResultList();
  }

  @Override
  public void add(Account account) {
    em.persist(account);
  }
}
