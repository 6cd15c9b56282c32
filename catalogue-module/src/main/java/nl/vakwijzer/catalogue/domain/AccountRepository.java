package nl.vakwijzer.catalogue.domain;

import java.util.List;
import java.util.Optional;

/** Storage of accounts. */
public interface AccountRepository {
  Optional<Account> findByUsername(String normalisedUsername);

  List<Account> findAll();

  void add(Account account);
}
