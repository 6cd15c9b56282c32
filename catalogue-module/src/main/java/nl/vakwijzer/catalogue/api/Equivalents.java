package nl.vakwijzer.catalogue.api;

import java.util.List;
import java.util.stream.Stream;

/**
 * The items that mean the same as an item, and those whose meaning overlaps with it.
 *
 * <p>{@code exactMatches} follows {@link AssociationType#EXACT_MATCH_OF} in either direction and
 * transitively: the Standaard's probleemanalyse matches the PiCompany entry, which every Divosa
 * probleemanalyse slot matches, so all of them are exact matches of each other. {@code related}
 * holds the items linked to the item itself by {@link AssociationType#IS_RELATED_TO} in either
 * direction (one hop), except those already in {@code exactMatches}. Both are ordered by
 * distance, framework code and human code; the item itself is in neither.
 */
public record Equivalents(ItemId of, List<RelatedItem> exactMatches, List<RelatedItem> related) {

  public Equivalents {
    exactMatches = List.copyOf(exactMatches);
    related = List.copyOf(related);
  }

  /** Exact matches first, then related items. */
  public List<RelatedItem> all() {
    return Stream.concat(exactMatches.stream(), related.stream()).toList();
  }
}
