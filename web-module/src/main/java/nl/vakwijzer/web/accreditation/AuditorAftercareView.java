package nl.vakwijzer.web.accreditation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.AccreditationCondition;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationAccessException;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.Assignment;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AssignmentStatus;
import nl.vakwijzer.accreditation.api.ConditionStatus;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.DecisionRequest;
import nl.vakwijzer.accreditation.api.ObjectionOutcome;
import nl.vakwijzer.accreditation.api.UnknownApplicationException;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * Auditor page {@code auditor/nazorg.xhtml}: without {@code id} the objections the auditor handles
 * and the conditions with evidence on applications they reviewed; with {@code id} one of them: the
 * no-conflict declaration, deciding the objection (upheld, or changed with a new decision), and
 * checking condition evidence. Applications the auditor is not on answer 404.
 */
@Named
@ViewScoped
public class AuditorAftercareView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AccreditationService accreditation;
  @Inject transient ProviderActor actor;
  @Inject transient FacesMessages messages;

  private String idParam;
  private ApplicationId id;
  private transient ApplicationView application;
  private boolean declarationPending;
  private ObjectionOutcome outcome;
  private DecisionOutcome newOutcome;
  private Integer validityYears;
  private String criterionCode;
  private String motivation;
  private final Map<String, String> notes = new HashMap<>();

  public void load() {
    if (idParam == null || idParam.isBlank() || id != null) {
      return;
    }
    Optional<ApplicationId> parsed = ApplicationId.parse(idParam);
    if (parsed.isEmpty() || mine().stream().noneMatch(a -> a.id().equals(parsed.get()))) {
      Pages.notFound();
      return;
    }
    id = parsed.get();
    refresh();
  }

  private void refresh() {
    try {
      application = accreditation.application(actor.require(), id);
      declarationPending = false;
    } catch (ApplicationAccessException e) {
      declarationPending = true;
      application = mine().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    } catch (UnknownApplicationException e) {
      Pages.notFound();
    }
  }

  private List<ApplicationView> mine() {
    return accreditation.applications(actor.require());
  }

  /** The objections this auditor handles and conditions with evidence waiting for a check. */
  public List<ApplicationView> getWork() {
    Actor me = actor.require();
    return mine().stream().filter(a -> handles(a, me) || evidenceWaiting(a)).toList();
  }

  private static boolean handles(ApplicationView a, Actor me) {
    return a.state() == ApplicationState.BEZWAAR && a.assignments().stream()
        .anyMatch(s -> s.isActive() && s.role() == AssignmentRole.OBJECTION && s.auditor().equals(me.account()));
  }

  private static boolean evidenceWaiting(ApplicationView a) {
    return a.conditions().stream().anyMatch(c -> c.status() == ConditionStatus.BEWIJS_INGEDIEND);
  }

  public boolean isHandler() {
    return application != null && handles(application, actor.require());
  }

  public boolean isMustDeclare() {
    if (application == null) {
      return false;
    }
    Actor me = actor.require();
    return declarationPending || application.assignments().stream()
        .anyMatch(s -> s.auditor().equals(me.account()) && s.role() == AssignmentRole.OBJECTION && s.status() == AssignmentStatus.PENDING);
  }

  public void declare() {
    try {
      accreditation.declareNoConflict(actor.require(), id);
      messages.info("accreditation.auditorAftercare.declared");
    } catch (AccreditationException e) {
      Pages.error(messages, e);
    } catch (nl.vakwijzer.catalogue.api.CatalogueException e) {
      messages.error(e);
    }
    refresh();
  }

  public void decideObjection() {
    if (motivation == null || motivation.isBlank()) {
      messages.errorFor("objection:motivation", "accreditation.auditorAftercare.motivationRequired");
      return;
    }
    DecisionRequest changed = null;
    if (outcome == ObjectionOutcome.GEWIJZIGD && newOutcome != null) {
      changed = switch (newOutcome) {
        case AFGEWEZEN -> DecisionRequest.reject(motivation,
            criterionCode == null || criterionCode.isBlank() ? Map.of() : Map.of(criterionCode.strip(), motivation));
        case GEACCREDITEERD -> DecisionRequest.accredit(validityYears == null ? 0 : validityYears, motivation);
        case GEACCREDITEERD_ONDER_VOORWAARDEN -> new DecisionRequest(newOutcome, validityYears == null ? 0 : validityYears,
            motivation, List.of(), Map.of());
      };
    }
    try {
      application = accreditation.decideObjection(actor.require(), id, application.revision(),
          outcome == null ? ObjectionOutcome.GEHANDHAAFD : outcome, changed, motivation);
      declarationPending = false;
      messages.info("accreditation.auditorAftercare.objectionDecided");
      motivation = null;
      return;
    } catch (AccreditationException e) {
      Pages.error(messages, e);
    } catch (nl.vakwijzer.catalogue.api.CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
    refresh();
  }

  public void check(String conditionId, boolean met) {
    try {
      application = accreditation.checkCondition(actor.require(), id, UUID.fromString(conditionId), met, notes.get(conditionId));
      declarationPending = false;
      messages.info("accreditation.auditorAftercare.conditionChecked");
      notes.remove(conditionId);
      return;
    } catch (AccreditationException e) {
      Pages.error(messages, e);
    } catch (nl.vakwijzer.catalogue.api.CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
    refresh();
  }

  public List<AccreditationCondition> getEvidence() {
    return application == null ? List.of()
        : application.conditions().stream().filter(c -> c.status() == ConditionStatus.BEWIJS_INGEDIEND).toList();
  }

  public ObjectionOutcome[] getOutcomes() {
    return ObjectionOutcome.values();
  }

  public DecisionOutcome[] getDecisionOutcomes() {
    return DecisionOutcome.values();
  }

  public String decided(ApplicationView a) {
    return a.decision() == null ? "" : Timeline.when(a.decision().at());
  }

  public ApplicationView getApplication() { return application; }
  public String getIdParam() { return idParam; }
  public void setIdParam(String idParam) { this.idParam = idParam; }
  public ObjectionOutcome getOutcome() { return outcome; }
  public void setOutcome(ObjectionOutcome outcome) { this.outcome = outcome; }
  public DecisionOutcome getNewOutcome() { return newOutcome; }
  public void setNewOutcome(DecisionOutcome newOutcome) { this.newOutcome = newOutcome; }
  public Integer getValidityYears() { return validityYears; }
  public void setValidityYears(Integer validityYears) { this.validityYears = validityYears; }
  public String getCriterionCode() { return criterionCode; }
  public void setCriterionCode(String criterionCode) { this.criterionCode = criterionCode; }
  public String getMotivation() { return motivation; }
  public void setMotivation(String motivation) { this.motivation = motivation; }
  public Map<String, String> getNotes() { return notes; }
}
