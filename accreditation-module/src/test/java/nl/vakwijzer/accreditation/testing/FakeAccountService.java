package nl.vakwijzer.accreditation.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.AuthenticatedAccount;
import nl.vakwijzer.catalogue.api.NewAccount;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.OrganisationType;

/**
 * A fake of the catalogue's {@link AccountService} (a collaborator of another module) that only
 * lists the accounts a test puts in with {@link #add}: whom notifications go to.
 */
public final class FakeAccountService implements AccountService {
  private final List<AccountSummary> accounts = new ArrayList<>();

  /** Adds the actor as an account (active unless said otherwise). */
  public AccountSummary add(Actor actor, String username, boolean active) {
    Optional<OrganisationSummary> organisation = Optional.ofNullable(actor.organisation())
        .map(id -> new OrganisationSummary(id, "Organisatie " + username, OrganisationType.values()[0]));
    AccountSummary summary = new AccountSummary(actor.account(), username, username, username + "@example.org",
        actor.roles(), organisation, active, Instant.parse("2026-01-01T00:00:00Z"));
    accounts.add(summary);
    return summary;
  }

  @Override
  public List<AccountSummary> list() {
    return List.copyOf(accounts);
  }

  @Override
  public Optional<AccountSummary> findByUsername(String username) {
    return accounts.stream().filter(a -> a.username().equals(username)).findFirst();
  }

  @Override
  public boolean exists(String username) {
    return findByUsername(username).isPresent();
  }

  @Override
  public Optional<AuthenticatedAccount> verifyCredentials(String username, String password) {
    throw new UnsupportedOperationException("not used by the accreditation module");
  }

  @Override
  public AccountSummary create(NewAccount account) {
    throw new UnsupportedOperationException("not used by the accreditation module");
  }

  @Override
  public void changePassword(String username, String currentPassword, String newPassword) {
    throw new UnsupportedOperationException("not used by the accreditation module");
  }
}
