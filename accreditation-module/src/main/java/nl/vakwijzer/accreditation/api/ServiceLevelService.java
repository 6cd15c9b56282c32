package nl.vakwijzer.accreditation.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import nl.vakwijzer.catalogue.api.Actor;

/**
 * Service levels of the accreditation workflow: intake within 10 working days of the submission,
 * review within 30 working days of the file opening (see {@link ServiceLevelStage}). Working days
 * are Monday to Friday except the Dutch national public holidays. A resubmission after a return
 * is a new application, so its intake clock starts at its own submission. Computed from the
 * applications and their append-only audit trail; nothing is stored but the "termijn
 * overschreden" trail entry.
 */
public interface ServiceLevelService {

  /**
   * The running service levels of the applications the actor may see (as {@link
   * AccreditationService#applications}) that are in a stage with a service level, overdue first
   * (most overdue first), then by working days left.
   */
  List<ServiceLevel> serviceLevels(@NotNull Actor actor);

  /**
   * Timed: records "termijn overschreden" ({@code SERVICE_LEVEL_EXCEEDED}) in the trail of every
   * application overdue on {@code today} in its current stage, once per application and stage
   * (checked against the stored trail, so a rerun or restart records nothing twice); returns only
   * the newly recorded ones.
   */
  List<ServiceLevelBreach> recordExceeded(@NotNull LocalDate today);
}
