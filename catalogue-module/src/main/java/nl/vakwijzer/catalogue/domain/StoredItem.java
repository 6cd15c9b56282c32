package nl.vakwijzer.catalogue.domain;

import java.util.UUID;
import nl.vakwijzer.catalogue.api.ItemStatus;
import nl.vakwijzer.catalogue.api.ItemType;

/**
 * What version editing needs to know about a stored item: where it belongs, where it comes from
 * ({@code sourceItemId}: the item of an earlier version it was copied from) and its texts.
 */
public record StoredItem(
    UUID id,
    UUID frameworkId,
    String frameworkCode,
    String humanCode,
    ItemType type,
    ItemStatus status,
    UUID sourceItemId,
    String fullStatement,
    String abbreviatedStatement,
    String notes,
    int position) {

  public boolean retired() {
    return status == ItemStatus.INGETROKKEN;
  }
}
