package nl.vakwijzer.catalogue.api;

import java.util.Objects;

/**
 * One werkvorm of a module: a kind from the list, or a free entry ({@link
 * TeachingMethodKind#OTHER}) with a label. The label may also refine a listed kind (e.g.
 * "rollenspel" for KLASSIKAAL).
 *
 * <p>Claims refer to the module's werkvormen by value, so two entries with the same kind and label
 * are the same werkvorm.
 */
public record TeachingMethod(TeachingMethodKind kind, String label) {
  public TeachingMethod {
    Objects.requireNonNull(kind, "kind");
    label = Texts.orEmpty(label).strip();
    if (kind == TeachingMethodKind.OTHER && label.isEmpty()) {
      throw new IllegalArgumentException("a free werkvorm needs a label");
    }
  }

  /** A listed werkvorm without a label. */
  public static TeachingMethod of(TeachingMethodKind kind) {
    return new TeachingMethod(kind, "");
  }

  /** A free entry. */
  public static TeachingMethod other(String label) {
    return new TeachingMethod(TeachingMethodKind.OTHER, label);
  }
}
