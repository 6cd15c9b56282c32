package nl.vakwijzer.catalogue.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the material-change rule says about a new version of an accredited module: the aspects that
 * changed (in {@link DossierAspect} order) and, over all of them, whether the version needs a new
 * accreditation, can be published at once, or does not differ at all.
 */
public record MaterialChangeVerdict(List<DossierAspect> changedAspects) {
  public MaterialChangeVerdict {
    changedAspects =
        Texts.copy(changedAspects).stream().distinct().sorted(Comparator.naturalOrder()).toList();
  }

  /** The most demanding consequence of the changed aspects; {@code NONE} when nothing changed. */
  public ChangeConsequence verdict() {
    return changedAspects.stream()
        .map(DossierAspect::consequence)
        .max(Comparator.naturalOrder())
        .orElse(ChangeConsequence.NONE);
  }

  /** Whether the new version must be accredited before it replaces the accredited one. */
  public boolean needsAccreditation() {
    return verdict() == ChangeConsequence.NEEDS_ACCREDITATION;
  }

  /** The changed aspects whose consequence is {@code consequence}. */
  public List<DossierAspect> aspectsWith(ChangeConsequence consequence) {
    return changedAspects.stream().filter(a -> a.consequence() == consequence).toList();
  }

  /**
   * The message keys to show the provider before saving: the verdict's first, then one per changed
   * aspect. None of them takes arguments.
   */
  public List<String> messageKeys() {
    var keys = new ArrayList<String>();
    keys.add(verdict().verdictMessageKey());
    changedAspects.forEach(aspect -> keys.add(aspect.messageKey()));
    return List.copyOf(keys);
  }
}
