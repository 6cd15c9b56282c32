package nl.vakwijzer.accreditation.api;

import java.util.List;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;

/** A competency claim of the submitted version, as it was when the application was received. */
public record ClaimedCompetency(ItemId competency, ClaimLevel from, ClaimLevel to, List<ItemId> behaviourExamples) {
  public ClaimedCompetency {
    behaviourExamples = List.copyOf(behaviourExamples);
  }

  /** This claim accepted at {@code acceptedTo}. */
  public AcceptedClaim acceptedAt(ClaimLevel acceptedTo) {
    return new AcceptedClaim(competency, from, acceptedTo, behaviourExamples);
  }
}
