package nl.vakwijzer.web.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing texts (NL default, EN second), usable outside Faces too (REST problems). */
public final class Bundle {
  public static final String BASE_NAME = "nl.vakwijzer.web.i18n.messages";
  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

  private Bundle() {}

  /** The text for a key in the given language, with {0}-style arguments filled in. */
  public static String text(Locale locale, String key, Object... arguments) {
    Locale effective = supported(locale);
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BASE_NAME, effective, control()).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, effective).format(arguments);
  }

  /**
   * The text of a Bean Validation violation. Constraints carry {@code {key}} templates that live in
   * this bundle; method validation interpolates in the JVM's locale, so the key is resolved here
   * in the user's language instead.
   */
  public static String violation(Locale locale, jakarta.validation.ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    if (template != null && template.startsWith("{") && template.endsWith("}")) {
      String key = template.substring(1, template.length() - 1);
      String text = text(locale, key);
      if (!text.equals(key)) {
        return text;
      }
    }
    return violation.getMessage();
  }

  /** The given locale when Vakwijzer speaks it, Dutch otherwise. */
  public static Locale supported(Locale locale) {
    if (locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
      return Locale.ENGLISH;
    }
    return DUTCH;
  }

  /** Never fall back to the JVM's default locale: Dutch is the default, whatever the machine. */
  private static ResourceBundle.Control control() {
    return ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  }
}
