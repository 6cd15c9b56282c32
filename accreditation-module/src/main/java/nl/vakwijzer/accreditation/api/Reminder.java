package nl.vakwijzer.accreditation.api;

import java.time.LocalDate;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;

/** A reminder to the provider that an accreditation ends in {@code daysBefore} days (90 or 30). */
public record Reminder(
    ApplicationId application, ModuleVersionId version, OrganisationId provider, String moduleTitle, LocalDate validUntil, int daysBefore) {}
