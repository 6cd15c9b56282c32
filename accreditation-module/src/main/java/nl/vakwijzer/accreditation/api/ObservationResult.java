package nl.vakwijzer.accreditation.api;

/** What an auditor saw of one claimed behaviour example during a visit (visitatie). */
public enum ObservationResult {
  GEZIEN,
  DEELS_GEZIEN,
  NIET_GEZIEN
}
