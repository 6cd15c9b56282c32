package nl.vakwijzer.catalogue.api;

/**
 * Where an organisation stands with the accrediting body. A provider that registered itself is
 * {@link #AANGEMELD} until a beheerder approves ({@link #ACTIEF}) or rejects ({@link #AFGEWEZEN})
 * it; only an active provider may submit modules. Organisations a beheerder creates are active.
 */
public enum OrganisationStatus {
  /** Registered itself, awaiting a beheerder's decision. */
  AANGEMELD,
  /** Approved (or created by a beheerder). */
  ACTIEF,
  /** Registration rejected, with a reason. */
  AFGEWEZEN
}
