package nl.vakwijzer.catalogue.api;

import java.util.List;

/**
 * Base of every business exception of the catalogue module.
 *
 * <p>The exception carries a message key (looked up by the web module in the user's language)
 * and the arguments for it; {@link #getMessage()} is for logs only.
 */
public abstract class CatalogueException extends RuntimeException {
  private final String messageKey;
  private final List<Object> arguments;

  protected CatalogueException(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
