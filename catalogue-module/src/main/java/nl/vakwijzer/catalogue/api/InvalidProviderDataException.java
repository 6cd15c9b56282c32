package nl.vakwijzer.catalogue.api;

/**
 * A provider registration, profile, invitation or decision has an invalid value. {@link #field()}
 * names the input it belongs to (a record component name such as {@code "contactPhone"}), so a
 * form can show the message next to that field.
 */
public class InvalidProviderDataException extends CatalogueException {
  private final String field;

  public InvalidProviderDataException(String field, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
