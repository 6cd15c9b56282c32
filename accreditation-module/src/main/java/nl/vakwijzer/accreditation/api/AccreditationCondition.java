package nl.vakwijzer.accreditation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AccountId;

/** A condition of an accreditation, its evidence (a reference to an upload) and the auditor's check. */
public record AccreditationCondition(
    UUID id,
    String description,
    LocalDate deadline,
    ConditionStatus status,
    String evidenceReference,
    Instant evidenceAt,
    AccountId checkedBy,
    Instant checkedAt,
    String checkNote) {}
