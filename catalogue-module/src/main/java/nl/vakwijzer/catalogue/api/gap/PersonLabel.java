package nl.vakwijzer.catalogue.api.gap;

import java.util.regex.Pattern;

/**
 * The pseudonymous label of one team member, such as {@code KM-01} (data minimisation: the gap
 * search never sees names).
 *
 * <p>Rule: 1 to 20 characters from {@code A-Z a-z 0-9 . _ -}, i.e. {@code ^[A-Za-z0-9._-]{1,20}$},
 * after stripping surrounding blanks. This refuses the common shapes of a real name ("Jan de
 * Vries", "Fatima El Amrani", "Müller", "D'Souza"): spaces, accents and apostrophes are not allowed.
 * It cannot refuse a single plain first name such as "Anouk"; telling that apart from a code would
 * need a list of names, which would itself be personal-data processing, so the upload page should
 * say that labels must be codes. Labels are compared case-sensitively as given.
 */
public record PersonLabel(String value) implements Comparable<PersonLabel> {
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9._-]{1,20}");

  public PersonLabel {
    String stripped = value == null ? "" : value.strip();
    if (!LABEL.matcher(stripped).matches()) {
      throw new InvalidGapInputException(InvalidGapInputException.LABEL_INVALID, value == null ? "" : value);
    }
    value = stripped;
  }

  public static PersonLabel of(String value) {
    return new PersonLabel(value);
  }

  /** Whether {@code text} would be accepted as a label. */
  public static boolean isValid(String text) {
    return text != null && LABEL.matcher(text.strip()).matches();
  }

  @Override
  public int compareTo(PersonLabel other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
