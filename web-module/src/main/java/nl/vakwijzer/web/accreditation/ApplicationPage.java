package nl.vakwijzer.web.accreditation;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AssessmentFramework;
import nl.vakwijzer.accreditation.api.AssessmentFrameworkService;
import nl.vakwijzer.accreditation.api.Assignment;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AuditEntry;
import nl.vakwijzer.accreditation.api.ClaimedCompetency;
import nl.vakwijzer.accreditation.api.Criterion;
import nl.vakwijzer.accreditation.api.CriterionGroup;
import nl.vakwijzer.accreditation.api.RecordedScore;
import nl.vakwijzer.accreditation.api.RecordedVerdict;
import nl.vakwijzer.accreditation.api.UnknownApplicationException;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimOptions;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ModuleService;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.web.provider.ProviderActors;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * What every application page shares: loading by {@code ?id=} (404 for an id the user may not
 * see, exactly like an unknown one), the submitted dossier, criteria, claim labels, names, the
 * timeline, and turning every service refusal into a Dutch (or English) message on the page.
 *
 * <p>Access is the accreditation service's: the page first reads the application as the signed-in
 * actor, and only when that succeeds reads the module version for it as the system (auditors and
 * besluitnemers have no catalogue rights of their own on a provider's module).
 */
public abstract class ApplicationPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final Actor SYSTEM = new Actor(new AccountId(new UUID(0, 0)), null, Set.of(Role.BEHEERDER));
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

  @Inject transient AccreditationService accreditation;
  @Inject transient AssessmentFrameworkService frameworks;
  @Inject transient ModuleService modules;
  @Inject transient AccountService accounts;
  @Inject transient ProviderActors actors;
  @Inject transient FacesMessages messages;
  @Inject transient nl.vakwijzer.accreditation.api.CertificateService certificates;

  private String idParam;
  protected ApplicationView application;
  private ModuleVersion version;
  private AssessmentFramework framework;
  private final Map<ItemId, ClaimOptions> options = new HashMap<>();
  private Map<AccountId, String> names;
  private transient Optional<nl.vakwijzer.accreditation.api.Certificate> certificate;

  /** View action: 404 for a malformed, unknown or invisible id. */
  public void load() throws IOException {
    if (application != null) {
      return;
    }
    Optional<ApplicationId> id = ApplicationId.parse(idParam);
    if (id.isEmpty()) {
      notFound();
      return;
    }
    try {
      application = accreditation.application(actor(), id.get());
      if (!mayOpen(application)) {
        application = null;
        notFound();
        return;
      }
      afterLoad();
    } catch (UnknownApplicationException e) {
      notFound();
    }
  }

  /** Whether this page may show this (visible) application to the actor; 404 otherwise. */
  protected boolean mayOpen(ApplicationView a) {
    return true;
  }

  /** Fills the page's forms after (re)loading. */
  protected void afterLoad() {}

  protected void reload() {
    application = accreditation.application(actor(), application.id());
    certificate = null;
    version = null;
    afterLoad();
  }

  protected Actor actor() {
    return actors.current().orElseThrow();
  }

  /** Runs a service action; refusals become page messages, success reloads the application. */
  protected boolean act(Supplier<ApplicationView> action, String successKey) {
    try {
      application = action.get();
      reload();
      if (successKey != null) {
        messages.info(successKey);
      }
      return true;
    } catch (AccreditationException e) {
      messages.error(e.messageKey(), e.arguments().toArray());
    } catch (ConstraintViolationException e) {
      messages.error(e);
    } catch (nl.vakwijzer.catalogue.api.CatalogueException e) {
      messages.error(e);
    }
    return false;
  }

  static void notFound() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(404, "");
    context.responseComplete();
  }

  // ------------------------------------------------------------------ what pages show

  public ApplicationView getApplication() {
    return application;
  }

  /** The application's certificate, {@code null} while no accreditation was decided on it. */
  public nl.vakwijzer.accreditation.api.Certificate getCertificate() {
    if (application == null) {
      return null;
    }
    if (certificate == null) {
      try {
        certificate = Optional.of(certificates.certificate(actor(), application.id()));
      } catch (AccreditationException e) {
        certificate = Optional.empty();
      }
    }
    return certificate.orElse(null);
  }

  /** The submitted version with its non-public fields (read for the actor the service let in). */
  public ModuleVersion getVersion() {
    if (version == null && application != null) {
      version = modules.version(SYSTEM, application.version());
    }
    return version;
  }

  public AssessmentFramework getFramework() {
    if (framework == null && application != null) {
      framework = frameworks.version(application.framework());
    }
    return framework;
  }

  public List<CriterionGroup> getGroups() {
    return getFramework().criteria().stream().map(Criterion::group).distinct().toList();
  }

  public List<Criterion> criteria(CriterionGroup group) {
    return getFramework().criteria().stream().filter(c -> c.group() == group).toList();
  }

  public String criterionTitle(String code) {
    return getFramework().criterion(code).map(c -> c.code() + " " + c.title()).orElse(code);
  }

  public String name(AccountId account) {
    if (account == null) {
      return text("accreditation.web.system");
    }
    if (names == null) {
      names = new HashMap<>();
      for (AccountSummary a : accounts.list()) {
        names.put(a.id(), a.displayName());
      }
    }
    return names.getOrDefault(account, account.toString());
  }

  public Optional<Assignment> assignment(AssignmentRole role) {
    return application.assignments().stream().filter(a -> a.role() == role && a.isActive()).findFirst();
  }

  public String auditorName(AssignmentRole role) {
    return assignment(role).map(a -> name(a.auditor())).orElse("–");
  }

  public String when(Instant at) {
    return at == null ? "–" : WHEN.format(at);
  }

  private ClaimOptions options(ItemId competency) {
    return options.computeIfAbsent(competency, modules::claimOptions);
  }

  public String competency(ItemId competency) {
    ItemSummary item = options(competency).competency();
    return item.humanCode() + " " + item.label();
  }

  /** The name of a level on the claim's scale (Basis/Vakbekwaam/Vakvolwassen without a scale). */
  public String level(ItemId competency, int ordinal) {
    List<ItemSummary> levels = options(competency).levels();
    if (ordinal < levels.size()) {
      return levels.get(ordinal).label();
    }
    String[] fallback = {"BASIS", "VAKBEKWAAM", "VAKVOLWASSEN"};
    return ordinal < fallback.length ? text("provider.level." + fallback[ordinal]) : String.valueOf(ordinal + 1);
  }

  /** The levels strictly between a claim's from- and to-level: the choices for "accept lower". */
  public Map<String, String> levelChoices(ClaimedCompetency claim) {
    Map<String, String> choices = new LinkedHashMap<>();
    for (int i = claim.from().ordinal() + 1; i < claim.to().ordinal(); i++) {
      choices.put(level(claim.competency(), i), String.valueOf(i));
    }
    return choices;
  }

  public List<ItemSummary> examples(ClaimedCompetency claim) {
    return options(claim.competency()).behaviourExamples().stream()
        .filter(b -> claim.behaviourExamples().contains(b.id())).toList();
  }

  public String example(ItemId competency, ItemId example) {
    return options(competency).behaviourExamples().stream().filter(b -> b.id().equals(example)).findFirst()
        .map(b -> b.humanCode() + " " + b.fullStatement()).orElse(example.toString());
  }

  /** The dossier's claim (evidence: objectives, methods, assessment) for a claimed competency. */
  public Claim dossierClaim(ClaimedCompetency claim) {
    return getVersion().dossier().claims().stream().filter(c -> c.competency().equals(claim.competency())).findFirst().orElse(null);
  }

  public String objectives(Claim claim) {
    if (claim == null) {
      return "–";
    }
    List<String> texts = new ArrayList<>();
    getVersion().dossier().objectives().stream().filter(o -> claim.evidence().objectiveIds().contains(o.id()))
        .forEach(o -> texts.add(o.id() + " " + o.text()));
    return texts.isEmpty() ? "–" : String.join("; ", texts);
  }

  public String assessments(Claim claim) {
    if (claim == null) {
      return "–";
    }
    List<String> texts = new ArrayList<>();
    getVersion().dossier().assessmentMethods().stream().filter(m -> claim.evidence().assessmentMethodIds().contains(m.id()))
        .forEach(m -> texts.add(m.id() + " " + m.description()));
    return texts.isEmpty() ? "–" : String.join("; ", texts);
  }

  /** A provider's explanation of a check warning. */
  public record Explanation(String finding, String text) {}

  public List<Explanation> getExplanations() {
    return getVersion().explanations().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> new Explanation(e.getKey(), e.getValue())).toList();
  }

  /** A list of texts as one line. */
  public String joined(List<String> texts) {
    return texts == null || texts.isEmpty() ? "–" : String.join(", ", texts);
  }

  public List<RecordedScore> scoresOf(String criterion) {
    return application.scores().stream().filter(s -> s.criterionCode().equals(criterion)).toList();
  }

  public List<RecordedVerdict> verdictsOf(ItemId competency, boolean consolidated) {
    return application.verdicts().stream()
        .filter(v -> v.competency().equals(competency) && v.consolidated() == consolidated).toList();
  }

  public String verdictText(RecordedVerdict v) {
    String text = text(v.type().messageKey());
    if (v.acceptedTo() != null) {
      text += " (" + level(v.competency(), v.acceptedTo().ordinal()) + ")";
    }
    return v.reason().isBlank() ? text : text + ": " + v.reason();
  }

  public List<AuditEntry> getTimeline() {
    return accreditation.timeline(actor(), application.id());
  }

  public String action(String action) {
    String key = "accreditation.web.action." + action;
    String text = text(key);
    return text.equals(key) ? action : text;
  }

  protected static String text(String key, Object... arguments) {
    return Bundle.text(locale(), key, arguments);
  }

  protected static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }
}
