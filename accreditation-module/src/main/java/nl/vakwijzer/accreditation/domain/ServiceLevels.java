package nl.vakwijzer.accreditation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.ServiceLevel;
import nl.vakwijzer.accreditation.api.ServiceLevelStage;

/**
 * The service-level rule: which stage with a limit an application is in, when it started and how
 * many working days ({@link WorkingDays}) are left today. INTAKE runs while INGEDIEND, from the
 * submission day; REVIEW while IN_BEOORDELING, VISITATIE or ADVIES, from the day the file first
 * opened (the first IN_BEOORDELING in the trail) until the advice.
 */
public final class ServiceLevels {
  private ServiceLevels() {}

  /** The application's running service level, if it is in a stage with one. */
  public static Optional<ServiceLevel> running(ApplicationView application, Milestones milestones, LocalDate today) {
    return switch (application.state()) {
      case INGEDIEND -> Optional.of(level(application, ServiceLevelStage.INTAKE, application.submittedAt(), today));
      case IN_BEOORDELING, VISITATIE, ADVIES -> milestones.fileOpened() == null
          ? Optional.empty()
          : Optional.of(level(application, ServiceLevelStage.REVIEW, milestones.fileOpened(), today));
      default -> Optional.empty();
    };
  }

  static ServiceLevel level(ApplicationView application, ServiceLevelStage stage, Instant start, LocalDate today) {
    LocalDate started = day(start);
    LocalDate due = WorkingDays.plus(started, stage.workingDays());
    return new ServiceLevel(application.id(), stage, started, due, WorkingDays.between(today, due));
  }

  public static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, Application.ZONE);
  }

  /** Working days between two moments (their days in Europe/Amsterdam); {@code null} if either is missing. */
  public static Integer workingDaysBetween(Instant from, Instant to) {
    return from == null || to == null ? null : WorkingDays.between(day(from), day(to));
  }
}
