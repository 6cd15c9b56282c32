package nl.vakwijzer.accreditation.api;

import java.time.LocalDate;

/**
 * The running service level of an application in an open stage: started on {@code startedOn}
 * (Europe/Amsterdam), due on the stage's limit-th working day after it, and {@code workingDaysLeft}
 * as of today: positive or 0 while in time (0 = due today or the due day has passed without a
 * working day since), negative = overdue by that many working days.
 */
public record ServiceLevel(
    ApplicationId application, ServiceLevelStage stage, LocalDate startedOn, LocalDate dueOn, int workingDaysLeft) {

  public boolean isOverdue() {
    return workingDaysLeft < 0;
  }

  /** Working days past the due date (0 when in time). */
  public int overdueBy() {
    return Math.max(0, -workingDaysLeft);
  }
}
