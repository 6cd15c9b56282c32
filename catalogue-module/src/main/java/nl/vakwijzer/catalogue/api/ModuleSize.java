package nl.vakwijzer.catalogue.api;

import java.math.BigDecimal;

/**
 * The study load of a module: contact hours (with a trainer or coach), self-study hours, number of
 * meetings and span in weeks. Hours may be fractional (2.5); absent values are zero.
 */
public record ModuleSize(
    BigDecimal contactHours, BigDecimal selfStudyHours, int meetings, int spanWeeks) {
  /** Nothing filled in yet. */
  public static final ModuleSize EMPTY = new ModuleSize(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

  public ModuleSize {
    contactHours = nonNegative(contactHours, "contactHours");
    selfStudyHours = nonNegative(selfStudyHours, "selfStudyHours");
    if (meetings < 0 || spanWeeks < 0) {
      throw new IllegalArgumentException("meetings and spanWeeks must not be negative");
    }
  }

  private static BigDecimal nonNegative(BigDecimal hours, String name) {
    if (hours == null) {
      return BigDecimal.ZERO;
    }
    if (hours.signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
    return hours;
  }
}
