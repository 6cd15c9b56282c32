package nl.vakwijzer.catalogue.api.gap;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;

/**
 * A competency with hard-to-learn components (leerbaarheid, from the frameworks) and the learning
 * forms that fit it. An empty {@code fittingForms} means "every form that practises in or reflects
 * on real work" ({@link #workplaceForms()}).
 */
public record HardToLearn(ItemId competency, Set<TeachingMethodKind> fittingForms) {
  public HardToLearn {
    Objects.requireNonNull(competency, "competency");
    fittingForms = fittingForms == null || fittingForms.isEmpty() ? workplaceForms() : Set.copyOf(fittingForms);
  }

  /** Coaching, mentoring, intervisie, training on the job, internal and external placements. */
  public static Set<TeachingMethodKind> workplaceForms() {
    return Arrays.stream(TeachingMethodKind.values())
        .filter(k -> !k.isClassroomOrELearning() && k != TeachingMethodKind.OTHER)
        .collect(Collectors.toUnmodifiableSet());
  }
}
