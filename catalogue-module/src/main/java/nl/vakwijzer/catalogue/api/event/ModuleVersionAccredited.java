package nl.vakwijzer.catalogue.api.event;

import java.time.Instant;
import java.time.LocalDate;
import nl.vakwijzer.catalogue.api.ModuleVersionId;

/**
 * A module version became accredited until {@code until}: its accepted claims are now searchable.
 * Observers (saved-gap alerts) react after the transaction commits.
 */
public record ModuleVersionAccredited(ModuleVersionId version, LocalDate until, Instant at) {}
