package nl.vakwijzer.web.provider;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimOptions;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.UnknownModuleException;
import nl.vakwijzer.catalogue.api.TeachingMethod;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * A module version as municipalities see it: only the public fields ({@link DossierField}). The
 * provider's preview (any of its own versions) and the public module page (accredited versions
 * only) both show it through the same include, so the preview is exactly the public page.
 */
@Named
@ViewScoped
public class ModulePageView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ModuleService modules;
  @Inject transient ProviderActors actors;
  @Inject transient FacesMessages messages;
  @Inject transient nl.vakwijzer.catalogue.api.ModuleAccreditationService accreditation;

  private String versionParam;
  private ModuleVersion version;
  private final Map<ItemId, ClaimOptions> options = new HashMap<>();

  /** View action; answers 404 for unknown, foreign or (publicly) unaccredited versions. */
  public void load() throws IOException {
    if (version != null) {
      return;
    }
    Optional<ModuleVersionId> id = ModuleVersionId.parse(versionParam);
    if (id.isEmpty()) {
      notFound();
      return;
    }
    try {
      Actor actor = actors.current().orElse(null);
      version = modules.publicView(actor, id.get());
    } catch (UnknownModuleException e) {
      notFound();
    }
  }

  private static void notFound() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(404, "");
    context.responseComplete();
  }

  /** Starts a new concept version from this one (editing an accredited or rejected module). */
  public String edit() {
    try {
      ModuleVersion concept = modules.newVersion(actors.current().orElseThrow(), version.module());
      return "/aanbieder/module?faces-redirect=true&versie=" + concept.id();
    } catch (CatalogueException e) {
      messages.error(e);
      return null;
    }
  }

  public boolean isOwnVersion() {
    return version != null && actors.current().map(a -> a.actsFor(version.provider())).orElse(false);
  }

  /**
   * The claims to show: for an accredited version only the accepted ones, at the accepted levels
   * (what municipalities may rely on); otherwise (a provider's preview) the claimed ones.
   */
  public List<Claim> claims(ModuleVersion shown) {
    if (!shown.status().isAccredited()) {
      return shown.dossier().claims();
    }
    List<Claim> accepted = new java.util.ArrayList<>();
    for (var a : accreditation.acceptedClaims(shown.id())) {
      shown.dossier().claims().stream().filter(c -> c.competency().equals(a.competency())).findFirst()
          .ifPresent(c -> accepted.add(new Claim(c.competency(), a.from(), a.to(), a.behaviourExamples(), c.evidence(), c.hardToLearn())));
    }
    return accepted;
  }

  private ClaimOptions options(Claim claim) {
    return options.computeIfAbsent(claim.competency(), modules::claimOptions);
  }

  public String competency(Claim claim) {
    ItemSummary item = options(claim).competency();
    return item.humanCode() + " " + item.label();
  }

  public String framework(Claim claim) {
    return options(claim).frameworkCode();
  }

  /** The name of a level of the claim's scale. */
  public String level(Claim claim, int ordinal) {
    List<ItemSummary> levels = options(claim).levels();
    if (ordinal < levels.size()) {
      return levels.get(ordinal).label();
    }
    String[] fallback = {"BASIS", "VAKBEKWAAM", "VAKVOLWASSEN"};
    return ordinal < fallback.length ? Bundle.text(locale(), "provider.level." + fallback[ordinal]) : String.valueOf(ordinal + 1);
  }

  /** The behaviour examples a claim covers, with their codes and statements. */
  public List<ItemSummary> examples(Claim claim) {
    return options(claim).behaviourExamples().stream().filter(b -> claim.behaviourExamples().contains(b.id())).toList();
  }

  public String teachingMethod(TeachingMethod method) {
    return method.kind() == TeachingMethodKind.OTHER
        ? method.label()
        : Bundle.text(locale(), "catalogue.provider.teachingMethod." + method.kind().name());
  }

  /** "12 contacturen, 6 uur zelfstudie, 4 bijeenkomsten in 8 weken". */
  public String sizeText(ModuleVersion shown) {
    var size = shown.dossier().size();
    return Bundle.text(
        locale(),
        "provider.public.size",
        size.contactHours().stripTrailingZeros().toPlainString(),
        size.selfStudyHours().stripTrailingZeros().toPlainString(),
        size.meetings(),
        size.spanWeeks());
  }

  public String followUpText(ModuleVersion shown) {
    return Bundle.text(locale(), "provider.public.followUp", shown.dossier().workplaceTransfer().followUpAfterWeeks());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getVersionParam() {
    return versionParam;
  }

  public void setVersionParam(String versionParam) {
    this.versionParam = versionParam;
  }

  public ModuleVersion getVersion() {
    return version;
  }
}
