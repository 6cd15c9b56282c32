package nl.vakwijzer.catalogue.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An optional registration in the CRKBO (Centraal Register Kort Beroepsonderwijs), the Dutch
 * register of short vocational training, either of the provider as an institution or of an
 * individual teacher.
 *
 * <p>The CRKBO publishes no format or checksum for its registration numbers, so none is invented
 * here: the number is kept as given (trimmed, inner whitespace collapsed) and only refused when it
 * is empty, longer than {@value #MAX_LENGTH} characters, or contains characters other than letters,
 * digits, spaces, dots, slashes and hyphens. Refusal uses {@link #INVALID_KEY}. Whether the
 * registration exists is for a lookup in the register to say.
 */
public record CrkboRegistration(Kind kind, String number) {
  /** Message key for a refused registration number; argument {0} = the input as given. */
  public static final String INVALID_KEY = "catalogue.provider.crkbo.invalid";

  /** Longest accepted registration number. */
  public static final int MAX_LENGTH = 40;

  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Nd} ./-]+");

  /** Who is registered. */
  public enum Kind {
    /** The provider organisation (instelling). */
    INSTELLING,
    /** An individual teacher or trainer (docent). */
    DOCENT
  }

  public CrkboRegistration {
    Objects.requireNonNull(kind, "kind");
    String given = number;
    number = number == null ? "" : number.strip().replaceAll("\\s+", " ");
    if (number.isEmpty() || number.length() > MAX_LENGTH || !ALLOWED.matcher(number).matches()) {
      throw new InvalidCrkboRegistrationException(given == null ? "" : given);
    }
  }
}
