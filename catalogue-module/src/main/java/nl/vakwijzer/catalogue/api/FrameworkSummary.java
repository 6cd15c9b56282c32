package nl.vakwijzer.catalogue.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a list of frameworks shows about one framework version.
 *
 * <p>{@code itemCounts} holds the number of items per type, in the order of {@link ItemType},
 * and only the types the framework uses; {@code associationCount} counts the associations this
 * framework declares (a crosswalk has no items, only associations). A {@code reference}
 * framework is one Vakwijzer ships; it is read-only.
 */
public record FrameworkSummary(
    FrameworkId id,
    String code,
    String title,
    String version,
    FrameworkStatus status,
    String publisher,
    boolean reference,
    Map<ItemType, Integer> itemCounts,
    int associationCount) {

  public FrameworkSummary {
    EnumMap<ItemType, Integer> counts = new EnumMap<>(ItemType.class);
    counts.putAll(itemCounts);
    itemCounts = Collections.unmodifiableMap(counts);
  }

  /** Number of items of the type; 0 when the framework has none. */
  public int count(ItemType type) {
    return itemCounts.getOrDefault(type, 0);
  }

  /** Number of items of all types. */
  public int itemCount() {
    return itemCounts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
