package nl.vakwijzer.catalogue.api;

/**
 * An account request breaks a rule of the model, e.g. a provider account without a provider
 * organisation. The message key says which rule.
 */
public class InvalidAccountException extends CatalogueException {
  public InvalidAccountException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
