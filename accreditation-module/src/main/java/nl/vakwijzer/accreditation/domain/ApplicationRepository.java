package nl.vakwijzer.accreditation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.AuditEntry;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;

/** Stores applications with their parts and their audit trail, one application per transaction. */
public interface ApplicationRepository {

  Optional<Application> find(ApplicationId id);

  /** The application created for exactly this submission, if any (idempotent receipt). */
  Optional<Application> findBySubmission(ModuleVersionId version, Instant submittedAt);

  /** The newest application for the version (a returned one is replaced by a resubmission). */
  Optional<Application> latestOfVersion(ModuleVersionId version);

  /** The newest accredited (or formerly accredited) application of another version of the module. */
  Optional<Application> latestAccreditedOfModule(ModuleId module, ModuleVersionId except);

  List<Application> findByStates(Set<ApplicationState> states);

  List<Application> all();

  /** Per auditor, the number of applications they are working on now. */
  Map<AccountId, Integer> openWorkload();

  /**
   * Inserts a new or updates a stored application (refusing a stale revision with {@code
   * ConcurrentApplicationChangeException}), with its pending audit records, in one transaction.
   */
  void save(Application application);

  List<AuditEntry> timeline(ApplicationId id);

  /**
   * Records that the reminder {@code daysBefore} days before {@code validUntil} was sent, with its
   * audit record; false (and nothing stored) when it had been sent already.
   */
  boolean recordReminder(ApplicationId id, int daysBefore, LocalDate validUntil, AuditRecord record);

  /** Per application, its milestones read from the audit trail (applications without a trail are absent). */
  Map<ApplicationId, Milestones> milestones();

  /**
   * Appends {@code record} to the trail unless an entry with the same action and the same {@code
   * details.key} value is there already for the application (serialised per application with a
   * transaction-scoped advisory lock); false when it was there.
   */
  boolean recordOnce(ApplicationId id, String key, String value, AuditRecord record);
}
