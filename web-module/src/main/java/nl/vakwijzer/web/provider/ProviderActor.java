package nl.vakwijzer.web.provider;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.web.security.CurrentUser;

/** The signed-in account as the provider services' {@link Actor}; empty when nobody is signed in. */
@RequestScoped
public class ProviderActor {
  @Inject CurrentUser currentUser;

  public Optional<Actor> actor() {
    return currentUser.account().map(ProviderActor::of);
  }

  public Actor require() {
    return actor().orElseThrow(() -> new IllegalStateException("not signed in"));
  }

  static Actor of(AccountSummary account) {
    return new Actor(account.id(), account.organisation().map(OrganisationSummary::id).orElse(null), account.roles());
  }
}
