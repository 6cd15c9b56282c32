package nl.vakwijzer.catalogue.api.search;

import java.time.LocalDate;

/**
 * The date facet: offerings starting within a number of months from the reference date. The
 * counts are cumulative (within 3 months includes within 1 month).
 */
public enum OfferingPeriod {
  WITHIN_1_MONTH(1),
  WITHIN_3_MONTHS(3),
  WITHIN_6_MONTHS(6),
  WITHIN_12_MONTHS(12);

  private final int months;

  OfferingPeriod(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }

  /** The last day of the period that starts on {@code start}. */
  public LocalDate end(LocalDate start) {
    return start.plusMonths(months);
  }
}
