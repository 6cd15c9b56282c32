package nl.vakwijzer.catalogue.application;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.testing.TestDatabases;

/**
 * Benchmark (not a test; run by {@code bench/framework-load.sh}): loading every shipped reference
 * framework into an empty, migrated database, on an embedded PostgreSQL 15 with its default
 * (durable) settings. Goal (issue #3): at most 5 s. Prints p50/p95/p99 over the measured runs.
 */
public final class FrameworkLoadBenchmark {
  private FrameworkLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start()) {
      List<Double> millis = new ArrayList<>();
      long items = 0;
      long associations = 0;
      for (int i = 0; i < warmup + runs; i++) {
        String name = "bench_" + i;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("create database " + name);
        }
        DataSource db = postgres.getDatabase("postgres", name);
        TestDatabases.migrate(db);
        DefaultFrameworkService service = FrameworkTestSupport.serviceOn(db);
        long start = System.nanoTime();
        service.loadReferenceFrameworks();
        double elapsed = (System.nanoTime() - start) / 1e6;
        if (i >= warmup) {
          millis.add(elapsed);
        }
        items = FrameworkTestSupport.queryLong(db, "select count(*) from catalogue.framework_item");
        associations = FrameworkTestSupport.queryLong(db, "select count(*) from catalogue.framework_association");
      }
      Collections.sort(millis);
      System.out.printf("framework-load: %d packages, %d items, %d associations; %d warm-up + %d measured runs%n",
          7, items, associations, warmup, runs);
      System.out.printf("framework-load ms: min %.0f  p50 %.0f  p95 %.0f  p99 %.0f  max %.0f (goal <= 5000)%n",
          millis.get(0), pct(millis, 50), pct(millis, 95), pct(millis, 99), millis.get(millis.size() - 1));
      System.out.printf("machine: %s, %d cores, %s, Java %s%n", cpu(), Runtime.getRuntime().availableProcessors(),
          memory(), System.getProperty("java.version"));
    }
  }

  static double pct(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
    } catch (Exception e) {
      return "?";
    }
  }

  private static String memory() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
    } catch (Exception e) {
      return "?";
    }
  }
}
