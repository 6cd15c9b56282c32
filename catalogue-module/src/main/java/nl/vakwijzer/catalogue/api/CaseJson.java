package nl.vakwijzer.catalogue.api;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * One CASE 1.1 element (CFDocument, CFItem or CFAssociation) as JSON, with the framework version
 * it belongs to (for an association: the version that declares it) and that version's status, so
 * that callers can decide who may read it.
 */
public record CaseJson(FrameworkId framework, FrameworkStatus status, JsonObject json) {
  public CaseJson {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(json, "json");
  }
}
