package nl.vakwijzer.accreditation.api;

/** Why an auditor is on an application: lead or second reviewer, or handler of an objection. */
public enum AssignmentRole {
  LEAD,
  SECOND,
  OBJECTION
}
