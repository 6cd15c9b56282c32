package nl.vakwijzer.catalogue.api;

/** Where an uitvoering (offering) of a module stands. */
public enum OfferingStatus {
  /** Announced; registration not yet open. */
  PLANNED,
  /** Open for registration. */
  OPEN,
  /** No seats left. */
  FULL,
  /** Will not take place. */
  CANCELLED,
  /** Has taken place. */
  HELD
}
