package nl.vakwijzer.web.accreditation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.AdviceRequest;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.Assignment;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AssignmentStatus;
import nl.vakwijzer.accreditation.api.ClaimVerdict;
import nl.vakwijzer.accreditation.api.ClaimedCompetency;
import nl.vakwijzer.accreditation.api.Criterion;
import nl.vakwijzer.accreditation.api.CriterionScore;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.Observation;
import nl.vakwijzer.accreditation.api.ObservationEntry;
import nl.vakwijzer.accreditation.api.ObservationResult;
import nl.vakwijzer.accreditation.api.RecordedScore;
import nl.vakwijzer.accreditation.api.RecordedVerdict;
import nl.vakwijzer.accreditation.api.RenewalComparison;
import nl.vakwijzer.accreditation.api.Score;
import nl.vakwijzer.accreditation.api.VerdictType;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * The auditor's page for one assigned application ({@code auditor/aanvraag.xhtml?id=}): the
 * no-conflict declaration or recusal first; then the dossier, the scores per criterion, a verdict
 * per claim and submitting the review; for the lead also the visit (observation form) and the
 * advice. An application not assigned to the signed-in auditor answers 404.
 */
@Named
@ViewScoped
public class ReviewView extends ApplicationPage {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> scores = new HashMap<>();
  private final Map<String, String> findings = new HashMap<>();
  private final Map<String, String> verdictTypes = new HashMap<>();
  private final Map<String, String> lowerLevels = new HashMap<>();
  private final Map<String, String> reasons = new HashMap<>();
  private final Map<String, String> observationResults = new HashMap<>();
  private final Map<String, String> observationNotes = new HashMap<>();
  private String recusalReason;
  private String proposedOutcome = DecisionOutcome.GEACCREDITEERD.name();
  private int validityYears = 3;
  private String motivation;
  private transient RenewalComparison comparison;

  @Override
  protected boolean mayOpen(ApplicationView a) {
    if (a.assignments().isEmpty()) {
      // before the declaration the service shows an assigned auditor no assignments (nor the file);
      // a pure auditor sees an application at all only when assigned to it
      return !actor().hasRole(nl.vakwijzer.catalogue.api.Role.BEHEERDER)
          && !actor().hasRole(nl.vakwijzer.catalogue.api.Role.BESLUITNEMER);
    }
    return a.assignments().stream().anyMatch(x -> x.auditor().equals(actor().account()) && x.isActive()
        && x.role() != AssignmentRole.OBJECTION);
  }

  @Override
  protected void afterLoad() {
    comparison = null;
    for (RecordedScore s : application.scores()) {
      if (s.auditor().equals(actor().account())) {
        scores.put(s.criterionCode(), s.score().name());
        findings.put(s.criterionCode(), s.finding());
      }
    }
    for (RecordedVerdict v : application.verdicts()) {
      if (v.auditor().equals(actor().account()) && !v.consolidated()) {
        String k = v.competency().toString();
        verdictTypes.put(k, v.type().name());
        reasons.put(k, v.reason());
        if (v.type() == VerdictType.ACCEPT_LOWER && v.acceptedTo() != null) {
          lowerLevels.put(k, String.valueOf(v.acceptedTo().ordinal()));
        }
      }
    }
    for (Observation o : application.observations()) {
      if (o.result() != null) {
        observationResults.put(observationKey(o), o.result().name());
        observationNotes.put(observationKey(o), o.note());
      }
    }
  }

  public Optional<Assignment> mine() {
    return application.assignments().stream().filter(x -> x.auditor().equals(actor().account()) && x.isActive()).findFirst();
  }

  public boolean isDeclared() {
    return mine().map(a -> a.status() == AssignmentStatus.CONFIRMED).orElse(false);
  }

  public boolean isLead() {
    return mine().map(a -> a.role() == AssignmentRole.LEAD).orElse(false);
  }

  public boolean isReviewing() {
    return isDeclared() && mine().map(a -> a.reviewSubmittedAt() == null).orElse(false)
        && (application.state() == ApplicationState.IN_BEOORDELING || application.state() == ApplicationState.VISITATIE);
  }

