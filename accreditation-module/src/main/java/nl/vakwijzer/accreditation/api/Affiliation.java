package nl.vakwijzer.accreditation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * An organisation an auditor worked for or with, from {@code from} until {@code until} ({@code
 * null} = still). An affiliation with the provider within the last three years is a conflict of
 * interest.
 */
public record Affiliation(
    @NotNull OrganisationId organisation,
    @NotNull LocalDate from,
    LocalDate until,
    @Size(max = 500, message = "{accreditation.input.tooLong}") String description) {
  public Affiliation {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(from, "from");
    description = description == null ? "" : description;
  }

  /** Whether this affiliation lies (partly) within the {@code years} before {@code today}. */
  public boolean within(LocalDate today, int years) {
    return until == null || !until.isBefore(today.minusYears(years));
  }
}
