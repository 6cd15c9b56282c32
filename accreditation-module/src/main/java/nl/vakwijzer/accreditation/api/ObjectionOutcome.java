package nl.vakwijzer.accreditation.api;

/** How an objection (bezwaar) ends: the decision is upheld or changed. */
public enum ObjectionOutcome {
  GEHANDHAAFD,
  GEWIJZIGD
}
