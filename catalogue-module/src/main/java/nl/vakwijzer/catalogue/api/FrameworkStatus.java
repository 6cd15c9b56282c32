package nl.vakwijzer.catalogue.api;

/**
 * Life cycle of a framework version.
 *
 * <p>Only a {@link #CONCEPT} may change. Publishing makes a version {@link #GEPUBLICEERD}; when a
 * newer version is published the previous one becomes {@link #VERVANGEN}; a version withdrawn
 * without successor is {@link #INGETROKKEN}. Published, replaced and withdrawn versions never
 * change, because claims and verdicts refer to their items.
 */
public enum FrameworkStatus {
  CONCEPT,
  GEPUBLICEERD,
  VERVANGEN,
  INGETROKKEN;

  /** Whether the content of a version in this status is frozen. */
  public boolean isFrozen() {
    return this != CONCEPT;
  }

  /** Bundle key of the status label, e.g. {@code catalogue.frameworkStatus.GEPUBLICEERD}. */
  public String messageKey() {
    return "catalogue.frameworkStatus." + name();
  }
}
