package nl.vakwijzer.web.provider;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.ModuleSummary;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * The provider dashboard: the organisation's modules with their status, what needs the provider's
 * action, accreditations that end within 90 days, and the ways to start a module (new, or copied
 * from an earlier one) or a new version of an accredited one.
 */
@Named
@ViewScoped
public class ModuleDashboardView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int EXPIRY_WARNING_DAYS = 90;

  @Inject transient ModuleService modules;
  @Inject transient ProviderActors actors;
  @Inject transient FacesMessages messages;
  @Inject transient Clock clock;

  private List<ModuleSummary> summaries;
  private String copySource;
  private String copyTitle;

  public List<ModuleSummary> getModules() {
    if (summaries == null) {
      summaries = actors.current().map(modules::modules).orElse(List.of());
    }
    return summaries;
  }

  public List<ModuleSummary> getActionNeeded() {
    return getModules().stream().filter(ModuleSummary::actionNeeded).toList();
  }

  public List<ModuleSummary> getExpiring() {
    LocalDate today = LocalDate.now(clock);
    return getModules().stream()
        .filter(m -> m.accreditedUntil() != null && m.accreditedVersion() != null)
        .filter(m -> !m.accreditedUntil().isBefore(today) && !m.accreditedUntil().isAfter(today.plusDays(EXPIRY_WARNING_DAYS)))
        .toList();
  }

  public long daysLeft(ModuleSummary module) {
    return ChronoUnit.DAYS.between(LocalDate.now(clock), module.accreditedUntil());
  }

  /** Why a module is in "actions needed", as a message key. */
  public String actionKey(ModuleSummary module) {
    if (module.latestStatus() == ModuleVersionStatus.CONCEPT) {
      return "provider.dashboard.action.finishConcept";
    }
    if (module.latestStatus() == ModuleVersionStatus.AFGEWEZEN) {
      return "provider.dashboard.action.rejected";
    }
    return "provider.dashboard.action.expiring";
  }

  public boolean canStartNewVersion(ModuleSummary module) {
    return module.latestStatus() != ModuleVersionStatus.CONCEPT && module.latestStatus() != ModuleVersionStatus.INGEDIEND;
  }

  /** Starts (or reopens) the concept of a new version and opens it in the editor. */
  public String newVersion(ModuleSummary module) {
    Actor actor = actors.current().orElseThrow();
    try {
      ModuleVersion concept = modules.newVersion(actor, module.id());
      return "/aanbieder/module?faces-redirect=true&versie=" + concept.id();
    } catch (CatalogueException e) {
      messages.error(e);
      return null;
    }
  }

  /** "Copy from a previous module". */
  public String copy() {
    Actor actor = actors.current().orElseThrow();
    var source = ModuleId.parse(copySource);
    if (source.isEmpty()) {
      messages.errorFor("copy:source", "provider.dashboard.copy.chooseSource");
      return null;
    }
    if (copyTitle == null || copyTitle.isBlank()) {
      messages.errorFor("copy:title", "provider.dashboard.copy.titleRequired");
      return null;
    }
    try {
      ModuleVersion copy = modules.copyModule(actor, source.get(), DossierForm.clip(copyTitle, DossierForm.TITLE_MAX));
      messages.info("provider.dashboard.copy.done", copy.dossier().title());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/aanbieder/module?faces-redirect=true&versie=" + copy.id();
    } catch (CatalogueException e) {
      messages.error(e);
      return null;
    }
  }

  public String getCopySource() {
    return copySource;
  }

  public void setCopySource(String copySource) {
    this.copySource = copySource;
  }

  public String getCopyTitle() {
    return copyTitle;
  }

  public void setCopyTitle(String copyTitle) {
    this.copyTitle = copyTitle;
  }
}
