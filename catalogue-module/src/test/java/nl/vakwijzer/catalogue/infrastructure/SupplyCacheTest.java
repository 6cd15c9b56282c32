package nl.vakwijzer.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SupplyCache} on a real PostgreSQL: a moved supply revision is loaded by the next use; a use
 * that finds another one updating waits for it, or, when the cache may answer stale, answers the
 * copy it had.
 */
class SupplyCacheTest {
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void migrate() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("catalogue")
        .locations("classpath:db/migration/catalogue").load().migrate();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  /** A copy that only knows its revisions. */
  record Copy(long revision, long safeRevision, int loads) implements SupplyCache.Snapshot {
    @Override
    public Long revisionOf(UUID version) {
      return null;
    }
  }

  /** Counts loads; an update can be held at a latch. */
  static final class Source implements SupplyCache.Source<Copy, Long> {
    final AtomicInteger loads = new AtomicInteger();
    volatile CountDownLatch entered = new CountDownLatch(0);
    volatile CountDownLatch release = new CountDownLatch(0);

    @Override
    public List<Long> load(Connection c, List<UUID> ids) {
      return List.of();
    }

    @Override
    public long revisionOf(Long loaded) {
      return loaded;
    }

    @Override
    public Copy full(List<Long> loaded, long revision, long safeRevision) {
      return new Copy(revision, safeRevision, loads.incrementAndGet());
    }

    @Override
    public Copy with(Copy known, Collection<SupplyCache.Change> changes, List<UUID> reloaded, List<Long> loaded,
        long revision, long safeRevision) {
      entered.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new Copy(revision, safeRevision, loads.incrementAndGet());
    }
  }

  private static void moveRevision() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("insert into catalogue.supply_tombstone (version_id) values (gen_random_uuid())");
    }
  }

  private static Copy current(SupplyCache<Copy, Long> cache) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      return cache.current(c);
    }
  }

  @Test
  void aUseFindingAnUpdateInProgressAnswersTheOldCopyOnlyWhenAllowedTo() throws Exception {
    for (boolean stale : new boolean[] {false, true}) {
      Source source = new Source();
      SupplyCache<Copy, Long> cache = new SupplyCache<>(source, stale);
      Copy first = current(cache);
      assertThat(current(cache)).isSameAs(first);

      moveRevision();
      source.entered = new CountDownLatch(1);
      source.release = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<Copy> updating = pool.submit(() -> current(cache));
        assertThat(source.entered.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Copy> other = pool.submit(() -> current(cache));
        if (stale) {
          // answered at once, from the copy before the change
          assertThat(other.get(30, TimeUnit.SECONDS)).isSameAs(first);
          source.release.countDown();
        } else {
          Thread.sleep(300);
          assertThat(other.isDone()).as("waits for the update").isFalse();
          source.release.countDown();
          assertThat(other.get(30, TimeUnit.SECONDS).revision()).isGreaterThan(first.revision());
        }
        Copy updated = updating.get(30, TimeUnit.SECONDS);
        assertThat(updated.revision()).isGreaterThan(first.revision());
        // once updated, every use gets the new copy
        assertThat(current(cache)).isSameAs(updated);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
