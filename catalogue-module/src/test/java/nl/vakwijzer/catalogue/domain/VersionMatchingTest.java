package nl.vakwijzer.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.ItemStatus;
import nl.vakwijzer.catalogue.api.ItemType;
import org.junit.jupiter.api.Test;

class VersionMatchingTest {
  private static final UUID OLD = UUID.randomUUID();
  private static final UUID NEW = UUID.randomUUID();

  private static StoredItem item(UUID framework, String code) {
    return new StoredItem(
        UUID.randomUUID(), framework, "X", code, ItemType.COMPETENCY, ItemStatus.ACTIEF, null, code, null, null, 1);
  }

  @Test
  void descentWinsOverTheHumanCode() {
    StoredItem a = item(OLD, "A");
    StoredItem b = item(OLD, "B");
    StoredItem copyOfA = item(NEW, "B"); // same code as b, but descends from a
    StoredItem other = item(NEW, "A");

    Map<UUID, UUID> matched =
        VersionMatching.match(List.of(a, b), List.of(copyOfA, other), List.of(Map.entry(a.id(), copyOfA.id())));

    assertThat(matched).containsExactly(Map.entry(a.id(), copyOfA.id()));
  }

  @Test
  void itemsWithoutDescentMatchByHumanCode() {
    StoredItem a = item(OLD, "A");
    StoredItem b = item(OLD, "B");
    StoredItem newB = item(NEW, "B");
    StoredItem newC = item(NEW, "C");

    Map<UUID, UUID> matched = VersionMatching.match(List.of(a, b), List.of(newB, newC), List.of());

    assertThat(matched).containsExactly(Map.entry(b.id(), newB.id()));
  }

  @Test
  void ignoresDescentToItemsOutsideTheVersions() {
    StoredItem a = item(OLD, "A");
    StoredItem newA = item(NEW, "A");

    Map<UUID, UUID> matched =
        VersionMatching.match(List.of(a), List.of(newA), List.of(Map.entry(a.id(), UUID.randomUUID())));

    assertThat(matched).containsExactly(Map.entry(a.id(), newA.id()));
  }
}
