package nl.vakwijzer.accreditation.api;

/**
 * A condition of an accreditation: OPEN until the provider gives evidence (BEWIJS_INGEDIEND), then
 * VOLDAAN when an auditor accepts it (refused evidence makes it OPEN again); NIET_VOLDAAN when the
 * deadline passed without accepted evidence.
 */
public enum ConditionStatus {
  OPEN,
  BEWIJS_INGEDIEND,
  VOLDAAN,
  NIET_VOLDAAN
}
