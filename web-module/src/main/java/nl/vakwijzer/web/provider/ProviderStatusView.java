package nl.vakwijzer.web.provider;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.OrganisationStatus;
import nl.vakwijzer.catalogue.api.Provider;
import nl.vakwijzer.catalogue.api.ProviderService;

/** The provider start page's notice: awaiting approval, rejected (with the reason) or active. */
@Named
@RequestScoped
public class ProviderStatusView {
  @Inject ProviderService providers;
  @Inject ProviderActor actor;

  private Optional<Provider> provider;
  private Boolean admin;

  public Provider getProvider() {
    if (provider == null) {
      provider = actor.actor().filter(a -> a.organisation() != null).flatMap(a -> providers.provider(a, a.organisation()));
    }
    return provider.orElse(null);
  }

  /** The organisation's status; ACTIEF for a provider organisation without a profile. */
  public String getStatus() {
    Provider p = getProvider();
    return (p == null ? OrganisationStatus.ACTIEF : p.status()).name();
  }

  public boolean isOrganisationAdmin() {
    if (admin == null) {
      admin = actor.actor().map(Actor::account).map(providers::isOrganisationAdmin).orElse(false);
    }
    return admin;
  }
}
