package nl.vakwijzer.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.search.CatalogueSearchService;

/**
 * After start-up (reference frameworks and demo data loaded), loads what the gap search and the
 * public catalogue search keep in memory, in the background: otherwise the first search after a
 * start waits for it (at 100,000 modules about 25 and 13 seconds, bench/README.md). Start-up itself
 * does not wait, and a failure only means the first search loads it.
 */
@Singleton
@Startup
// a chain, SearchPreloader -> DemoDataLoader -> ReferenceDataLoader -> DataSourceConfiguration:
// Payara's singleton ordering (GlassFish before eclipse-ee4j/glassfish#25762) can report "A depends
// on B and C, C on B" as a cycle, and did so for this bean in some deployments
@DependsOn("DemoDataLoader")
public class SearchPreloader {
  private static final Logger LOG = Logger.getLogger(SearchPreloader.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject GapService gaps;
  @Inject CatalogueSearchService catalogue;

  @PostConstruct
  void start() {
    executor.submit(() -> {
      try {
        long t0 = System.nanoTime();
        int supply = gaps.preloadSupply();
        long t1 = System.nanoTime();
        int index = catalogue.preload();
        long t2 = System.nanoTime();
        LOG.info(() -> String.format("Search data preloaded: gap supply %d versions in %d ms, catalogue index %d"
            + " versions in %d ms", supply, (t1 - t0) / 1_000_000, index, (t2 - t1) / 1_000_000));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Preloading the search data failed; the first search loads it", e);
      }
    });
  }
}
