package nl.vakwijzer.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckReportTest {

  private static final Finding ERROR = new Finding(CheckRule.TRAINERS_EMPTY, "trainers", List.of());
  private static final Finding VERB =
      new Finding(CheckRule.OBJECTIVE_NOT_OBSERVABLE, "objectives/LD2", List.of("LD2", "Kent x"));
  private static final Finding TRANSFER =
      new Finding(CheckRule.WORKPLACE_TRANSFER_MISSING, "workplaceTransfer", List.of());

  @Test
  void theIdIsTheRuleAndTheSubject() {
    assertThat(VERB.id()).isEqualTo("OBJECTIVE_NOT_OBSERVABLE@objectives/LD2");
  }

  @Test
  void anyErrorBlocksSubmissionEvenWithExplanations() {
    var report = new CheckReport(List.of(ERROR));
    assertThat(report.isSubmissionAllowed(Map.of(ERROR.id(), "Volgt later."))).isFalse();
  }

  @Test
  void warningsAllowSubmissionOnlyWhenEachHasANonBlankExplanation() {
    var report = new CheckReport(List.of(VERB, TRANSFER));
    assertThat(report.isSubmissionAllowed(Map.of())).isFalse();
    assertThat(report.isSubmissionAllowed(null)).isFalse();
    assertThat(report.isSubmissionAllowed(Map.of(VERB.id(), "Kennisdoel.", TRANSFER.id(), "  ")))
        .isFalse();
    assertThat(report.unexplainedWarnings(Map.of(VERB.id(), "Kennisdoel.")))
        .containsExactly(TRANSFER);
    assertThat(
            report.isSubmissionAllowed(
                Map.of(VERB.id(), "Kennisdoel.", TRANSFER.id(), "Via de werkgever.")))
        .isTrue();
  }

  @Test
  void explanationsOfWarningsThatNoLongerOccurAreStale() {
    var report = new CheckReport(List.of(VERB));
    assertThat(report.staleExplanations(Map.of(VERB.id(), "a", TRANSFER.id(), "b")))
        .containsExactly(TRANSFER.id());
  }

  @Test
  void splitsErrorsFromWarnings() {
    var report = new CheckReport(List.of(VERB, ERROR, TRANSFER));
    assertThat(report.errors()).containsExactly(ERROR);
    assertThat(report.warnings()).containsExactly(VERB, TRANSFER);
  }
}
