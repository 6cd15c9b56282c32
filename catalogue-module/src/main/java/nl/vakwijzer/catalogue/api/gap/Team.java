package nl.vakwijzer.catalogue.api.gap;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * A municipality's team: pseudonymous labels with their entered levels ({@code state}), the 360°
 * scores kept separately with the rule that turns them into levels, and the revision for
 * optimistic locking. Use {@link GapService#effectiveState} for the levels the gap uses (entered
 * levels, completed by levels derived from the scores).
 */
public record Team(
    TeamId id,
    OrganisationId owner,
    String name,
    TeamState state,
    List<BehaviourScore> scores,
    LevelDerivationRule rule,
    long revision,
    Instant changedAt) {
  public Team {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    scores = scores == null ? List.of() : List.copyOf(scores);
    rule = rule == null ? LevelDerivationRule.DEFAULT : rule;
  }
}
