package nl.vakwijzer.catalogue.domain;

import java.util.List;
import nl.vakwijzer.catalogue.api.CaseValidationError;

/**
 * What reading a CASE file gave: the package ({@code null} when the file is not a JSON object)
 * and the problems found in its form (syntax, required fields, field types, unknown types).
 */
public record CaseReadResult(CasePackage casePackage, List<CaseValidationError> errors) {

  public CaseReadResult {
    errors = List.copyOf(errors);
  }

  public boolean readable() {
    return casePackage != null;
  }
}
