package nl.vakwijzer.catalogue.api;

/** What kind of organisation takes part in Vakwijzer. */
public enum OrganisationType {
  /** A training provider (opleider). */
  AANBIEDER,
  /** A municipality or an inter-municipal social service. */
  GEMEENTE,
  /** The accrediting body: its beheerders, auditors and decision-makers. */
  ACCREDITATIEORGAAN
}
