package nl.vakwijzer.accreditation.infrastructure;

/** Who commits a repository's writes. */
public enum TransactionMode {
  /** The repository commits (plain DataSource, tests, tools). */
  LOCAL,
  /** The surrounding JTA transaction commits. */
  CONTAINER
}