  /** Declared, but the other auditor has not yet: the file is open, scoring starts after both. */
  public boolean isWaitingForOther() {
    return isDeclared() && application.state() == ApplicationState.TOEGEWEZEN;
  }

  public boolean isVisit() {
    return isLead() && application.state() == ApplicationState.VISITATIE;
  }

  public boolean isCanRequestVisit() {
    return isLead() && isDeclared() && application.state() == ApplicationState.IN_BEOORDELING;
  }

  public boolean isAdvising() {
    return isLead() && application.state() == ApplicationState.ADVIES;
  }

  // ------------------------------------------------------------------ actions

  public void declareNoConflict() {
    act(() -> accreditation.declareNoConflict(actor(), application.id()), "accreditation.web.declared");
  }

  /**
   * Recuses the auditor with a reason. The file is then closed to them, so on success they go back
   * to their work queue with the confirmation.
   */
  public String recuse() {
    if (recusalReason == null || recusalReason.isBlank()) {
      messages.errorFor("declaration:recusalReason", "accreditation.web.recusalReasonRequired");
      return null;
    }
    try {
      accreditation.recuse(actor(), application.id(), recusalReason);
    } catch (AccreditationException e) {
      messages.error(e.messageKey(), e.arguments().toArray());
      return null;
    } catch (ConstraintViolationException e) {
      messages.error(e);
      return null;
    }
    messages.info("accreditation.web.recused");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/auditor/index?faces-redirect=true";
  }

  public void save() {
    if (saveScores() && saveVerdicts()) {
      messages.info("accreditation.web.review.saved");
    }
  }

  public void submitReview() {
    if (saveScores() && saveVerdicts()) {
      act(() -> accreditation.submitReview(actor(), application.id()), "accreditation.web.review.submitted");
    }
  }

  private boolean saveScores() {
    List<CriterionScore> list = new ArrayList<>();
    for (Criterion c : getFramework().criteria()) {
      String score = scores.get(c.code());
      if (score != null && !score.isBlank()) {
        list.add(new CriterionScore(c.code(), Score.valueOf(score), findings.get(c.code())));
      }
    }
    return list.isEmpty() || act(() -> accreditation.score(actor(), application.id(), list), null);
  }

  private boolean saveVerdicts() {
    List<ClaimVerdict> list = verdicts(verdictTypes, lowerLevels, reasons);
    return list.isEmpty() || act(() -> accreditation.giveVerdicts(actor(), application.id(), list), null);
  }

  private List<ClaimVerdict> verdicts(Map<String, String> types, Map<String, String> levels, Map<String, String> why) {
    List<ClaimVerdict> list = new ArrayList<>();
    for (ClaimedCompetency c : application.claims()) {
      String k = key(c);
      String type = types.get(k);
      if (type == null || type.isBlank()) {
        continue;
      }
      VerdictType t = VerdictType.valueOf(type);
      ClaimLevel to = null;
      if (t == VerdictType.ACCEPT_LOWER) {
        String level = levels.get(k);
        int ordinal = level == null || level.isBlank() ? c.from().ordinal() : Integer.parseInt(level);
        to = levelItem(c, ordinal);
      }
      list.add(new ClaimVerdict(c.competency(), t, to, why.get(k)));
    }
    return list;
  }

  private ClaimLevel levelItem(ClaimedCompetency c, int ordinal) {
    var levels = modules.claimOptions(c.competency()).levels();
    return new ClaimLevel(ordinal < levels.size() ? levels.get(ordinal).id() : null, ordinal);
  }

  public void requestVisit() {
    if (saveScores() && saveVerdicts()) {
      act(() -> accreditation.requestVisit(actor(), application.id(), application.revision()), "accreditation.web.visit.requested");
    }
  }

  public void saveObservations() {
    recordObservations();
  }

