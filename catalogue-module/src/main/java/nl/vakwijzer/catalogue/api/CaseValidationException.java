package nl.vakwijzer.catalogue.api;

import java.util.List;

/**
 * A CASE package was refused: it is malformed, incomplete, inconsistent, too large or would
 * change a published framework version. Nothing of it was stored.
 *
 * <p>{@link #errors()} lists every problem found, each with its JSON path and message key; the
 * exception's own key {@code catalogue.case.invalid} takes the number of errors as argument.
 */
public class CaseValidationException extends CatalogueException {
  private final transient List<CaseValidationError> errors;

  public CaseValidationException(List<CaseValidationError> errors) {
    super("catalogue.case.invalid", errors.size());
    this.errors = List.copyOf(errors);
  }

  public List<CaseValidationError> errors() {
    return errors;
  }

  @Override
  public String getMessage() {
    StringBuilder message = new StringBuilder(super.getMessage());
    errors.stream()
        .limit(20)
        .forEach(e -> message.append("\n  ").append(e.path()).append(": ").append(e.messageKey()).append(' ').append(e.arguments()));
    return message.toString();
  }
}
