package nl.vakwijzer.catalogue.domain;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.ItemType;

/**
 * A CFItem of a CASE package.
 *
 * <p>{@code index} is its 0-based place in {@code CFItems} (document order); {@code typeCode} is
 * the {@code CFItemType} as written, {@code type} the model's type for it ({@code null} when the
 * model does not know it). Fields are {@code null} when absent or invalid.
 */
public record CaseItem(
    int index,
    UUID identifier,
    String uri,
    String fullStatement,
    String humanCode,
    String typeCode,
    ItemType type,
    String abbreviatedStatement,
    String notes,
    String language,
    OffsetDateTime lastChange,
    JsonObject extensions) {

  /** JSON path of this item in the package. */
  public String path() {
    return "$.CFItems[" + index + "]";
  }
}
