package nl.vakwijzer.catalogue.api;

/**
 * Whether an item takes part in its framework version.
 *
 * <p>In a {@link FrameworkStatus#CONCEPT}, {@link #INGETROKKEN} marks an item the beheerder
 * retired: it stays visible in the editor and the diff, but is left out when the concept is
 * published. In a {@link FrameworkStatus#VERVANGEN} version it marks an item that has no
 * successor in the version that replaced it (the others have a {@link AssociationType#REPLACED_BY}
 * link). Published versions hold only {@link #ACTIEF} items.
 */
public enum ItemStatus {
  ACTIEF,
  INGETROKKEN;

  /** Bundle key of the status label, e.g. {@code catalogue.itemStatus.INGETROKKEN}. */
  public String messageKey() {
    return "catalogue.itemStatus." + name();
  }
}
