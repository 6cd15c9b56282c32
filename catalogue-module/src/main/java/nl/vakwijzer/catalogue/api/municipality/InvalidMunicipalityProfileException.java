package nl.vakwijzer.catalogue.api.municipality;

import nl.vakwijzer.catalogue.api.CatalogueException;

/** Refused municipality profile input; the key and arguments are resolved by the web module. */
public final class InvalidMunicipalityProfileException extends CatalogueException {
  /** {0} = the code as given. */
  public static final String CODE_INVALID = "municipality.code.invalid";
  /** {0} = the code, already used by another organisation's profile. */
  public static final String CODE_TAKEN = "municipality.code.taken";
  /** {0} = the region as given. */
  public static final String REGION_INVALID = "municipality.region.invalid";
  /** Served municipalities were given, but the organisation is not an inter-municipal service. */
  public static final String SERVED_WITHOUT_SERVICE = "municipality.served.withoutService";
  /** An inter-municipal service must name at least one municipality it serves. */
  public static final String SERVED_EMPTY = "municipality.served.empty";
  /** The organisation is not of type GEMEENTE. */
  public static final String NOT_A_MUNICIPALITY = "municipality.organisation.notMunicipality";

  public InvalidMunicipalityProfileException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
