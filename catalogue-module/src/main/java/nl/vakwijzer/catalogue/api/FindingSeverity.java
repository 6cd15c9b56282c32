package nl.vakwijzer.catalogue.api;

/** How much a finding of the pre-submission check weighs. */
public enum FindingSeverity {
  /** Blocks submission until the dossier is fixed. */
  ERROR,
  /** Allows submission once the provider has explained it in writing; the auditor sees that. */
  WARNING
}
