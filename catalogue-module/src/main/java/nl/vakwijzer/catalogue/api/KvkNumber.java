package nl.vakwijzer.catalogue.api;

import java.util.Objects;

/**
 * A Dutch Chamber of Commerce (Kamer van Koophandel, KvK) number: exactly eight digits.
 *
 * <p>Input is accepted with spaces and dots between the digits (as printed on letterheads, e.g.
 * {@code "12.34.56.78"} or {@code " 1234 5678 "}); they are removed. Anything else, including other
 * separators, letters, or a number of digits other than eight, is refused with {@link
 * #INVALID_KEY}.
 *
 * <p>There is no public checksum rule for KvK numbers (unlike the BSN's elfproef or IBAN's mod 97),
 * so none is applied: a well-formed number may still not exist. Only a lookup in the
 * Handelsregister can tell that, which this value object deliberately does not do.
 */
public record KvkNumber(String value) {
  /** Message key for a refused KvK number; argument {0} = the input as given. */
  public static final String INVALID_KEY = "catalogue.provider.kvk.invalid";

  private static final int LENGTH = 8;

  /** Takes the canonical form (exactly eight ASCII digits); use {@link #parse} for user input. */
  public KvkNumber {
    Objects.requireNonNull(value, "value");
    if (!isEightDigits(value)) {
      throw new InvalidKvkNumberException(value);
    }
  }

  /**
   * Parses user input: removes spaces and dots, then requires exactly eight digits.
   *
   * @throws InvalidKvkNumberException with key {@link #INVALID_KEY} for anything else, including
   *     {@code null}
   */
  public static KvkNumber parse(String input) {
    if (input == null) {
      throw new InvalidKvkNumberException("");
    }
    String compact = input.replace(" ", "").replace(".", "").replace("\u00a0", "");
    if (!isEightDigits(compact)) {
      throw new InvalidKvkNumberException(input);
    }
    return new KvkNumber(compact);
  }

  private static boolean isEightDigits(String text) {
    if (text.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      // ASCII only: Character.isDigit would also accept Arabic-Indic and other digits
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
