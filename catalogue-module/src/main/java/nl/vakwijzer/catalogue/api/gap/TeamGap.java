package nl.vakwijzer.catalogue.api.gap;

import java.util.List;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * The team's gap against a target profile.
 *
 * <p>{@code byProfile} keeps the profile's order (radar axes: required level vs {@link
 * CompetencyGap#teamAverage()}); {@code byPriority} holds only the competencies with a gap, highest
 * priority first (ties: more people below, then profile order); {@code heatMap} is row-major,
 * people in team order × competencies in profile order.
 */
public record TeamGap(
    List<CompetencyGap> byProfile,
    List<CompetencyGap> byPriority,
    List<PersonLabel> people,
    List<ItemId> competencies,
    List<HeatMapCell> heatMap) {
  public TeamGap {
    byProfile = List.copyOf(byProfile);
    byPriority = List.copyOf(byPriority);
    people = List.copyOf(people);
    competencies = List.copyOf(competencies);
    heatMap = List.copyOf(heatMap);
  }

  /** The heat-map cell of a person and competency. */
  public HeatMapCell cell(PersonLabel person, ItemId competency) {
    int row = people.indexOf(person);
    int column = competencies.indexOf(competency);
    if (row < 0 || column < 0) {
      throw new IllegalArgumentException("no cell for " + person + " / " + competency);
    }
    return heatMap.get(row * competencies.size() + column);
  }

  public Optional<CompetencyGap> gap(ItemId competency) {
    return byProfile.stream().filter(g -> g.competency().equals(competency)).findFirst();
  }

  /** Whether anybody is below a required level. */
  public boolean hasGap() {
    return !byPriority.isEmpty();
  }
}
