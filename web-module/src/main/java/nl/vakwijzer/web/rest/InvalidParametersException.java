package nl.vakwijzer.web.rest;

import java.util.List;

/**
 * Request parameters a resource refuses (a page number below 0, an unknown item type, …): a 400
 * problem with one entry per parameter, in the caller's language.
 */
public class InvalidParametersException extends RuntimeException {
  private final transient List<Invalid> invalid;

  /** One refused parameter: its name and a bundle key with arguments saying why. */
  public record Invalid(String parameter, String messageKey, List<Object> arguments) {
    public Invalid {
      arguments = List.copyOf(arguments);
    }

    public static Invalid of(String parameter, String messageKey, Object... arguments) {
      return new Invalid(parameter, messageKey, List.of(arguments));
    }
  }

  public InvalidParametersException(List<Invalid> invalid) {
    super("invalid parameters " + invalid.stream().map(Invalid::parameter).toList());
    this.invalid = List.copyOf(invalid);
  }

  public List<Invalid> invalid() {
    return invalid;
  }
}
