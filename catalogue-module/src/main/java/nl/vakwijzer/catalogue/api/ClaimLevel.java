package nl.vakwijzer.catalogue.api;

/**
 * A level on a framework's scale, as used in a {@link Claim}: the level item, and its ordinal on
 * the scale (0 = the lowest level) so rules can compare levels without loading the framework.
 *
 * <p>{@code item} is {@code null} for a framework whose scale has no level items of its own; then
 * the ordinal alone is the level.
 */
public record ClaimLevel(ItemId item, int ordinal) {
  public ClaimLevel {
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal must not be negative");
    }
  }

  /** A level known only by its ordinal. */
  public static ClaimLevel ofOrdinal(int ordinal) {
    return new ClaimLevel(null, ordinal);
  }
}
