package nl.vakwijzer.catalogue.api;

/**
 * What a change to an accredited module version needs before it is visible to municipalities,
 * ordered from least to most: the verdict over several changes is the most demanding one.
 */
public enum ChangeConsequence {
  /** Nothing changed. Only ever the overall verdict, never an aspect's consequence. */
  NONE,
  /** Published at once without review (the GAIA rule for practical data). */
  PUBLISH_DIRECTLY,
  /** The new version must be accredited again before it replaces the accredited one. */
  NEEDS_ACCREDITATION;

  /** Message key of the overall verdict shown to the provider before saving. */
  public String verdictMessageKey() {
    return "catalogue.provider.change.verdict." + name();
  }
}
