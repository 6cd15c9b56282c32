package nl.vakwijzer.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;
import org.junit.jupiter.api.Test;

/** How the Standaard's pages arrange items: the task grid and the cumulative indicators. */
class StandaardViewsTest {
  private static final FrameworkId SV = new FrameworkId(UUID.randomUUID());
  private int position;

  @Test
  void taskGridPutsEachCellAtItsLevelAndDimensionAndLeavesAMissingCellEmpty() {
    ItemSummary task = item("SV.T3", ItemType.TASK, Map.of());
    List<ItemSummary> cells = new ArrayList<>();
    for (String level : List.of("BASIS", "VAKBEKWAAM", "VAKVOLWASSEN")) {
      for (String dimension : List.of("D", "A", "C", "B")) { // any order in, A-D out
        if (!(dimension.equals("A") && level.equals("VAKVOLWASSEN"))) {
          cells.add(item("SV.T3." + level + "." + dimension, ItemType.LEVEL_DESCRIPTOR, Map.of("level", level, "dimension", dimension)));
        }
      }
    }

    TaskGrid grid = TaskGrid.of(task, cells).orElseThrow();

    assertThat(grid.levels()).containsExactly("BASIS", "VAKBEKWAAM", "VAKVOLWASSEN");
    assertThat(grid.rows()).extracting(TaskGrid.Row::dimension).containsExactly("A", "B", "C", "D");
    assertThat(grid.rows().get(0).cells()).extracting(c -> c == null ? null : c.humanCode())
        .containsExactly("SV.T3.BASIS.A", "SV.T3.VAKBEKWAAM.A", null);
    assertThat(grid.rows().get(3).cells().get(2).humanCode()).isEqualTo("SV.T3.VAKVOLWASSEN.D");
  }

  @Test
  void noGridForATaskWithoutLevelCells() {
    ItemSummary task = item("BP.T1", ItemType.TASK, Map.of());
    assertThat(TaskGrid.of(task, List.of(item("BP.T1.1", ItemType.BEHAVIOUR_EXAMPLE, Map.of())))).isEmpty();
    assertThat(TaskGrid.of(task, List.of())).isEmpty();
  }

  @Test
  void indicatorsRequiredAtALevelAreThoseOfThatLevelAndEveryLevelBelow() {
    ItemSummary competency = item("SV.C7", ItemType.COMPETENCY, Map.of());
    List<ItemSummary> indicators =
        List.of(
            indicator("SV.C7.VAKVOLWASSEN.1", "VAKVOLWASSEN"),
            indicator("SV.C7.BASIS.1", "BASIS"),
            indicator("SV.C7.VAKBEKWAAM.1", "VAKBEKWAAM"),
            indicator("SV.C7.BASIS.2", "BASIS"));

    CompetencyLevels levels = CompetencyLevels.of(competency, indicators).orElseThrow();

    assertThat(levels.upTo("BASIS")).extracting(r -> r.indicator().humanCode())
        .containsExactly("SV.C7.BASIS.1", "SV.C7.BASIS.2");
    List<CompetencyLevels.Required> vakbekwaam = levels.upTo("VAKBEKWAAM");
    assertThat(vakbekwaam).extracting(r -> r.indicator().humanCode(), CompetencyLevels.Required::level, CompetencyLevels.Required::introducedHere)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SV.C7.BASIS.1", "BASIS", false),
            org.assertj.core.groups.Tuple.tuple("SV.C7.BASIS.2", "BASIS", false),
            org.assertj.core.groups.Tuple.tuple("SV.C7.VAKBEKWAAM.1", "VAKBEKWAAM", true));
    assertThat(levels.upTo("VAKVOLWASSEN")).hasSize(4);
    assertThat(levels.at("VAKVOLWASSEN")).extracting(ItemSummary::humanCode).containsExactly("SV.C7.VAKVOLWASSEN.1");
    assertThat(levels.levels()).containsExactly("BASIS", "VAKBEKWAAM", "VAKVOLWASSEN");
    assertThat(levels.upTo(null)).isEmpty();
  }

  @Test
  void noIndicatorLevelsForACompetencyWithBehaviourExamples() {
    ItemSummary slot = item("DIV.INK.HT3.INTEGRITEIT", ItemType.COMPETENCY, Map.of());
    assertThat(CompetencyLevels.of(slot, List.of(item("DIV.INK.HT3.INTEGRITEIT.1", ItemType.BEHAVIOUR_EXAMPLE, Map.of()))))
        .isEmpty();
  }

  private ItemSummary indicator(String code, String level) {
    return item(code, ItemType.INDICATOR, Map.of("level", level));
  }

  private ItemSummary item(String code, ItemType type, Map<String, String> extensions) {
    return new ItemSummary(
        new ItemId(UUID.randomUUID()), SV, "SV", code, type, code + " statement", null, ++position, new HashMap<>(extensions));
  }
}
