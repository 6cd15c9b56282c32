package nl.vakwijzer.catalogue.domain;

import static nl.vakwijzer.catalogue.testing.DossierBuilder.GESPREKSVOERING;
import static nl.vakwijzer.catalogue.testing.DossierBuilder.SIGNALEREN;
import static nl.vakwijzer.catalogue.testing.DossierBuilder.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.AssessmentMethod;
import nl.vakwijzer.catalogue.api.CheckReport;
import nl.vakwijzer.catalogue.api.CheckRule;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimEvidence;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.Finding;
import nl.vakwijzer.catalogue.api.FindingSeverity;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleSize;
import nl.vakwijzer.catalogue.api.Objective;
import nl.vakwijzer.catalogue.api.TeachingMethod;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.WorkplaceTransfer;
import nl.vakwijzer.catalogue.testing.DossierBuilder;
import org.junit.jupiter.api.Test;

class SubmissionCheckTest {

  private static CheckReport check(DossierBuilder builder) {
    return SubmissionCheck.check(builder.build());
  }

  private static List<CheckRule> rules(CheckReport report) {
    return report.findings().stream().map(Finding::rule).toList();
  }

  @Test
  void aCompleteDossierHasNoFindingsAndMayBeSubmitted() {
    CheckReport report = check(DossierBuilder.valid());
    assertThat(report.findings()).isEmpty();
    assertThat(report.isSubmissionAllowed(Map.of())).isTrue();
  }

  @Test
  void anEmptyConceptReportsEveryMissingSection46ElementAsAnError() {
    ModuleDossier empty =
        new ModuleDossier(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, 0, null, null);
    CheckReport report = SubmissionCheck.check(empty);
    assertThat(report.errors())
        .extracting(Finding::rule, Finding::subject)
        .containsExactly(
            tuple(CheckRule.EDUCATIONAL_VISION_EMPTY, "educationalVision"),
            tuple(CheckRule.OBJECTIVES_EMPTY, "objectives"),
            tuple(CheckRule.CORE_CONTENTS_EMPTY, "coreContents"),
            tuple(CheckRule.TEACHING_METHODS_EMPTY, "teachingMethods"),
            tuple(CheckRule.ASSESSMENT_EMPTY, "assessmentMethods"),
            tuple(CheckRule.CLAIMS_EMPTY, "claims"),
            tuple(CheckRule.TRAINERS_EMPTY, "trainers"));
    assertThat(rules(report)).contains(CheckRule.WORKPLACE_TRANSFER_MISSING);
    assertThat(report.isSubmissionAllowed(Map.of())).isFalse();
  }

  @Test
  void aBlankVisionOrOnlyBlankCoreContentsCountAsEmpty() {
    var builder = DossierBuilder.valid();
    builder.educationalVision = "  \n ";
    builder.coreContents = List.of(" ", "");
    assertThat(rules(check(builder)))
        .containsExactly(CheckRule.EDUCATIONAL_VISION_EMPTY, CheckRule.CORE_CONTENTS_EMPTY);
  }

  @Test
  void anObjectiveNoAssessmentMethodCoversIsAnError() {
    var builder = DossierBuilder.valid();
    builder.assessmentMethods = List.of(new AssessmentMethod("T1", "Opname", List.of("LD1")));
    CheckReport report = check(builder);
    assertThat(report.errors())
        .extracting(Finding::rule, Finding::subject, Finding::arguments)
        .containsExactly(tuple(CheckRule.OBJECTIVE_NOT_ASSESSED, "objectives/LD2", List.of("LD2")));
  }

  @Test
  void anAssessmentMethodNamingAnUnknownObjectiveIsAnError() {
    var builder = DossierBuilder.valid();
    builder.assessmentMethods =
        List.of(new AssessmentMethod("T1", "Opname", List.of("LD1", "LD2", "LD7", "LD7")));
    assertThat(check(builder).errors())
        .extracting(Finding::rule, Finding::arguments)
        .containsExactly(tuple(CheckRule.ASSESSMENT_UNKNOWN_OBJECTIVE, List.of("T1", "LD7")));
  }

  @Test
  void anObjectiveWithoutTextIsAnErrorNotAVerbWarning() {
    var builder = DossierBuilder.valid();
    builder.objectives = List.of(builder.objectives.get(0), new Objective("LD2", " "));
    assertThat(rules(check(builder))).containsExactly(CheckRule.OBJECTIVE_TEXT_EMPTY);
  }

  @Test
  void aClaimWithoutObjectiveOrAssessmentIsAnError() {
    var builder = DossierBuilder.valid();
    builder.claims = List.of(withEvidence(ClaimEvidence.NONE));
    CheckReport report = check(builder);
    String subject = "claims/" + GESPREKSVOERING;
    assertThat(report.errors())
        .extracting(Finding::rule, Finding::subject)
        .containsExactly(
            tuple(CheckRule.CLAIM_WITHOUT_OBJECTIVE, subject),
            tuple(CheckRule.CLAIM_WITHOUT_ASSESSMENT, subject));
  }

