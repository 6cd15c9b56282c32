package nl.vakwijzer.catalogue.api.gap;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * What the team must master: competencies with a required level and a weight, in the order the
 * user chose (the order breaks ties in the priority list). Each competency appears once; the
 * profile is never empty.
 */
public record TargetProfile(List<TargetCompetency> competencies) {
  public TargetProfile {
    competencies = competencies == null ? List.of() : List.copyOf(competencies);
    if (competencies.isEmpty()) {
      throw new InvalidGapInputException(InvalidGapInputException.PROFILE_EMPTY);
    }
    var seen = new HashSet<ItemId>();
    for (TargetCompetency c : competencies) {
      if (!seen.add(c.competency())) {
        throw new InvalidGapInputException(InvalidGapInputException.COMPETENCY_DUPLICATE, c.competency());
      }
    }
  }

  public static TargetProfile of(TargetCompetency... competencies) {
    return new TargetProfile(List.of(competencies));
  }

  public Optional<TargetCompetency> find(ItemId competency) {
    return competencies.stream().filter(c -> c.competency().equals(competency)).findFirst();
  }
}
