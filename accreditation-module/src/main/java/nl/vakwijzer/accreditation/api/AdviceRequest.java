package nl.vakwijzer.accreditation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The lead auditor's advice consolidating both reviews: the proposed outcome, the proposed
 * validity (1 or 3 years; ignored for AFGEWEZEN), a motivation, and one consolidated verdict per
 * claim (these decide which claims are accepted at which levels).
 */
public record AdviceRequest(
    @NotNull DecisionOutcome proposedOutcome,
    int validityYears,
    @NotNull @Size(max = 8000, message = "{accreditation.input.tooLong}") String motivation,
    @NotNull List<@Valid ClaimVerdict> claims) {
  public AdviceRequest {
    claims = List.copyOf(claims);
  }
}
