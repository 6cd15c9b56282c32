package nl.vakwijzer.accreditation.api;

import java.util.List;

/**
 * Base of every business exception of the accreditation module: a message key (the web module
 * looks it up in the user's language) and its arguments; {@link #getMessage()} is for logs only.
 */
public abstract class AccreditationException extends RuntimeException {
  private final String messageKey;
  private final List<Object> arguments;

  protected AccreditationException(String messageKey, Object... arguments) {
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
