package nl.vakwijzer.catalogue.api;

/**
 * A KvK number is not exactly eight digits; key {@value KvkNumber#INVALID_KEY}, argument {0} = the
 * input as given.
 */
public class InvalidKvkNumberException extends CatalogueException {
  public InvalidKvkNumberException(String input) {
    super(KvkNumber.INVALID_KEY, input);
  }
}
