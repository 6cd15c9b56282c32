package nl.vakwijzer.accreditation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.vakwijzer.catalogue.api.AccountId;

/** The decision as stored; {@code validUntil} is {@code null} for AFGEWEZEN. */
public record Decision(
    DecisionOutcome outcome,
    String motivation,
    AccountId by,
    Instant at,
    LocalDate validUntil,
    Map<String, String> reasonsPerCriterion) {
  public Decision {
    reasonsPerCriterion = Map.copyOf(reasonsPerCriterion);
  }
}
