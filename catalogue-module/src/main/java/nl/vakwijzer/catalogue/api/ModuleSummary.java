package nl.vakwijzer.catalogue.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A module on the provider dashboard: its newest version and, when there is one, the version that
 * is currently accredited (which stays findable while a newer concept is being edited).
 *
 * <p>{@code actionNeeded} is true when the provider has something to do: a concept to finish and
 * submit, a returned or rejected version, or an accreditation expiring within 90 days.
 */
public record ModuleSummary(
    ModuleId id,
    String title,
    ModuleVersionId latestVersion,
    int latestNumber,
    ModuleVersionStatus latestStatus,
    String accreditationStage,
    ModuleVersionId accreditedVersion,
    LocalDate accreditedUntil,
    int claimCount,
    Instant updatedAt,
    boolean actionNeeded) {}
