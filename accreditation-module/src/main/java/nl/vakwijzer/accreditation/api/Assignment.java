package nl.vakwijzer.accreditation.api;

import java.time.Instant;
import nl.vakwijzer.catalogue.api.AccountId;

/**
 * An auditor on an application. The file opens for the auditor only after the no-conflict
 * declaration ({@code CONFIRMED}); a recused auditor stays on record and is replaced.
 */
public record Assignment(
    AccountId auditor,
    AssignmentRole role,
    AssignmentStatus status,
    Instant assignedAt,
    Instant declaredAt,
    String recusalReason,
    Instant reviewSubmittedAt) {

  public boolean isActive() {
    return status != AssignmentStatus.RECUSED;
  }
}
