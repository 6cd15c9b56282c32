package nl.vakwijzer.catalogue.api.gap;

import java.util.List;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * The gap on one competency of the target profile.
 *
 * <ul>
 *   <li>{@code below}: the people below the required level, with their steps (team order);
 *   <li>{@code personSteps}: the sum of their steps, i.e. "people × steps";
 *   <li>{@code priority} = personSteps × weight, the "people × steps × weight";
 *   <li>{@code teamAverage}: the mean current level of the assessed people (below Basis counts as
 *       -1), {@code NaN} when nobody was assessed; the radar chart shows it beside the required
 *       level;
 *   <li>{@code notAssessed}: people without a level for this competency (left out, not guessed).
 * </ul>
 */
public record CompetencyGap(
    ItemId competency,
    int requiredLevel,
    double weight,
    List<PersonGap> below,
    int assessed,
    int personSteps,
    double priority,
    double teamAverage,
    List<PersonLabel> notAssessed) {
  public CompetencyGap {
    below = List.copyOf(below);
    notAssessed = List.copyOf(notAssessed);
  }

  public boolean hasGap() {
    return !below.isEmpty();
  }
}
