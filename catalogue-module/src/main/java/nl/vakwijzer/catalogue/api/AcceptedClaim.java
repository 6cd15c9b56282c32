package nl.vakwijzer.catalogue.api;

import java.util.List;
import java.util.Objects;

/**
 * A claim as accreditation accepted it: the competency, and the levels at which it was accepted
 * (the to-level may be lower than claimed). Only accepted claims become searchable.
 */
public record AcceptedClaim(ItemId competency, ClaimLevel from, ClaimLevel to, List<ItemId> behaviourExamples) {
  public AcceptedClaim {
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    behaviourExamples = List.copyOf(behaviourExamples);
  }
}
