package nl.vakwijzer.catalogue.api;

import java.math.BigDecimal;

/**
 * Prices in euros, excluding VAT handling (the provider states what the amount includes in the
 * summary): per participant in an open offering, and for an in-company group. {@code null} means
 * "not offered this way" or "on request".
 */
public record Prices(BigDecimal perParticipant, BigDecimal inCompany) {
  /** No prices given. */
  public static final Prices NONE = new Prices(null, null);

  public Prices {
    if ((perParticipant != null && perParticipant.signum() < 0)
        || (inCompany != null && inCompany.signum() < 0)) {
      throw new IllegalArgumentException("prices must not be negative");
    }
  }
}
