package nl.vakwijzer.catalogue.api.gap;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The team's current state: its people (never empty, unique labels) in display order.
 *
 * <p>Levels are ordinals on the framework's scale; {@link #BELOW_BASIS} means "below the lowest
 * level" ("onder Basis").
 */
public record TeamState(List<TeamMember> members) {
  /** The level of someone who has not reached the lowest level of the scale. */
  public static final int BELOW_BASIS = -1;

  public TeamState {
    members = members == null ? List.of() : List.copyOf(members);
    if (members.isEmpty()) {
      throw new InvalidGapInputException(InvalidGapInputException.TEAM_EMPTY);
    }
    var seen = new HashSet<PersonLabel>();
    for (TeamMember m : members) {
      if (!seen.add(m.label())) {
        throw new InvalidGapInputException(InvalidGapInputException.LABEL_DUPLICATE, m.label().value());
      }
    }
  }

  public static TeamState of(TeamMember... members) {
    return new TeamState(List.of(members));
  }

  public Optional<TeamMember> find(PersonLabel label) {
    return members.stream().filter(m -> m.label().equals(label)).findFirst();
  }

  public int size() {
    return members.size();
  }
}
