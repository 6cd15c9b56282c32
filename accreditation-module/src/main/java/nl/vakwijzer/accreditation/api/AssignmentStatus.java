package nl.vakwijzer.accreditation.api;

/** Whether an assigned auditor has declared no conflict of interest (CONFIRMED) or recused. */
public enum AssignmentStatus {
  PENDING,
  CONFIRMED,
  RECUSED
}
