package nl.vakwijzer.catalogue.api.gap;

import java.math.BigDecimal;
import java.util.List;
import nl.vakwijzer.catalogue.api.ModuleVersionId;

/**
 * A learning path (leerroute): the modules to buy, who follows what, the total cost, what remains
 * uncovered, and which solver produced it.
 *
 * <p>{@code stepsNeeded}/{@code stepsClosed} count person-level-steps; {@code weightedNeeded}/
 * {@code weightedClosed} weigh each step by its competency's weight (what the solvers optimise).
 * {@code notCostable} lists helpful candidates left out because they have no price (on request).
 * {@code comparison} is present when both solvers ran.
 */
public record LearningPath(
    List<PathModule> modules,
    List<PersonPlan> people,
    BigDecimal totalCost,
    int stepsNeeded,
    int stepsClosed,
    double weightedNeeded,
    double weightedClosed,
    List<UncoveredGap> uncovered,
    String solver,
    List<ModuleVersionId> notCostable,
    SolverComparison comparison) {
  public static final String GREEDY = "GREEDY";
  public static final String EXACT = "EXACT";

  public LearningPath {
    modules = List.copyOf(modules);
    people = List.copyOf(people);
    uncovered = List.copyOf(uncovered);
    notCostable = List.copyOf(notCostable);
  }
}
