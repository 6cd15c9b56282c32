package nl.vakwijzer.web.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;

/**
 * A task of the Standaard as the document prints it: columns per level (Basis, Vakbekwaam,
 * Vakvolwassen), rows per dimension (A Attitude, B Behaviour, C Cognition, D Drives), a
 * {@link ItemType#LEVEL_DESCRIPTOR} in each cell; {@code null} where the source has no cell (task 3
 * row A has two).
 */
public record TaskGrid(ItemSummary task, List<String> levels, List<Row> rows) {

  /** One dimension's cells, in the order of {@code levels}. */
  public record Row(String dimension, List<ItemSummary> cells) {}

  public TaskGrid {
    levels = List.copyOf(levels);
    rows = List.copyOf(rows);
  }

  /** The grid of a task from its children; empty when they are not level × dimension cells. */
  static Optional<TaskGrid> of(ItemSummary task, List<ItemSummary> children) {
    List<ItemSummary> cells =
        children.stream()
            .filter(c -> c.type() == ItemType.LEVEL_DESCRIPTOR)
            .filter(c -> c.extension("level").isPresent() && c.extension("dimension").isPresent())
            .toList();
    if (cells.isEmpty()) {
      return Optional.empty();
    }
    List<String> levels = new ArrayList<>(Levels.ORDER);
    cells.stream().map(c -> c.extension("level").orElseThrow()).filter(l -> !levels.contains(l)).distinct().forEach(levels::add);
    TreeSet<String> dimensions = new TreeSet<>(Comparator.naturalOrder());
    cells.forEach(c -> dimensions.add(c.extension("dimension").orElseThrow()));
    Map<String, ItemSummary> byPosition = new LinkedHashMap<>();
    cells.forEach(c -> byPosition.putIfAbsent(c.extension("dimension").orElseThrow() + "|" + c.extension("level").orElseThrow(), c));
    List<Row> rows = new ArrayList<>();
    for (String dimension : dimensions) {
      List<ItemSummary> row = new ArrayList<>();
      for (String level : levels) {
        row.add(byPosition.get(dimension + "|" + level)); // null: no cell in the source
      }
      rows.add(new Row(dimension, java.util.Collections.unmodifiableList(row)));
    }
    return Optional.of(new TaskGrid(task, levels, rows));
  }
}
