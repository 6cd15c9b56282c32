package nl.vakwijzer.catalogue.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which item of one framework version is which item of another: by descent first (an item
 * copied into a later version, over any number of versions), then by human code among the items
 * descent leaves unmatched, so that separately imported versions of a framework match too.
 */
public final class VersionMatching {
  private VersionMatching() {}

  /**
   * Pairs items of {@code from} with items of {@code to}.
   *
   * @param lineage pairs (an item of {@code from}, an item of {@code to}) known to be the same
   *     item by descent, in either direction
   * @return each matched item of {@code from} → its item in {@code to}, in the order of {@code from}
   */
  public static Map<UUID, UUID> match(
      List<StoredItem> from, List<StoredItem> to, Collection<Map.Entry<UUID, UUID>> lineage) {
    Set<UUID> fromIds = ids(from);
    Set<UUID> toIds = ids(to);
    Map<UUID, UUID> pairs = new HashMap<>();
    Set<UUID> pairedTo = new HashSet<>();
    for (Map.Entry<UUID, UUID> link : lineage) {
      UUID f = link.getKey();
      UUID t = link.getValue();
      if (fromIds.contains(f) && toIds.contains(t) && !pairs.containsKey(f) && !pairedTo.contains(t)) {
        pairs.put(f, t);
        pairedTo.add(t);
      }
    }
    Map<String, UUID> unpairedToByCode = new HashMap<>();
    for (StoredItem t : to) {
      if (!pairedTo.contains(t.id())) {
        unpairedToByCode.putIfAbsent(t.humanCode(), t.id());
      }
    }
    Map<UUID, UUID> ordered = new LinkedHashMap<>();
    for (StoredItem f : from) {
      UUID t = pairs.get(f.id());
      if (t == null) {
        t = unpairedToByCode.remove(f.humanCode());
      }
      if (t != null) {
        ordered.put(f.id(), t);
      }
    }
    return ordered;
  }

  private static Set<UUID> ids(List<StoredItem> items) {
    Set<UUID> ids = new HashSet<>();
    items.forEach(i -> ids.add(i.id()));
    return ids;
  }
}
