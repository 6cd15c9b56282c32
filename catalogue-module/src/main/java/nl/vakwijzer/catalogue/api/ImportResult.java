package nl.vakwijzer.catalogue.api;

import java.util.List;

/**
 * The outcome of importing one CASE package.
 *
 * <p>{@link Outcome#UNCHANGED} means the same framework version with the same content was
 * already stored and nothing was written. {@code warnings} lists parts of the package that were
 * accepted but not stored (e.g. an {@code isChildOf} link from a top-level item to the document
 * itself), with the same path and key form as validation errors.
 */
public record ImportResult(
    FrameworkId frameworkId,
    String code,
    String version,
    FrameworkStatus status,
    Outcome outcome,
    int itemCount,
    int associationCount,
    List<CaseValidationError> warnings) {

  public ImportResult {
    warnings = List.copyOf(warnings);
  }

  /** Whether the import stored anything. */
  public enum Outcome {
    CREATED,
    UNCHANGED
  }
}
