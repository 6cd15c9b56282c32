package nl.vakwijzer.catalogue.api;

import java.time.Instant;
import java.util.List;

/**
 * One framework item with everything around it: notes, parents and children, every association
 * in and out, and its equivalents in other frameworks.
 *
 * <p>{@code children} are the items that are {@link AssociationType#IS_CHILD_OF} this item, in
 * sibling order (points of a scale by their {@code scaleValue}). {@code outgoing} are the
 * associations whose origin is this item (including the link to its parent), {@code incoming}
 * those whose destination it is. {@code notes} record transcription choices and may be
 * {@code null}.
 */
public record ItemDetail(
    ItemSummary item,
    String notes,
    String language,
    String uri,
    Instant lastChange,
    List<ItemSummary> parents,
    List<ItemSummary> children,
    List<ItemLink> outgoing,
    List<ItemLink> incoming,
    Equivalents equivalents) {

  public ItemDetail {
    parents = List.copyOf(parents);
    children = List.copyOf(children);
    outgoing = List.copyOf(outgoing);
    incoming = List.copyOf(incoming);
  }

  public ItemId id() {
    return item.id();
  }
}
