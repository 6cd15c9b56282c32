package nl.vakwijzer.catalogue.api.gap;

import java.math.BigDecimal;
import java.util.List;
import nl.vakwijzer.catalogue.api.ModuleVersionId;

/**
 * A module in the learning path: who follows it and what that costs; {@code inCompany} when the
 * in-company price is the cheaper way for this group.
 */
public record PathModule(
    ModuleVersionId id, String title, List<PersonLabel> participants, BigDecimal cost, boolean inCompany) {
  public PathModule {
    participants = List.copyOf(participants);
  }
}
