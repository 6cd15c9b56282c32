package nl.vakwijzer.catalogue.api;

import java.util.List;

/**
 * One node of a framework's item tree: an item with all its descendants.
 *
 * <p>{@code children} are the items that are {@link AssociationType#IS_CHILD_OF} this item, in the
 * order of {@link FrameworkService#children} (sibling order; points of a scale by their
 * {@code scaleValue}), each with its own children. A tree of frameworks is shallow (a profile,
 * its hoofdtaken, their competencies and behaviour examples), so the nesting stays small.
 */
public record ItemNode(ItemSummary item, List<ItemNode> children) {

  public ItemNode {
    children = List.copyOf(children);
  }

  /** Whether the item has no children. */
  public boolean isLeaf() {
    return children.isEmpty();
  }

  /** Number of descendants: children, their children, and so on. */
  public int descendantCount() {
    return children.stream().mapToInt(child -> 1 + child.descendantCount()).sum();
  }
}
