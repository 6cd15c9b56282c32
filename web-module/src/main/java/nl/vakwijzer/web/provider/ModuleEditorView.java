package nl.vakwijzer.web.provider;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.AttachmentKind;
import nl.vakwijzer.catalogue.api.AttachmentSummary;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.CheckReport;
import nl.vakwijzer.catalogue.api.ClaimOptions;
import nl.vakwijzer.catalogue.api.ConcurrentModuleChangeException;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.Finding;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.InvalidAttachmentException;
import nl.vakwijzer.catalogue.api.InvalidPostcodeException;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.MaterialChangeVerdict;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.SubmissionRefusedException;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import nl.vakwijzer.catalogue.api.UnknownModuleException;
import nl.vakwijzer.web.provider.DossierForm.ClaimRow;
import nl.vakwijzer.web.provider.DossierForm.OfferingRow;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.FacesMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The module editor: a step-by-step wizard over one concept version, saved as a concept at every
 * step, with the aanvraagcheck shown live next to the form and run again on submission.
 *
 * <p>Without a {@code versie} parameter the editor starts a new module; the first save creates it.
 * A version that is not a concept is never edited here: the page sends the provider to the
 * read-only preview. Another organisation's version answers 404, like a version that does not
 * exist.
 */
@Named
@ViewScoped
public class ModuleEditorView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SEARCH_RESULTS = 15;

  @Inject transient ModuleService modules;
  @Inject transient FrameworkService frameworks;
  @Inject transient ProviderActors actors;
  @Inject transient FacesMessages messages;

  private String versionParam;
  private String stepParam;

  private ModuleVersionId versionId;
  private ModuleVersion version;
  private long revision;
  private DossierForm form;
  private Map<String, String> explanations = new HashMap<>();
  private WizardStep step = WizardStep.ALGEMEEN;
  private CheckReport report = new CheckReport(List.of());
  private MaterialChangeVerdict verdict;
  private boolean stale;

  // claims: competency search and the options of each claimed competency
  private String competencyQuery;
  private List<ItemSummary> competencyResults = List.of();
  private final Map<UUID, ClaimOptions> claimOptions = new HashMap<>();

  private AttachmentKind attachmentKind = AttachmentKind.SYLLABUS;

  /** View action. */
  public void load() throws IOException {
    if (form != null) {
      return;
    }
    Optional<Actor> actor = actors.current();
    if (actor.isEmpty()) {
      notFound();
      return;
    }
    stepParam(stepParam);
    if (versionParam == null || versionParam.isBlank()) {
      form = DossierForm.empty();
      recheck();
      return;
    }
    Optional<ModuleVersionId> id = ModuleVersionId.parse(versionParam);
    if (id.isEmpty()) {
      notFound();
      return;
    }
    try {
      ModuleVersion found = modules.version(actor.get(), id.get());
      if (!found.isEditable()) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/aanbieder/voorbeeld.xhtml?versie=" + found.id());
        return;
      }
      show(found);
    } catch (UnknownModuleException e) {
      notFound();
    }
  }

  private void stepParam(String value) {
    if (value == null) {
      return;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= 1 && number <= WizardStep.values().length) {
        step = WizardStep.values()[number - 1];
      }
    } catch (NumberFormatException e) {
      // an unknown step starts at the first
    }
  }

  private static void notFound() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(404, "");
    context.responseComplete();
  }

  private void show(ModuleVersion found) {
    version = found;
    versionId = found.id();
    revision = found.revision();
    form = DossierForm.of(found.dossier());
    explanations = new HashMap<>(found.explanations());
    found.dossier().claims().forEach(claim -> options(claim.competency().value()));
    form.getClaims().forEach(this::applyOptions);
    stale = false;
    recheck();
  }

  // ------------------------------------------------------------------ saving and steps

  /** Saves the concept and stays on the step. */
  public void save() {
    if (saveConcept()) {
      messages.info("provider.editor.saved");
    }
  }

  /** Saves the concept and goes to the step with the given number. */
  public void goTo(int number) {
    if (saveConcept()) {
      step = WizardStep.values()[Math.max(0, Math.min(number - 1, WizardStep.values().length - 1))];
    }
  }

  public void next() {
    goTo(step.number() + 1);
  }

  public void previous() {
    goTo(step.number() - 1);
  }

  /**
   * Stores the form as the concept. On a conflict the input stays in the form and the provider is
   * told to reload; nothing of theirs is lost and nothing of the colleague's is overwritten.
   */
  boolean saveConcept() {
    Optional<ModuleDossier> dossier = dossier();
    if (dossier.isEmpty()) {
      return false;
    }
    Actor actor = actors.current().orElseThrow();
    try {
      ModuleVersion saved;
      if (versionId == null) {
        saved = modules.create(actor, dossier.get());
        if (!explanations.isEmpty()) {
          saved = modules.saveConcept(actor, saved.id(), saved.revision(), dossier.get(), explanations);
        }
      } else {
        saved = modules.saveConcept(actor, versionId, revision, dossier.get(), currentExplanations());
      }
      version = saved;
      versionId = saved.id();
      revision = saved.revision();
      stale = false;
      recheck();
      return true;
    } catch (ConcurrentModuleChangeException e) {
      stale = true;
      messages.error(e);
      return false;
    } catch (CatalogueException e) {
      messages.error(e);
      return false;
    }
  }

  /** Discards the form and shows the version as it is stored now (after a conflict). */
  public void reload() {
    Actor actor = actors.current().orElseThrow();
    show(modules.version(actor, versionId));
    messages.info("provider.editor.reloaded");
  }

  /** The form as a dossier; empty (with messages on the fields) when an offering is invalid. */
  private Optional<ModuleDossier> dossier() {
    boolean valid = true;
    List<OfferingRow> offerings = form.getOfferings();
    for (int i = 0; i < offerings.size(); i++) {
      OfferingRow row = offerings.get(i);
      if (row.isOnline()) {
        continue;
      }
      String prefix = "editor:offerings:" + i + ":";
      try {
        nl.vakwijzer.catalogue.api.OfferingLocation.at(String.valueOf(row.getPostcode() == null ? "" : row.getPostcode()), "x");
      } catch (InvalidPostcodeException e) {
        messages.errorFor(prefix + "postcode", e.messageKey(), e.arguments().toArray());
        valid = false;
      }
      if (row.getMunicipality() == null || row.getMunicipality().isBlank()) {
        messages.errorFor(prefix + "municipality", "provider.editor.offering.municipalityRequired");
        valid = false;
      }
    }
    if (!valid) {
      step = WizardStep.UITVOERING;
      messages.error("provider.editor.notSaved");
      return Optional.empty();
    }
    return Optional.of(form.toDossier());
  }

  private Map<String, String> currentExplanations() {
    Map<String, String> kept = new LinkedHashMap<>();
    explanations.forEach(
        (id, text) -> {
          if (text != null && !text.isBlank()) {
            kept.put(id, DossierForm.clip(text, DossierForm.SHORT_MAX));
          }
        });
    return kept;
  }

  /** Runs the aanvraagcheck on the form as it is now (the live panel). */
  public void recheck() {
    dossierQuietly().ifPresent(d -> report = modules.check(d));
    if (versionId != null && version != null && version.basedOn() != null) {
      verdict = dossierQuietly().flatMap(d -> modules.changeVerdict(actors.current().orElseThrow(), versionId, d)).orElse(null);
    }
  }

  private Optional<ModuleDossier> dossierQuietly() {
    try {
      return Optional.of(form.toDossier());
    } catch (RuntimeException e) {
      return Optional.empty(); // an invalid offering; the save shows it on the field
    }
  }

  // ------------------------------------------------------------------ submission

  /** Saves, checks again and submits the concept for accreditation. */
  public String submit() {
    if (!saveConcept()) {
      return null;
    }
    try {
      ModuleVersion submitted = modules.submit(actors.current().orElseThrow(), versionId, revision);
      messages.info("provider.editor.submitted", submitted.dossier().title());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/aanbieder/voorbeeld?faces-redirect=true&versie=" + submitted.id();
    } catch (SubmissionRefusedException e) {
      if (!e.report().findings().isEmpty()) {
        report = e.report();
      }
      messages.error(e);
      step = WizardStep.INDIENEN;
      return null;
    } catch (CatalogueException e) {
      messages.error(e);
      return null;
    }
  }

  /** Publishes a concept with practical changes only (material-change rule) without review. */
  public String publishDirectly() {
    if (!saveConcept()) {
      return null;
    }
    try {
      ModuleVersion published = modules.publishDirectly(actors.current().orElseThrow(), versionId, revision);
      messages.info("provider.editor.published", published.dossier().title());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/aanbieder/voorbeeld?faces-redirect=true&versie=" + published.id();
    } catch (CatalogueException e) {
      messages.error(e);
      return null;
    }
  }

  // ------------------------------------------------------------------ claims

  /** Searches competencies of the published frameworks for a new claim. */
  public void searchCompetencies() {
    if (competencyQuery == null || competencyQuery.isBlank()) {
      competencyResults = List.of();
      return;
    }
    competencyResults =
        frameworks.search(DossierForm.clip(competencyQuery, 200), Set.of(ItemType.COMPETENCY), 0, SEARCH_RESULTS).content();
    if (competencyResults.isEmpty()) {
      messages.info("provider.editor.claim.noResults", competencyQuery);
    }
  }

  /** Adds a claim on the chosen competency, from its lowest to its next level. */
  public void addClaim(ItemSummary competency) {
    UUID id = competency.id().value();
    if (form.getClaims().stream().anyMatch(c -> id.equals(c.getCompetency()))) {
      messages.error("provider.editor.claim.alreadyClaimed", competency.label());
      return;
    }
    try {
      options(id);
    } catch (UnknownItemException e) {
      messages.error(e);
      return;
    }
    var row = new ClaimRow();
    row.setCompetency(id);
    row.setFrom(0);
    row.setTo(1);
    applyOptions(row);
    form.getClaims().add(row);
    competencyResults = List.of();
    competencyQuery = null;
    recheck();
  }

  public void removeClaim(ClaimRow row) {
    form.removeClaim(row);
    recheck();
  }

  private ClaimOptions options(UUID competency) {
    return claimOptions.computeIfAbsent(competency, id -> modules.claimOptions(new ItemId(id)));
  }

  private void applyOptions(ClaimRow row) {
    ClaimOptions options = claimOptions.get(row.getCompetency());
    if (options == null) {
      return;
    }
    row.setCompetencyLabel(options.competency().humanCode() + " " + options.competency().label());
    row.setLevelItems(options.levels().stream().map(l -> l.id().value()).toList());
  }

  /** The levels a claim can choose from: the competency's scale, or Basis/Vakbekwaam/Vakvolwassen. */
  public List<LevelChoice> levelChoices(ClaimRow row) {
    ClaimOptions options = claimOptions.get(row.getCompetency());
    var choices = new ArrayList<LevelChoice>();
    if (options == null || options.levels().isEmpty()) {
      Locale locale = locale();
      choices.add(new LevelChoice(0, Bundle.text(locale, "provider.level.BASIS")));
      choices.add(new LevelChoice(1, Bundle.text(locale, "provider.level.VAKBEKWAAM")));
      choices.add(new LevelChoice(2, Bundle.text(locale, "provider.level.VAKVOLWASSEN")));
      return choices;
    }
    for (int i = 0; i < options.levels().size(); i++) {
      choices.add(new LevelChoice(i, options.levels().get(i).label()));
    }
    return choices;
  }

  public List<ItemSummary> behaviourExamples(ClaimRow row) {
    ClaimOptions options = claimOptions.get(row.getCompetency());
    return options == null ? List.of() : options.behaviourExamples();
  }

  public boolean hardToLearn(ClaimRow row) {
    ClaimOptions options = claimOptions.get(row.getCompetency());
    return options != null && options.hardToLearn();
  }

  /** A level on a claim's scale: its index and its name. */
  public record LevelChoice(int ordinal, String label) implements Serializable {}

  // ------------------------------------------------------------------ attachments

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (versionId == null && !saveConcept()) {
      return;
    }
    try (InputStream in = file.getInputStream()) {
      byte[] content = in.readNBytes(ATTACHMENT_READ_LIMIT);
      modules.addAttachment(actors.current().orElseThrow(), versionId, attachmentKind, DossierForm.clip(file.getFileName(), 200), content);
      version = modules.version(actors.current().orElseThrow(), versionId);
      revision = version.revision();
      messages.info("provider.editor.attachment.added", file.getFileName());
    } catch (InvalidAttachmentException e) {
      messages.error(e);
    } catch (CatalogueException e) {
      messages.error(e);
    } catch (IOException e) {
      messages.error("provider.editor.attachment.readFailed", file.getFileName());
    }
  }

  /** One byte more than the limit, so the service can tell "too large" from "exactly 10 MB". */
  private static final int ATTACHMENT_READ_LIMIT = 10 * 1024 * 1024 + 1;

  public void removeAttachment(AttachmentSummary attachment) {
    try {
      modules.removeAttachment(actors.current().orElseThrow(), versionId, attachment.id());
      version = modules.version(actors.current().orElseThrow(), versionId);
      revision = version.revision();
      messages.info("provider.editor.attachment.removed", attachment.fileName());
    } catch (CatalogueException e) {
      messages.error(e);
    }
  }

  public List<AttachmentSummary> getAttachments() {
    return version == null ? List.of() : version.attachments();
  }

  // ------------------------------------------------------------------ check panel

  /** The finding's message in the user's language, with competency ids replaced by their names. */
  public String text(Finding finding) {
    Object[] arguments = finding.arguments().stream().map(this::readable).toArray();
    return Bundle.text(locale(), finding.messageKey(), arguments);
  }

  private Object readable(Object argument) {
    String text = String.valueOf(argument);
    for (ClaimRow claim : form.getClaims()) {
      if (claim.getCompetency() != null && claim.getCompetency().toString().equals(text) && claim.getCompetencyLabel() != null) {
        return claim.getCompetencyLabel();
      }
    }
    return argument;
  }

  /** "2 fouten, 1 waarschuwing" for the check panel's live region. */
  public String getCheckSummary() {
    return Bundle.text(locale(), "provider.check.summary", report.errors().size(), report.warnings().size());
  }

  /** An attachment's size for people: kB below 1 MB, else MB with one decimal. */
  public String sizeLabel(AttachmentSummary attachment) {
    long bytes = attachment.size();
    if (bytes < 1024 * 1024) {
      return Math.max(1, bytes / 1024) + " kB";
    }
    return String.format(locale(), "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  public WizardStep stepOf(Finding finding) {
    return WizardStep.of(finding);
  }

  public List<Finding> findingsOf(WizardStep wizardStep) {
    return report.findings().stream().filter(f -> WizardStep.of(f) == wizardStep).toList();
  }

  public boolean isSubmissionAllowed() {
    return report.isSubmissionAllowed(currentExplanations());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  // ------------------------------------------------------------------ choices

  public boolean isLastStep() {
    return step.number() == WizardStep.values().length;
  }

  public WizardStep[] getSteps() {
    return WizardStep.values();
  }

  public DeliveryMode[] getDeliveryModes() {
    return DeliveryMode.values();
  }

  public List<TeachingMethodKind> getTeachingMethodKinds() {
    return List.of(TeachingMethodKind.values()).stream().filter(k -> k != TeachingMethodKind.OTHER).toList();
  }

  public OfferingStatus[] getOfferingStatuses() {
    return OfferingStatus.values();
  }

  public AttachmentKind[] getAttachmentKinds() {
    return AttachmentKind.values();
  }

  // ------------------------------------------------------------------ accessors

  public String getVersionParam() {
    return versionParam;
  }

  public void setVersionParam(String versionParam) {
    this.versionParam = versionParam;
  }

  public String getStepParam() {
    return stepParam;
  }

  public void setStepParam(String stepParam) {
    this.stepParam = stepParam;
  }

  public ModuleVersion getVersion() {
    return version;
  }

  public DossierForm getForm() {
    return form;
  }

  public Map<String, String> getExplanations() {
    return explanations;
  }

  public WizardStep getStep() {
    return step;
  }

  public CheckReport getReport() {
    return report;
  }

  public MaterialChangeVerdict getVerdict() {
    return verdict;
  }

  public boolean isStale() {
    return stale;
  }

  public String getCompetencyQuery() {
    return competencyQuery;
  }

  public void setCompetencyQuery(String competencyQuery) {
    this.competencyQuery = competencyQuery;
  }

  public List<ItemSummary> getCompetencyResults() {
    return competencyResults;
  }

  public AttachmentKind getAttachmentKind() {
    return attachmentKind;
  }

  public void setAttachmentKind(AttachmentKind attachmentKind) {
    this.attachmentKind = attachmentKind;
  }
}
