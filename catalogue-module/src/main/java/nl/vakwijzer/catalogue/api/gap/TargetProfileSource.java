package nl.vakwijzer.catalogue.api.gap;

import java.util.List;
import java.util.Objects;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * Where a target profile comes from (issue 6, item 2).
 *
 * <ul>
 *   <li>{@link FrameworkItem}: a Divosa profile or hoofdtaak (or any item with competencies below
 *       it): expands to the competencies under it, each with its behaviour examples, weight 1, at
 *       {@code requiredLevel} on that framework's scale (0 for a framework without levels).
 *   <li>{@link Competencies}: chosen competencies or tasks (e.g. of the Standaard) at one required
 *       level, weight 1, with their behaviour examples of that level.
 *   <li>{@link Composed}: by hand, competency + level + weight (+ behaviour examples).
 * </ul>
 */
public sealed interface TargetProfileSource {

  record FrameworkItem(ItemId item, int requiredLevel) implements TargetProfileSource {
    public FrameworkItem {
      Objects.requireNonNull(item, "item");
    }
  }

  record Competencies(List<ItemId> items, int requiredLevel) implements TargetProfileSource {
    public Competencies {
      items = List.copyOf(items);
    }
  }

  record Composed(List<TargetCompetency> competencies) implements TargetProfileSource {
    public Composed {
      competencies = List.copyOf(competencies);
    }
  }
}
