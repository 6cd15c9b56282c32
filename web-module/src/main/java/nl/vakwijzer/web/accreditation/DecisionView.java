package nl.vakwijzer.web.accreditation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ConditionRequest;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.DecisionRequest;
import nl.vakwijzer.accreditation.api.RecordedScore;

/**
 * The besluitnemer's page ({@code besluit/aanvraag.xhtml?id=}): the dossier, both reviews and the
 * advice, and the decision. Four-eyes and every other rule are the service's; its refusal is shown
 * as a message.
 */
@Named
@ViewScoped
public class DecisionView extends ApplicationPage {
  private static final long serialVersionUID = 1L;

  private String outcome = DecisionOutcome.GEACCREDITEERD.name();
  private int validityYears = 3;
  private String motivation;
  private String condition;
  private String conditionDeadline;
  private final Map<String, String> reasonsPerCriterion = new LinkedHashMap<>();

  @Override
  protected void afterLoad() {
    if (application.advice() != null) {
      outcome = application.advice().proposedOutcome().name();
      if (application.advice().validityYears() > 0) {
        validityYears = application.advice().validityYears();
      }
    }
  }

  public boolean isDeciding() {
    return application.state() == ApplicationState.BESLUIT;
  }

  /** Criteria some auditor scored below "voldoet": the ones a rejection gives reasons for. */
  public List<String> getFailingCriteria() {
    Set<String> codes = new LinkedHashSet<>();
    for (RecordedScore s : application.scores()) {
      if (s.score().requiresFinding()) {
        codes.add(s.criterionCode());
      }
    }
    return List.copyOf(codes);
  }

  public void decide() {
    DecisionOutcome chosen = DecisionOutcome.valueOf(outcome);
    String why = motivation == null ? "" : motivation;
    DecisionRequest request;
    switch (chosen) {
      case GEACCREDITEERD -> request = DecisionRequest.accredit(validityYears, why);
      case GEACCREDITEERD_ONDER_VOORWAARDEN -> {
        LocalDate deadline;
        try {
          deadline = conditionDeadline == null || conditionDeadline.isBlank() ? null : LocalDate.parse(conditionDeadline);
        } catch (DateTimeParseException e) {
          deadline = null;
        }
        if (condition == null || condition.isBlank() || deadline == null) {
          messages.error("accreditation.decision.conditionsRequired");
          return;
        }
        request = DecisionRequest.withConditions(validityYears, why, List.of(new ConditionRequest(condition, deadline)));
      }
      default -> {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasonsPerCriterion.forEach((k, v) -> {
          if (v != null && !v.isBlank()) {
            reasons.put(k, v);
          }
        });
        request = DecisionRequest.reject(why, reasons);
      }
    }
    DecisionRequest decision = request;
    act(() -> accreditation.decide(actor(), application.id(), application.revision(), decision), "accreditation.web.decision.taken");
  }

  public DecisionOutcome[] getOutcomes() {
    return DecisionOutcome.values();
  }

  public String getOutcome() { return outcome; }
  public void setOutcome(String v) { outcome = v; }
  public int getValidityYears() { return validityYears; }
  public void setValidityYears(int v) { validityYears = v; }
  public String getMotivation() { return motivation; }
  public void setMotivation(String v) { motivation = v; }
  public String getCondition() { return condition; }
  public void setCondition(String v) { condition = v; }
  public String getConditionDeadline() { return conditionDeadline; }
  public void setConditionDeadline(String v) { conditionDeadline = v; }
  public Map<String, String> getReasonsPerCriterion() { return reasonsPerCriterion; }
}
