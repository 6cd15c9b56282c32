package nl.vakwijzer.catalogue.api.gap;

import java.util.Set;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;

/**
 * Advice for a gap competency that is hard to learn: a course alone is unlikely to close it
 * ({@link #KEY}); {@code fittingForms} are the learning forms to name.
 */
public record LearnabilityAdvice(ItemId competency, Set<TeachingMethodKind> fittingForms) {
  /** {0} competency, {1} fitting forms. */
  public static final String KEY = "gap.advice.courseAloneUnlikely";

  public LearnabilityAdvice {
    fittingForms = Set.copyOf(fittingForms);
  }

  public GapReason asReason() {
    return GapReason.of(KEY, competency, fittingForms);
  }
}
