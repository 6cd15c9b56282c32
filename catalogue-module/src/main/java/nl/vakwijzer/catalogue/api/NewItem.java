package nl.vakwijzer.catalogue.api;

/**
 * A request to add an item to a concept version.
 *
 * <p>{@code parent} is an item of the same concept the new item is a child of, or {@code null}
 * for a top-level item. {@code humanCode} must be unique within the version and contain no
 * spaces; {@code fullStatement} is required; the short name and notes are optional. The rules are
 * checked by {@link FrameworkEditingService#addItem}, which names the field of each refusal.
 */
public record NewItem(
    ItemId parent,
    ItemType type,
    String humanCode,
    String fullStatement,
    String abbreviatedStatement,
    String notes) {}
