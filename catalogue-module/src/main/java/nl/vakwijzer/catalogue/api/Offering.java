package nl.vakwijzer.catalogue.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An uitvoering: one run of the module, with its meeting dates, location, number of seats and
 * status.
 *
 * <p>The {@code id} is kept while the offering is edited, so the material-change rule can tell a
 * moved date from a new offering.
 */
public record Offering(
    String id, List<LocalDate> dates, OfferingLocation location, int seats, OfferingStatus status) {
  public Offering {
    Texts.requireNonBlank(id, "id");
    dates = Texts.copy(dates).stream().sorted().toList();
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(status, "status");
    if (seats < 0) {
      throw new IllegalArgumentException("seats must not be negative");
    }
  }
}
