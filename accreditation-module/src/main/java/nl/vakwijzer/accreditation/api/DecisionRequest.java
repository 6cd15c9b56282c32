package nl.vakwijzer.accreditation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A besluitnemer's decision: the outcome, the validity in years (1 or 3, for the accredited
 * outcomes), a motivation, the conditions (required for GEACCREDITEERD_ONDER_VOORWAARDEN, refused
 * otherwise) and, for AFGEWEZEN, the reasons per failing criterion (criterion code → reason).
 * The accepted claims are those of the advice.
 */
public record DecisionRequest(
    @NotNull DecisionOutcome outcome,
    int validityYears,
    @NotNull @Size(max = 8000, message = "{accreditation.input.tooLong}") String motivation,
    @NotNull List<@Valid ConditionRequest> conditions,
    @NotNull Map<String, String> reasonsPerCriterion) {
  public DecisionRequest {
    conditions = List.copyOf(conditions);
    reasonsPerCriterion = Map.copyOf(reasonsPerCriterion);
  }

  public static DecisionRequest accredit(int validityYears, String motivation) {
    return new DecisionRequest(DecisionOutcome.GEACCREDITEERD, validityYears, motivation, List.of(), Map.of());
  }

  public static DecisionRequest withConditions(int validityYears, String motivation, List<ConditionRequest> conditions) {
    return new DecisionRequest(
        DecisionOutcome.GEACCREDITEERD_ONDER_VOORWAARDEN, validityYears, motivation, conditions, Map.of());
  }

  public static DecisionRequest reject(String motivation, Map<String, String> reasonsPerCriterion) {
    return new DecisionRequest(DecisionOutcome.AFGEWEZEN, 0, motivation, List.of(), reasonsPerCriterion);
  }
}
