package nl.vakwijzer.catalogue.api;

/**
 * A CRKBO registration number is empty, too long or has characters a registration number does not
 * have; key {@value CrkboRegistration#INVALID_KEY}, argument {0} = the input as given.
 */
public class InvalidCrkboRegistrationException extends CatalogueException {
  public InvalidCrkboRegistrationException(String input) {
    super(CrkboRegistration.INVALID_KEY, input);
  }
}
