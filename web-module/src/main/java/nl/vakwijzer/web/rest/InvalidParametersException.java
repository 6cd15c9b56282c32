package nl.vakwijzer.web.rest;

import java.util.List;

/**
 * Request parameters a resource refuses (a page number below 0, an unknown item type, …): a 400
 * problem with one entry per parameter, in the caller's language. Request bodies whose fields do not
 * fit (a missing or wrongly typed field, an unknown choice) may use 422 instead.
 */
public class InvalidParametersException extends RuntimeException {
  /** Unprocessable Content: the request was read, but its fields do not fit. */
  public static final int UNPROCESSABLE = 422;

  private final transient List<Invalid> invalid;
  private final int status;

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
    this(invalid, 400);
  }

  /** Refused with the given status: 400 (the default) or {@link #UNPROCESSABLE}. */
  public InvalidParametersException(List<Invalid> invalid, int status) {
    super("invalid parameters " + invalid.stream().map(Invalid::parameter).toList());
    this.invalid = List.copyOf(invalid);
    this.status = status;
  }

  /** The HTTP status of the problem. */
  public int status() {
    return status;
  }

  public List<Invalid> invalid() {
    return invalid;
  }
}
