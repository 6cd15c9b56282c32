package nl.vakwijzer.catalogue.api;

import java.util.List;

/**
 * One problem found in a CASE package: where it is and what it is.
 *
 * <p>{@code path} is a JSONPath into the package, e.g. {@code $.CFItems[12].CFItemType} or
 * {@code $} for the file as a whole; {@code messageKey} and {@code arguments} describe the problem
 * in a way the web module translates (keys {@code catalogue.case.*}).
 */
public record CaseValidationError(String path, String messageKey, List<Object> arguments) {

  public CaseValidationError {
    arguments = List.copyOf(arguments);
  }

  public static CaseValidationError of(String path, String messageKey, Object... arguments) {
    return new CaseValidationError(path, messageKey, List.of(arguments));
  }
}
