package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.domain.GapStore.Need;
import nl.vakwijzer.catalogue.infrastructure.JdbcFrameworkRepository;
import nl.vakwijzer.catalogue.infrastructure.JdbcGapStore;
import org.junit.jupiter.api.Test;

/**
 * The gap search's in-memory supply (JdbcGapStore, migration V11) follows the database: each
 * change that alters what a search may find is seen by the next search, also a change committed
 * after a later one (the supply revision is taken before commit).
 */
class GapSupplyTest {
  private final GapTestSupport t = new GapTestSupport();

  private List<GapCandidate> candidates(JdbcGapStore store, ItemId competency) {
    return store.accreditedCandidates(Set.of(competency.value()), Set.of(new Need(competency.value(), 0))).list();
  }

  private static List<ModuleVersionId> ids(List<GapCandidate> candidates) {
    return candidates.stream().map(GapCandidate::id).toList();
  }

  @Test
  void accreditingEndingAndRenamingAreSeenByTheNextSearch() {
    ItemId planning = t.m.item("SV.C1");
    ModuleVersion first = t.accredited("Plannen met overzicht", new BigDecimal("350"), t.claim("SV.C1", 0, 1));
    // loaded in full on first use
    assertThat(ids(candidates(t.store, planning))).contains(first.id());

    ModuleVersion second = t.accredited("Plannen in de wijk", new BigDecimal("250"), t.claim("SV.C1", 0, 2));
    assertThat(ids(candidates(t.store, planning))).contains(first.id(), second.id());

    t.m.accreditation.end(first.id(), ModuleVersionStatus.GESCHORST);
    assertThat(ids(candidates(t.store, planning))).contains(second.id()).doesNotContain(first.id());

    UUID provider = candidates(t.store, planning).stream().filter(c -> c.id().equals(second.id())).findFirst()
        .orElseThrow().provider().value();
    t.m.execute("update catalogue.organisation set name = ? where id = ?", "Hernoemd Opleidingsbureau " + provider,
        provider);
    assertThat(candidates(t.store, planning)).filteredOn(c -> c.id().equals(second.id())).singleElement()
        .satisfies(c -> assertThat(c.providerName()).isEqualTo("Hernoemd Opleidingsbureau " + provider));

    // a fresh store (another server) loads the same supply in full, here by the start-up preload
    JdbcGapStore other = new JdbcGapStore(t.m.db, JdbcFrameworkRepository.TransactionMode.LOCAL);
    int held = new DefaultGapService(other, t.frameworks, t.m.modules, t.m.clock).preloadSupply();
    assertThat(held).isEqualTo(t.store.supplySize()).isPositive();
    assertThat(ids(candidates(other, planning))).containsExactlyElementsOf(ids(candidates(t.store, planning)));
  }

  @Test
  void aChangeCommittedAfterALaterOneIsNotMissed() throws Exception {
    ItemId planning = t.m.item("SV.C2");
    ModuleVersion late = t.accredited("Organiseren (laat)", new BigDecimal("300"), t.claim("SV.C2", 0, 1));
    t.m.accreditation.end(late.id(), ModuleVersionStatus.GESCHORST);
    assertThat(ids(candidates(t.store, planning))).doesNotContain(late.id());

    try (Connection slow = t.m.db.getConnection()) {
      slow.setAutoCommit(false);
      // takes its supply revision now, commits only after another change has committed and been loaded
      try (PreparedStatement s = slow.prepareStatement(
          "update catalogue.module_version set status = 'GEACCREDITEERD' where id = ?")) {
        s.setObject(1, late.id().value());
        assertThat(s.executeUpdate()).isEqualTo(1);
      }
      ModuleVersion quick = t.accredited("Organiseren (snel)", new BigDecimal("300"), t.claim("SV.C2", 0, 1));
      assertThat(ids(candidates(t.store, planning))).contains(quick.id()).doesNotContain(late.id());
      slow.commit();
    }
    assertThat(ids(candidates(t.store, planning))).contains(late.id());
  }
}
