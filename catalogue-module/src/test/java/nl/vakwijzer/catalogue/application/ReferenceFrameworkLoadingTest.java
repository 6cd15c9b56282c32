package nl.vakwijzer.catalogue.application;

import static nl.vakwijzer.catalogue.application.FrameworkTestSupport.queryLong;
import static nl.vakwijzer.catalogue.application.FrameworkTestSupport.serviceOn;
import static nl.vakwijzer.catalogue.application.FrameworkTestSupport.tableSizes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.ImportResult;
import nl.vakwijzer.catalogue.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class ReferenceFrameworkLoadingTest {
  private static final Logger LOG = Logger.getLogger(ReferenceFrameworkLoadingTest.class.getName());

  private final DataSource db = TestDatabases.migrated();
  private final DefaultFrameworkService service = serviceOn(db);

  @Test
  void loadsEveryShippedPackageIntoAnEmptyDatabaseWellUnderFiveSeconds() {
    long start = System.nanoTime();
    List<ImportResult> results = service.loadReferenceFrameworks();
    long millis = (System.nanoTime() - start) / 1_000_000;
    LOG.info(() -> "Loaded all reference frameworks into an empty database in " + millis + " ms");

    assertThat(results)
        .extracting(ImportResult::code)
        .containsExactly("PICOMPANY", "SV", "BEROEPSPROFIEL", "DIVOSA", "LEERBAARHEID", "MBO", "CROSSWALK");
    assertThat(results).allSatisfy(r -> {
      assertThat(r.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
      assertThat(r.status()).isEqualTo(FrameworkStatus.GEPUBLICEERD);
      assertThat(r.warnings()).isEmpty();
    });
    assertThat(millis).isLessThan(5_000);
    assertThat(queryLong(db, "select count(*) from catalogue.framework where reference and status = 'GEPUBLICEERD'"))
        .isEqualTo(7);
    assertThat(queryLong(db, "select count(*) from catalogue.framework_item")).isEqualTo(49 + 228 + 90 + 420 + 18 + 75);
    assertThat(queryLong(db, "select count(*) from catalogue.framework_association"))
        .isEqualTo(43 + 461 + 52 + 471 + 23 + 82 + 40);
  }

  @Test
  void loadingAgainChangesNothing() {
    service.loadReferenceFrameworks();
    String before = tableSizes(db);
    long hashBefore = queryLong(db, "select sum(hashtext(content_hash || created_at::text)) from catalogue.framework");

    List<ImportResult> again = service.loadReferenceFrameworks();

    assertThat(again).extracting(ImportResult::outcome).containsOnly(ImportResult.Outcome.UNCHANGED);
    assertThat(tableSizes(db)).isEqualTo(before);
    assertThat(queryLong(db, "select sum(hashtext(content_hash || created_at::text)) from catalogue.framework"))
        .isEqualTo(hashBefore);
  }
}
