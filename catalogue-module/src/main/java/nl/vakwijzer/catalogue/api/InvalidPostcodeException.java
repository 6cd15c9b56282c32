package nl.vakwijzer.catalogue.api;

/**
 * A postcode is not a Dutch postcode (four digits, the first not 0, then two letters); key {@value
 * OfferingLocation#POSTCODE_INVALID_KEY}, argument {0} = the input as given.
 */
public class InvalidPostcodeException extends CatalogueException {
  public InvalidPostcodeException(String input) {
    super(OfferingLocation.POSTCODE_INVALID_KEY, input);
  }
}
