package nl.vakwijzer.accreditation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * A verdict on one competency claim (identified by its competency). ACCEPT_LOWER carries the
 * accepted to-level, which must be below the claimed to-level and above the from-level; REJECT
 * needs a reason.
 */
public record ClaimVerdict(
    @NotNull ItemId competency,
    @NotNull VerdictType type,
    ClaimLevel acceptedTo,
    @Size(max = 4000, message = "{accreditation.input.tooLong}") String reason) {
  public ClaimVerdict {
    reason = reason == null ? "" : reason.strip();
  }

  public static ClaimVerdict accept(ItemId competency) {
    return new ClaimVerdict(competency, VerdictType.ACCEPT, null, "");
  }

  public static ClaimVerdict acceptLower(ItemId competency, ClaimLevel acceptedTo, String reason) {
    return new ClaimVerdict(competency, VerdictType.ACCEPT_LOWER, acceptedTo, reason);
  }

  public static ClaimVerdict reject(ItemId competency, String reason) {
    return new ClaimVerdict(competency, VerdictType.REJECT, null, reason);
  }
}
