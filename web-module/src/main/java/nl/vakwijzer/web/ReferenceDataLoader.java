package nl.vakwijzer.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.ImportResult;

/**
 * Loads the sector's reference frameworks (shipped CASE packages) after the migrations, on every
 * start: unchanged packages are skipped, so this is cheap after the first start.
 */
@Singleton
@Startup
@DependsOn("DataSourceConfiguration")
public class ReferenceDataLoader {
  private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());

  @Inject FrameworkService frameworks;

  @PostConstruct
  void load() {
    long start = System.nanoTime();
    var results = frameworks.loadReferenceFrameworks();
    long loaded = results.stream().filter(r -> r.outcome() != ImportResult.Outcome.UNCHANGED).count();
    LOG.info(() -> String.format("Reference frameworks: %d package(s), %d loaded, in %d ms",
        results.size(), loaded, (System.nanoTime() - start) / 1_000_000));
  }
}
