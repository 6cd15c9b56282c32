package nl.vakwijzer.catalogue.api;

import java.util.List;
import java.util.Objects;

/**
 * What changed from one framework version to another.
 *
 * <p>Items are matched by descent first (an item copied into a new version, over any number of
 * versions) and then, for items without a match, by human code, so that two imported versions
 * of a framework compare sensibly too. {@code added} are the items of {@code to} without a match
 * in {@code from}; {@code retired} the items of {@code from} without a match in {@code to};
 * {@code changed} the matched pairs whose statement, short name, notes or type differ. Items a
 * concept marks {@link ItemStatus#INGETROKKEN} count as absent from it. Lists follow document
 * order.
 */
public record FrameworkDiff(
    FrameworkVersion from,
    FrameworkVersion to,
    List<ItemSummary> added,
    List<ChangedItem> changed,
    List<ItemSummary> retired) {

  public FrameworkDiff {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    retired = List.copyOf(retired);
  }

  /** Whether the two versions have the same items with the same texts. */
  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && retired.isEmpty();
  }

  /** An item in both versions, before and after, with its notes (which summaries do not hold). */
  public record ChangedItem(ItemSummary before, ItemSummary after, String notesBefore, String notesAfter) {

    public boolean statementChanged() {
      return !Objects.equals(before.fullStatement(), after.fullStatement());
    }

    public boolean abbreviatedStatementChanged() {
      return !Objects.equals(before.abbreviatedStatement(), after.abbreviatedStatement());
    }

    public boolean notesChanged() {
      return !Objects.equals(notesBefore, notesAfter);
    }

    public boolean typeChanged() {
      return before.type() != after.type();
    }

    public boolean codeChanged() {
      return !Objects.equals(before.humanCode(), after.humanCode());
    }
  }
}