  @Test
  void aClaimReferringToSomethingTheDossierLacksIsAnError() {
    var builder = DossierBuilder.valid();
    builder.claims =
        List.of(
            withEvidence(
                new ClaimEvidence(
                    List.of("LD1", "LD9"),
                    List.of(TeachingMethod.of(TeachingMethodKind.COACHING)),
                    List.of("T2"))));
    assertThat(check(builder).errors())
        .extracting(Finding::rule, Finding::arguments)
        .containsExactly(
            tuple(CheckRule.CLAIM_UNKNOWN_OBJECTIVE, List.of(GESPREKSVOERING.toString(), "LD9")),
            tuple(CheckRule.CLAIM_UNKNOWN_ASSESSMENT, List.of(GESPREKSVOERING.toString(), "T2")),
            tuple(
                CheckRule.CLAIM_UNKNOWN_TEACHING_METHOD,
                List.of(GESPREKSVOERING.toString(), "COACHING", "")));
  }

  @Test
  void aToLevelNotAboveTheFromLevelIsAnError() {
    var builder = DossierBuilder.valid();
    builder.claims = List.of(claim(GESPREKSVOERING, 2, 2), claim(SIGNALEREN, 3, 1));
    CheckReport report = check(builder);
    assertThat(report.errors())
        .extracting(Finding::rule, Finding::arguments)
        .containsExactly(
            tuple(CheckRule.CLAIM_LEVEL_NOT_RAISED, List.of(GESPREKSVOERING.toString(), 2, 2)),
            tuple(CheckRule.CLAIM_LEVEL_NOT_RAISED, List.of(SIGNALEREN.toString(), 3, 1)));
  }

  @Test
  void claimingACompetencyTwiceIsAnError() {
    var builder = DossierBuilder.valid();
    builder.claims = List.of(claim(SIGNALEREN, 1, 2), claim(SIGNALEREN, 2, 3));
    assertThat(rules(check(builder))).containsExactly(CheckRule.CLAIM_DUPLICATE);
  }

  @Test
  void noTrainerIsAnError() {
    var builder = DossierBuilder.valid();
    builder.trainers = List.of();
    assertThat(check(builder).errors())
        .extracting(Finding::rule)
        .containsExactly(CheckRule.TRAINERS_EMPTY);
  }

