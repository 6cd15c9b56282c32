package nl.vakwijzer.accreditation.api;

import java.util.List;

/**
 * What a notification asks of its recipient or tells them, with the names of the {@link
 * Notification#arguments()} its text uses after the module title (in this order).
 */
public enum NotificationKind {
  /** Beheerders: a new application waits for intake. */
  INTAKE,
  /** Provider: the application was returned at intake, with reasons. */
  RETURNED("reasons"),
  /** Auditor: assigned as lead or second reviewer; declare (no conflict) and review. */
  ASSIGNED("role"),
  /** Auditor: assigned to handle an objection. */
  OBJECTION_ASSIGNED,
  /** Beheerders: an auditor recused; assign someone else. */
  RECUSED("role"),
  /** Lead auditor: both reviews are in; write the advice. */
  ADVICE_DUE,
  /** Besluitnemer: the advice is given; decide. */
  DECISION_DUE,
  /** Provider: the decision, with its outcome. */
  DECIDED("state"),
  /** Reviewing auditors: the provider gave evidence for a condition; check it. */
  CONDITION_EVIDENCE,
  /** Provider: a condition was checked and met. */
  CONDITION_MET,
  /** Provider: a condition was checked and not met (open again until its deadline). */
  CONDITION_NOT_MET,
  /** Provider: a condition was not met by its deadline; the accreditation is suspended. */
  CONDITION_LAPSED,
  /** Provider: the accreditation ended (suspended, withdrawn, expired). */
  ENDED("state"),
  /** Beheerders: the provider objected; assign two handlers. */
  OBJECTION_LODGED,
  /** Provider: the objection was decided; the decision stands. */
  OBJECTION_UPHELD("state"),
  /** Provider: the objection was decided; the decision was changed. */
  OBJECTION_CHANGED("state"),
  /** Provider: the accreditation ends in 90 or 30 days. */
  REMINDER("daysBefore", "validUntil");

  private final List<String> arguments;

  NotificationKind(String... arguments) {
    this.arguments = List.of(arguments);
  }

  /** The argument names the text uses after the module title ({1}, {2}, ...). */
  public List<String> arguments() {
    return arguments;
  }

  /** The bundle key of the in-app text (also the e-mail subject): {0} = module title. */
  public String messageKey() {
    return "accreditation.notification." + name();
  }
}
