package nl.vakwijzer.catalogue.api;

/**
 * An item of a framework version as the concept editor shows it: in tree order, with its depth
 * and parent, its status, and the item of the previous version it was copied from.
 *
 * <p>{@code parent} is {@code null} for a top-level item, {@code depth} is 0 for those;
 * {@code sourceItem} is {@code null} for an item added in this version (or imported).
 */
public record EditableItem(
    ItemId id,
    ItemId parent,
    int depth,
    String humanCode,
    ItemType type,
    String fullStatement,
    String abbreviatedStatement,
    String notes,
    ItemStatus status,
    ItemId sourceItem) {

  public boolean retired() {
    return status == ItemStatus.INGETROKKEN;
  }

  /** Whether it was added in this version rather than copied from the previous one. */
  public boolean added() {
    return sourceItem == null;
  }

  /** The short name when there is one, else the full statement. */
  public String label() {
    return abbreviatedStatement != null && !abbreviatedStatement.isBlank() ? abbreviatedStatement : fullStatement;
  }
}
