package nl.vakwijzer.web.catalogue.rest;

import java.util.List;
import java.util.Locale;
import nl.vakwijzer.catalogue.api.ImportResult;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of a CASE import: {@code outcome} CREATED (stored as a concept version) or
 * UNCHANGED (the same version with the same content was already stored); {@code warnings} are
 * parts accepted but not stored, each with its JSON path ({@code field}) and a message in the
 * caller's language.
 */
@Schema(name = "ImportResult")
public record ImportResultResponse(
    String frameworkId,
    String code,
    String version,
    String status,
    String outcome,
    int itemCount,
    int associationCount,
    List<Problem.FieldError> warnings) {

  static ImportResultResponse of(ImportResult r, Locale locale) {
    return new ImportResultResponse(
        r.frameworkId().toString(),
        r.code(),
        r.version(),
        r.status().name(),
        r.outcome().name(),
        r.itemCount(),
        r.associationCount(),
        r.warnings().stream()
            .map(w -> new Problem.FieldError(w.path(), Bundle.text(locale, w.messageKey(), w.arguments().toArray())))
            .toList());
  }
}
