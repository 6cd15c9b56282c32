package nl.vakwijzer.catalogue.gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random learning-path problems for the brute-force comparison and the benchmark. */
final class RandomPathProblems {
  private RandomPathProblems() {}

  /**
   * {@code persons} people × {@code competencies} competencies on a 3-level scale (below Basis …
   * Vakvolwassen), each person below the required level on about half of them; {@code modules}
   * modules with 1–3 claims each, per-participant prices 150–1,500 and an in-company price for
   * about a third of them.
   */
  static PathProblem generate(long seed, int persons, int competencies, int modules) {
    Random random = new Random(seed);
    double[] weight = new double[competencies];
    int[] required = new int[competencies];
    for (int c = 0; c < competencies; c++) {
      weight[c] = 1 + random.nextInt(3);
      required[c] = 1 + random.nextInt(2);
    }
    // claims[m] = list of {competency, entry, to}
    List<List<int[]>> claims = new ArrayList<>();
    long[] perParticipant = new long[modules];
    long[] inCompany = new long[modules];
    for (int m = 0; m < modules; m++) {
      var list = new ArrayList<int[]>();
      int count = 1 + random.nextInt(3);
      for (int k = 0; k < count; k++) {
        int from = random.nextInt(2);
        int to = from + 1 + random.nextInt(2 - from);
        list.add(new int[] {random.nextInt(competencies), from == 0 ? -1 : from, Math.min(to, 2)});
      }
      claims.add(list);
      perParticipant[m] = (150 + random.nextInt(1351)) * 100L;
      inCompany[m] = random.nextInt(3) == 0 ? perParticipant[m] * (3 + random.nextInt(6)) : -1;
    }
    var unitPerson = new ArrayList<Integer>();
    var unitCurrent = new ArrayList<Integer>();
    var unitRequired = new ArrayList<Integer>();
    var unitWeight = new ArrayList<Double>();
    var unitModules = new ArrayList<int[][]>();
    for (int p = 0; p < persons; p++) {
      for (int c = 0; c < competencies; c++) {
        if (random.nextBoolean()) {
          continue;
        }
        int current = -1 + random.nextInt(required[c] + 1);
        var ms = new ArrayList<int[]>();
        for (int m = 0; m < modules; m++) {
          for (int[] claim : claims.get(m)) {
            if (claim[0] == c && claim[2] > current && claim[1] < required[c]) {
              ms.add(new int[] {m, claim[1], claim[2]});
            }
          }
        }
        unitPerson.add(p);
        unitCurrent.add(current);
        unitRequired.add(required[c]);
        unitWeight.add(weight[c]);
        unitModules.add(ms.toArray(int[][]::new));
      }
    }
    int n = unitPerson.size();
    int[][] module = new int[n][];
    int[][] from = new int[n][];
    int[][] to = new int[n][];
    for (int u = 0; u < n; u++) {
      int[][] ms = unitModules.get(u);
      module[u] = java.util.Arrays.stream(ms).mapToInt(a -> a[0]).toArray();
      from[u] = java.util.Arrays.stream(ms).mapToInt(a -> a[1]).toArray();
      to[u] = java.util.Arrays.stream(ms).mapToInt(a -> a[2]).toArray();
    }
    return new PathProblem(persons, modules, unitPerson.stream().mapToInt(Integer::intValue).toArray(),
        unitCurrent.stream().mapToInt(Integer::intValue).toArray(),
        unitRequired.stream().mapToInt(Integer::intValue).toArray(),
        unitWeight.stream().mapToDouble(Double::doubleValue).toArray(), module, from, to, perParticipant, inCompany);
  }
}
