package nl.vakwijzer.accreditation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AuditEntry;
import nl.vakwijzer.accreditation.api.ConcurrentApplicationChangeException;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.DecisionRequest;
import nl.vakwijzer.accreditation.domain.Application;
import nl.vakwijzer.accreditation.infrastructure.JdbcApplicationRepository;
import nl.vakwijzer.accreditation.infrastructure.TransactionMode;
import org.junit.jupiter.api.Test;

/**
 * The race the service's revision check cannot see: two besluitnemers load the same revision and
 * both pass every check; the database's revision condition lets exactly one decision through and
 * the other save changes nothing (not even its audit records).
 */
class ConcurrentDecisionTest {

  @Test
  void twoDecisionsOnTheSameLoadedRevisionStoreExactlyOne() {
    Workflow w = new Workflow();
    ApplicationView advised = w.advised();
    var repository = new JdbcApplicationRepository(w.dataSource, TransactionMode.LOCAL);
    var framework = w.framework();
    Application first = repository.find(advised.id()).orElseThrow();
    Application second = repository.find(advised.id()).orElseThrow();
    Instant now = w.clock.instant();
    first.decide(w.besluitnemer, framework, DecisionRequest.accredit(3, "Eerste besluitnemer."), now);
    second.decide(w.besluitnemer, framework, DecisionRequest.reject("Tweede.", java.util.Map.of("CUR-VISIE", "Vaag.")), now);

    repository.save(first);
    assertThatThrownBy(() -> repository.save(second)).isInstanceOf(ConcurrentApplicationChangeException.class);

    ApplicationView stored = w.view(advised.id());
    assertThat(stored.state()).isEqualTo(ApplicationState.GEACCREDITEERD);
    assertThat(stored.decision().outcome()).isEqualTo(DecisionOutcome.GEACCREDITEERD);
    assertThat(w.service.timeline(w.coordinator, advised.id())).filteredOn(e -> e.action().equals("DECIDED"))
        .singleElement().extracting(AuditEntry::detailsJson).asString().contains("Eerste besluitnemer.");
  }
}
