package nl.vakwijzer.catalogue.api.search;

import java.math.BigDecimal;

/** Price bands of the price per participant; {@link #ON_REQUEST}: no price per participant given. */
public enum PriceRange {
  UP_TO_250(null, new BigDecimal("250")),
  FROM_250_TO_500(new BigDecimal("250"), new BigDecimal("500")),
  FROM_500_TO_1000(new BigDecimal("500"), new BigDecimal("1000")),
  FROM_1000(new BigDecimal("1000"), null),
  ON_REQUEST(null, null);

  private final BigDecimal lowerInclusive;
  private final BigDecimal upperExclusive;

  PriceRange(BigDecimal lowerInclusive, BigDecimal upperExclusive) {
    this.lowerInclusive = lowerInclusive;
    this.upperExclusive = upperExclusive;
  }

  /** The lower bound (inclusive), {@code null} for none. */
  public BigDecimal lowerInclusive() {
    return lowerInclusive;
  }

  /** The upper bound (exclusive), {@code null} for none. */
  public BigDecimal upperExclusive() {
    return upperExclusive;
  }

  /** The band of a price per participant ({@code null}: on request). */
  public static PriceRange of(BigDecimal perParticipant) {
    if (perParticipant == null) {
      return ON_REQUEST;
    }
    for (PriceRange r : values()) {
      if (r != ON_REQUEST && (r.lowerInclusive == null || perParticipant.compareTo(r.lowerInclusive) >= 0)
          && (r.upperExclusive == null || perParticipant.compareTo(r.upperExclusive) < 0)) {
        return r;
      }
    }
    throw new IllegalStateException("no band for " + perParticipant);
  }
}
