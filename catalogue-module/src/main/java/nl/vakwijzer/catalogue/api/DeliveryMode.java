package nl.vakwijzer.catalogue.api;

/** How a module is delivered as a whole. */
public enum DeliveryMode {
  /** Klassikaal: at a location, in a group. */
  KLASSIKAAL,
  /** Online: entirely online, live or self-paced. */
  ONLINE,
  /** Blended: partly at a location, partly online. */
  BLENDED,
  /** In-company: for one client organisation, usually at its premises. */
  IN_COMPANY
}
