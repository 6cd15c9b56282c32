package nl.vakwijzer.accreditation.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The verification code of a certificate: 12 characters of Crockford's base32 alphabet (digits
 * and capitals without I, L, O and U), 60 random bits, issued once per accreditation. Shown as
 * {@code VW-XXXX-XXXX-XXXX}; {@link #parse} forgives how people type it over.
 */
public record CertificateCode(String value) {
  public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Pattern CANONICAL = Pattern.compile("[0-9A-HJKMNP-TV-Z]{12}");

  public CertificateCode {
    Objects.requireNonNull(value, "value");
    if (!CANONICAL.matcher(value).matches()) {
      throw new IllegalArgumentException("not a certificate code: " + value);
    }
  }

  /**
   * Reads a typed code: case, spaces, dashes and the {@code VW} prefix do not matter, and the
   * letters O, I and L count as the digits 0, 1 and 1 (Crockford). Empty for anything else.
   */
  public static Optional<CertificateCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-–_.]", "");
    if (s.length() == 14 && s.startsWith("VW")) {
      s = s.substring(2);
    }
    if (s.length() != 12) {
      return Optional.empty();
    }
    s = s.replace('O', '0').replace('I', '1').replace('L', '1');
    return CANONICAL.matcher(s).matches() ? Optional.of(new CertificateCode(s)) : Optional.empty();
  }

  /** {@code VW-XXXX-XXXX-XXXX}. */
  public String formatted() {
    return "VW-" + value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
