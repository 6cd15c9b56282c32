package nl.vakwijzer.catalogue.gap;

import java.util.Arrays;

/**
 * The learning-path problem in arrays, and its evaluation for a selection of modules.
 *
 * <p>A <em>unit</em> is one person's gap on one competency: from level L to required level R, with
 * the competency's weight. Each unit has the intervals of the modules' matching claims (entry level
 * and to-level, see {@link Bridging}). Modules are indexed in "cheapest unit price first" order,
 * which is also the tie-break when two selected modules reach equally far.
 *
 * <p><b>Who follows what</b> for a selection: per unit, starting at L, the person repeatedly takes
 * the selected module whose claim applies at their current level (entry ≤ current &lt; to) and
 * reaches highest, until R is reached or nothing applies; so modules chain (Basis → Vakbekwaam, then
 * Vakbekwaam → Vakvolwassen). A person follows every module they take for some competency, once.
 * <b>Coverage</b> is the weighted sum of steps closed; <b>cost</b> is the sum over the selected
 * modules of {@link GapCosts#groupCost} for their participants (0 for a module nobody takes).
 *
 * <p>Not thread-safe: evaluation reuses scratch arrays.
 */
final class PathProblem {
  final int persons;
  final int modules;
  final int[] unitPerson;
  final int[] unitCurrent;
  final int[] unitRequired;
  final double[] unitWeight;
  final int[][] unitModule;
  final int[][] unitFrom;
  final int[][] unitTo;
  /** groupCost[m][n] in cents for n participants ({@link GapCosts#groupCost}); every module has a price. */
  final long[][] groupCost;
  /** Per-participant and in-company prices in cents, -1 when absent. */
  final long[] perParticipant;
  final long[] inCompany;

  private final int[] count;
  private final int[] mark;

  /** Results of the last {@link #evaluate}. */
  double coverage;
  int steps;
  long cost;

  PathProblem(int persons, int modules, int[] unitPerson, int[] unitCurrent, int[] unitRequired, double[] unitWeight,
      int[][] unitModule, int[][] unitFrom, int[][] unitTo, long[] perParticipant, long[] inCompany) {
    this.persons = persons;
    this.modules = modules;
    this.unitPerson = unitPerson;
    this.unitCurrent = unitCurrent;
    this.unitRequired = unitRequired;
    this.unitWeight = unitWeight;
    this.unitModule = unitModule;
    this.unitFrom = unitFrom;
    this.unitTo = unitTo;
    this.perParticipant = perParticipant;
    this.inCompany = inCompany;
    this.groupCost = new long[modules][persons + 1];
    for (int m = 0; m < modules; m++) {
      for (int n = 1; n <= persons; n++) {
        long open = perParticipant[m] < 0 ? Long.MAX_VALUE : perParticipant[m] * n;
        long group = inCompany[m] < 0 ? Long.MAX_VALUE : inCompany[m];
        groupCost[m][n] = Math.min(open, group);
      }
    }
    this.count = new int[modules];
    this.mark = new int[modules];
  }

  int units() {
    return unitPerson.length;
  }

  /** Coverage, steps and cost of a selection (units must be grouped by person). */
  void evaluate(boolean[] selected) {
    Arrays.fill(count, 0);
    Arrays.fill(mark, -1);
    double cov = 0;
    int closedSteps = 0;
    for (int u = 0; u < unitPerson.length; u++) {
      int person = unitPerson[u];
      int reached = reach(u, selected, person);
      closedSteps += reached - unitCurrent[u];
      cov += (reached - unitCurrent[u]) * unitWeight[u];
    }
    long total = 0;
    for (int m = 0; m < modules; m++) {
      total += groupCost[m][count[m]];
    }
    coverage = cov;
    steps = closedSteps;
    cost = total;
  }

  /** Coverage only (no participants, no cost); the level each unit reaches goes to {@code reached}. */
  double coverage(boolean[] selected, int[] reached) {
    double cov = 0;
    for (int u = 0; u < unitPerson.length; u++) {
      reached[u] = reach(u, selected, -1);
      cov += (reached[u] - unitCurrent[u]) * unitWeight[u];
    }
    return cov;
  }

  /** The level unit {@code u} reaches; counts participants when {@code person} ≥ 0. */
  private int reach(int u, boolean[] selected, int person) {
    int current = unitCurrent[u];
    int required = unitRequired[u];
    int[] ms = unitModule[u];
    int[] from = unitFrom[u];
    int[] to = unitTo[u];
    while (current < required) {
      int bestTo = current;
      int best = -1;
      for (int k = 0; k < ms.length; k++) {
        if (selected[ms[k]] && from[k] <= current && to[k] > bestTo) {
          bestTo = to[k];
          best = ms[k];
        }
      }
      if (best < 0) {
        break;
      }
      if (person >= 0 && mark[best] != person) {
        mark[best] = person;
        count[best]++;
      }
      current = Math.min(bestTo, required);
    }
    return current;
  }

  /** Whether some person would take module {@code m} under the selection (which must include it). */
  boolean taken(int m, boolean[] selected) {
    for (int u = 0; u < unitPerson.length; u++) {
      int current = unitCurrent[u];
      boolean relevant = false;
      for (int k = 0; k < unitModule[u].length && !relevant; k++) {
        relevant = unitModule[u][k] == m;
      }
      while (relevant && current < unitRequired[u]) {
        int bestTo = current;
        int best = -1;
        for (int k = 0; k < unitModule[u].length; k++) {
          if (selected[unitModule[u][k]] && unitFrom[u][k] <= current && unitTo[u][k] > bestTo) {
            bestTo = unitTo[u][k];
            best = unitModule[u][k];
          }
        }
        if (best < 0) {
          break;
        }
        if (best == m) {
          return true;
        }
        current = Math.min(bestTo, unitRequired[u]);
      }
    }
    return false;
  }

  /** For a selection: per unit the modules taken, in order (for the result). */
  int[][] taken(boolean[] selected) {
    int[][] result = new int[unitPerson.length][];
    for (int u = 0; u < unitPerson.length; u++) {
      int current = unitCurrent[u];
      int[] trail = new int[0];
      while (current < unitRequired[u]) {
        int bestTo = current;
        int best = -1;
        for (int k = 0; k < unitModule[u].length; k++) {
          if (selected[unitModule[u][k]] && unitFrom[u][k] <= current && unitTo[u][k] > bestTo) {
            bestTo = unitTo[u][k];
            best = unitModule[u][k];
          }
        }
        if (best < 0) {
          break;
        }
        trail = Arrays.copyOf(trail, trail.length + 1);
        trail[trail.length - 1] = best;
        current = Math.min(bestTo, unitRequired[u]);
      }
      result[u] = trail;
    }
    return result;
  }

  /** The level each unit reaches under a selection. */
  int[] reached(boolean[] selected) {
    int[] result = new int[unitPerson.length];
    for (int u = 0; u < unitPerson.length; u++) {
      result[u] = reach(u, selected, -1);
    }
    return result;
  }
}
