package nl.vakwijzer.catalogue.api.municipality;

import java.util.regex.Pattern;

/**
 * A CBS gemeentecode such as {@code GM0363} (Amsterdam): "GM" followed by exactly four digits.
 * Surrounding blanks are stripped and the prefix is upper-cased; anything else is refused with
 * {@link InvalidMunicipalityProfileException#CODE_INVALID}.
 */
public record Gemeentecode(String value) implements Comparable<Gemeentecode> {
  private static final Pattern CODE = Pattern.compile("GM[0-9]{4}");

  public Gemeentecode {
    String normalised = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
    if (!CODE.matcher(normalised).matches()) {
      throw new InvalidMunicipalityProfileException(
          InvalidMunicipalityProfileException.CODE_INVALID, value == null ? "" : value);
    }
    value = normalised;
  }

  public static Gemeentecode of(String value) {
    return new Gemeentecode(value);
  }

  public static boolean isValid(String text) {
    return text != null && CODE.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  @Override
  public int compareTo(Gemeentecode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
