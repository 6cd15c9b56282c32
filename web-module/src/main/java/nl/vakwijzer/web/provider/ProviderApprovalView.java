package nl.vakwijzer.web.provider;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.Provider;
import nl.vakwijzer.catalogue.api.ProviderService;
import nl.vakwijzer.web.shared.FacesMessages;

/** Beheerder page: registrations awaiting a decision, each approved or rejected with a reason. */
@Named
@ViewScoped
public class ProviderApprovalView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

  @Inject transient ProviderService providers;
  @Inject transient ProviderActor actor;
  @Inject transient FacesMessages messages;

  private transient List<Provider> pending;
  /** Rejection reasons typed per organisation id (each registration has its own input). */
  private final Map<String, String> reasons = new HashMap<>();

  @PostConstruct
  void load() {
    pending = providers.pending(actor.require());
  }

  public void approve(String organisationId) {
    try {
      Provider provider = providers.approve(actor.require(), id(organisationId));
      messages.info("provider.approval.approved", provider.organisation().name());
      load();
    } catch (CatalogueException e) {
      messages.error(e);
    }
  }

  public void reject(String organisationId, String clientId) {
    String reason = reasons.get(organisationId);
    if (reason == null || reason.isBlank()) {
      messages.errorFor(clientId, "catalogue.provider.reason.required");
      return;
    }
    try {
      Provider provider = providers.reject(actor.require(), id(organisationId), reason);
      messages.info("provider.approval.rejected", provider.organisation().name());
      reasons.remove(organisationId);
      load();
    } catch (CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
  }

  /** When the provider registered, in Dutch notation and Amsterdam time. */
  public String when(Provider provider) {
    return provider.registeredAt() == null ? "" : WHEN.format(provider.registeredAt());
  }

  private static OrganisationId id(String text) {
    return OrganisationId.parse(text).orElseThrow(() -> new IllegalArgumentException("not an organisation id"));
  }

  public List<Provider> getPending() {
    if (pending == null) {
      load();
    }
    return pending;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }
}
