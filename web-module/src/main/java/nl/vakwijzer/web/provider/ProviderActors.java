package nl.vakwijzer.web.provider;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.web.security.CurrentUser;

/**
 * Turns the signed-in account into the {@link Actor} the provider-portal services decide access
 * from: its id, its organisation and its roles, all read from the database, never from the request.
 */
@RequestScoped
public class ProviderActors {
  @Inject CurrentUser currentUser;
  @Inject AccountService accounts;

  /** The actor of the signed-in page user; empty when nobody is signed in. */
  public Optional<Actor> current() {
    return currentUser.account().map(ProviderActors::actorOf);
  }

  /** The actor for a REST caller known by username. */
  public Optional<Actor> forUsername(String username) {
    return accounts.findByUsername(username).filter(AccountSummary::active).map(ProviderActors::actorOf);
  }

  static Actor actorOf(AccountSummary account) {
    return new Actor(
        account.id(), account.organisation().map(OrganisationSummary::id).orElse(null), account.roles());
  }
}