  private boolean recordObservations() {
    List<ObservationEntry> list = new ArrayList<>();
    for (Observation o : application.observations()) {
      String result = observationResults.get(observationKey(o));
      if (result != null && !result.isBlank()) {
        list.add(new ObservationEntry(o.competency(), o.behaviourExample(), ObservationResult.valueOf(result),
            observationNotes.get(observationKey(o))));
      }
    }
    return list.isEmpty() || act(() -> accreditation.recordObservations(actor(), application.id(), list), "accreditation.web.visit.saved");
  }

  public void completeVisit() {
    if (recordObservations()) {
      act(() -> accreditation.completeVisit(actor(), application.id(), application.revision()), "accreditation.web.visit.completed");
    }
  }

  public void advise() {
    List<ClaimVerdict> consolidated = verdicts(verdictTypes, lowerLevels, reasons);
    AdviceRequest advice = new AdviceRequest(DecisionOutcome.valueOf(proposedOutcome), validityYears,
        motivation == null ? "" : motivation, consolidated);
    act(() -> accreditation.advise(actor(), application.id(), application.revision(), advice), "accreditation.web.advice.given");
  }

  // ------------------------------------------------------------------ renewal

  /** Whether this application renews an earlier accreditation of the module. */
  public boolean isRenewal() {
    return application.previousAccredited() != null;
  }

  /** What changed since the accredited version (only for a renewal, once declared). */
  public RenewalComparison getComparison() {
    if (comparison == null && isRenewal()) {
      comparison = accreditation.renewalComparison(actor(), application.id());
    }
    return comparison;
  }

  /** Criteria scored on the accredited version and untouched by the changed dossier parts. */
  public List<String> getCarryableCriteria() {
    return getComparison().carryableCriteria().stream().sorted().toList();
  }

  /** Criteria that need a new score: every criterion of the framework not carryable. */
  public List<String> getCriteriaToScore() {
    Set<String> carryable = getComparison().carryableCriteria();
    return getFramework().criteria().stream().map(Criterion::code).filter(c -> !carryable.contains(c)).toList();
  }

  public String dossierPart(String part) {
    return text("accreditation.renewal.part." + part);
  }

  /** Whether there is anything to carry over and the auditor may still score. */
  public boolean isCanCarryOver() {
    return isReviewing() && isRenewal()
        && (!getComparison().carryableCriteria().isEmpty() || !getComparison().unchangedClaims().isEmpty());
  }

  /** Confirms every unaffected criterion and unchanged claim: their earlier scores and verdicts become this auditor's. */
  public void confirmCarriedOver() {
    RenewalComparison c = getComparison();
    Set<String> criteria = Set.copyOf(c.carryableCriteria());
    Set<ItemId> claims = Set.copyOf(c.unchangedClaims());
    act(() -> accreditation.confirmCarriedOver(actor(), application.id(), criteria, claims), "accreditation.renewal.confirmed");
  }

  // ------------------------------------------------------------------ view helpers

  public String key(ClaimedCompetency c) {
    return c.competency().toString();
  }

  public String observationKey(Observation o) {
    return o.competency() + "|" + o.behaviourExample();
  }

  public Score[] getScoreValues() {
    return Score.values();
  }

  public VerdictType[] getVerdictValues() {
    return VerdictType.values();
  }

  public ObservationResult[] getObservationValues() {
    return ObservationResult.values();
  }

  public DecisionOutcome[] getOutcomes() {
    return DecisionOutcome.values();
  }

  public Map<String, String> getScores() { return scores; }
  public Map<String, String> getFindings() { return findings; }
  public Map<String, String> getVerdictTypes() { return verdictTypes; }
  public Map<String, String> getLowerLevels() { return lowerLevels; }
  public Map<String, String> getReasons() { return reasons; }
  public Map<String, String> getObservationResults() { return observationResults; }
  public Map<String, String> getObservationNotes() { return observationNotes; }
  public String getRecusalReason() { return recusalReason; }
  public void setRecusalReason(String v) { recusalReason = v; }
  public String getProposedOutcome() { return proposedOutcome; }
  public void setProposedOutcome(String v) { proposedOutcome = v; }
  public int getValidityYears() { return validityYears; }
  public void setValidityYears(int v) { validityYears = v; }
  public String getMotivation() { return motivation; }
  public void setMotivation(String v) { motivation = v; }
}
