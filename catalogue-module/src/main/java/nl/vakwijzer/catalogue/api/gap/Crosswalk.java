package nl.vakwijzer.catalogue.api.gap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * The crosswalk as input: per competency, the items of other frameworks that count as equivalent
 * (typically {@code Equivalents.exactMatches()} of the framework service). Equivalence is read in
 * both directions: if A lists B, a claim on A also counts for a target on B.
 *
 * <p>A claim on an equivalent item is taken at its own level ordinals; the caller should only list
 * equivalents on a comparable scale (or whose claims use ordinal 0, as frameworks without levels do).
 */
public record Crosswalk(Map<ItemId, Set<ItemId>> equivalents) {
  public static final Crosswalk NONE = new Crosswalk(Map.of());

  public Crosswalk {
    var symmetric = new HashMap<ItemId, Set<ItemId>>();
    if (equivalents != null) {
      equivalents.forEach((item, others) -> others.forEach(other -> {
        if (!other.equals(item)) {
          symmetric.computeIfAbsent(item, k -> new HashSet<>()).add(other);
          symmetric.computeIfAbsent(other, k -> new HashSet<>()).add(item);
        }
      }));
    }
    var copy = new HashMap<ItemId, Set<ItemId>>();
    symmetric.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    equivalents = Map.copyOf(copy);
  }

  /** The items equivalent to {@code competency} (never itself). */
  public Set<ItemId> equivalentsOf(ItemId competency) {
    return equivalents.getOrDefault(competency, Set.of());
  }
}