  @Test
  void anObjectiveWithoutAnObservableVerbIsAWarningWithItsText() {
    var builder = DossierBuilder.valid();
    builder.objectives =
        List.of(
            builder.objectives.get(0),
            new Objective("LD2", "De deelnemer heeft inzicht in verandertaal."));
    CheckReport report = check(builder);
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings())
        .extracting(Finding::rule, Finding::subject, Finding::arguments)
        .containsExactly(
            tuple(
                CheckRule.OBJECTIVE_NOT_OBSERVABLE,
                "objectives/LD2",
                List.of("LD2", "De deelnemer heeft inzicht in verandertaal.")));
  }

  @Test
  void aHardToLearnCompetencyServedOnlyInClassroomOrOnlineIsAWarning() {
    var builder = DossierBuilder.valid();
    builder.teachingMethods =
        List.of(
            TeachingMethod.of(TeachingMethodKind.KLASSIKAAL),
            TeachingMethod.of(TeachingMethodKind.E_LEARNING));
    builder.claims = List.of(hardToLearn(List.of()));
    assertThat(check(builder).warnings())
        .extracting(Finding::rule, Finding::subject)
        .containsExactly(
            tuple(CheckRule.CLAIM_HARD_TO_LEARN_CLASSROOM_ONLY, "claims/" + GESPREKSVOERING));
  }

  @Test
  void theClaimsOwnWerkvormenDecideWhetherAHardToLearnCompetencyIsServedOnlyInClassroom() {
    var builder = DossierBuilder.valid(); // the module also has training on the job
    builder.claims =
        List.of(hardToLearn(List.of(TeachingMethod.of(TeachingMethodKind.KLASSIKAAL))));
    assertThat(rules(check(builder))).containsExactly(CheckRule.CLAIM_HARD_TO_LEARN_CLASSROOM_ONLY);

    builder.claims = List.of(hardToLearn(List.of()));
    assertThat(check(builder).findings()).as("falls back to the module's werkvormen").isEmpty();

    builder.claims =
        List.of(
            hardToLearn(
                List.of(
                    TeachingMethod.of(TeachingMethodKind.KLASSIKAAL),
                    TeachingMethod.of(TeachingMethodKind.TRAINING_ON_THE_JOB))));
    assertThat(check(builder).findings()).isEmpty();
  }

  @Test
  void anEasyToLearnCompetencyMayBeServedOnlyInClassroom() {
    var builder = DossierBuilder.valid();
    builder.teachingMethods = List.of(TeachingMethod.of(TeachingMethodKind.KLASSIKAAL));
    builder.claims = List.of(claim(GESPREKSVOERING, 1, 2));
    assertThat(check(builder).findings()).isEmpty();
  }

  @Test
  void fewerThanFourContactHoursPerClaimedLevelStepIsAWarning() {
    var builder = DossierBuilder.valid();
    builder.claims = List.of(claim(GESPREKSVOERING, 1, 3), claim(SIGNALEREN, 0, 1));
    builder.size = new ModuleSize(new BigDecimal("11.5"), BigDecimal.ZERO, 2, 4);
    assertThat(check(builder).warnings())
        .extracting(Finding::rule, Finding::subject, Finding::arguments)
        .containsExactly(
            tuple(CheckRule.CONTACT_HOURS_TOO_FEW, "size/contactHours", List.of("11.5", "12", 3)));

    builder.size = new ModuleSize(new BigDecimal("12.0"), BigDecimal.ZERO, 2, 4);
    assertThat(check(builder).findings()).as("exactly four hours per step is enough").isEmpty();
  }

  @Test
  void claimsThatDoNotRaiseTheLevelAddNoContactHourDemand() {
    var builder = DossierBuilder.valid();
    builder.claims = List.of(claim(GESPREKSVOERING, 1, 2), claim(SIGNALEREN, 3, 1));
    builder.size = new ModuleSize(new BigDecimal("4"), BigDecimal.ZERO, 1, 1);
    assertThat(rules(check(builder))).containsExactly(CheckRule.CLAIM_LEVEL_NOT_RAISED);
  }

  @Test
  void noTransferToTheWorkplaceIsAWarning() {
    var builder = DossierBuilder.valid();
    builder.workplaceTransfer = WorkplaceTransfer.NONE;
    assertThat(check(builder).warnings())
        .extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(CheckRule.WORKPLACE_TRANSFER_MISSING, "workplaceTransfer"));

    builder.workplaceTransfer = new WorkplaceTransfer(List.of(), 6);
    assertThat(check(builder).findings()).as("a follow-up meeting is transfer").isEmpty();
  }

  @Test
  void findingIdsAreStableAcrossEditsSoExplanationsSurviveARecheck() {
    var builder = DossierBuilder.valid();
    builder.objectives =
        List.of(builder.objectives.get(0), new Objective("LD2", "Kent de signalen."));
    builder.workplaceTransfer = WorkplaceTransfer.NONE;
    CheckReport first = check(builder);
    var explanations =
        Map.of(
            "OBJECTIVE_NOT_OBSERVABLE@objectives/LD2", "Kennis is hier het doel.",
            "WORKPLACE_TRANSFER_MISSING@workplaceTransfer", "Transfer loopt via de werkgever.");
    assertThat(first.warnings())
        .extracting(Finding::id)
        .containsExactlyElementsOf(explanations.keySet().stream().sorted().toList());
    assertThat(first.isSubmissionAllowed(explanations)).isTrue();

    // editing the text and adding an objective in front changes neither id
    builder.objectives =
        List.of(
            new Objective("LD0", "Benoemt de wet."),
            builder.objectives.get(0),
            new Objective("LD2", "Weet welke signalen er zijn."));
    builder.assessmentMethods =
        List.of(new AssessmentMethod("T1", "Opname", List.of("LD0", "LD1", "LD2")));
    CheckReport second = check(builder);
    assertThat(second.isSubmissionAllowed(explanations)).isTrue();
    assertThat(second.staleExplanations(explanations)).isEmpty();
  }

  @Test
  void everyFindingCarriesItsRulesSeverityAndKey() {
    var builder = DossierBuilder.valid();
    builder.trainers = List.of();
    builder.workplaceTransfer = WorkplaceTransfer.NONE;
    assertThat(check(builder).findings())
        .extracting(Finding::severity, Finding::messageKey)
        .containsExactly(
            tuple(FindingSeverity.ERROR, "catalogue.provider.check.trainers.empty"),
            tuple(FindingSeverity.WARNING, "catalogue.provider.check.workplaceTransfer.missing"));
  }

  private static Claim withEvidence(ClaimEvidence evidence) {
    return new Claim(
        GESPREKSVOERING,
        ClaimLevel.ofOrdinal(1),
        ClaimLevel.ofOrdinal(2),
        List.of(),
        evidence,
        false);
  }

  private static Claim hardToLearn(List<TeachingMethod> teachingMethods) {
    return new Claim(
        GESPREKSVOERING,
        ClaimLevel.ofOrdinal(1),
        ClaimLevel.ofOrdinal(2),
        List.of(),
        new ClaimEvidence(List.of("LD1"), teachingMethods, List.of("T1")),
        true);
  }
}
