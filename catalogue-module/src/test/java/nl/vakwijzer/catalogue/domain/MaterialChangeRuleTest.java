package nl.vakwijzer.catalogue.domain;

import static nl.vakwijzer.catalogue.testing.DossierBuilder.SIGNALEREN;
import static nl.vakwijzer.catalogue.testing.DossierBuilder.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.AssessmentMethod;
import nl.vakwijzer.catalogue.api.ChangeConsequence;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimEvidence;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.DossierAspect;
import nl.vakwijzer.catalogue.api.MaterialChangeVerdict;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleSize;
import nl.vakwijzer.catalogue.api.Objective;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OfferingLocation;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.QualityAssurance;
import nl.vakwijzer.catalogue.api.TeachingMethod;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.Trainer;
import nl.vakwijzer.catalogue.api.WorkplaceTransfer;
import nl.vakwijzer.catalogue.testing.DossierBuilder;
import org.junit.jupiter.api.Test;

class MaterialChangeRuleTest {

  private static final ModuleDossier ACCREDITED = DossierBuilder.valid().build();

  private static MaterialChangeVerdict afterChanging(Consumer<DossierBuilder> change) {
    var builder = DossierBuilder.valid();
    change.accept(builder);
    return MaterialChangeRule.compare(ACCREDITED, builder.build());
  }

  @Test
  void anUnchangedDossierNeedsNothing() {
    MaterialChangeVerdict verdict =
        MaterialChangeRule.compare(ACCREDITED, DossierBuilder.valid().build());
    assertThat(verdict.changedAspects()).isEmpty();
    assertThat(verdict.verdict()).isEqualTo(ChangeConsequence.NONE);
    assertThat(verdict.messageKeys()).containsExactly("catalogue.provider.change.verdict.NONE");
  }

  @Test
  void changedClaimsNeedANewAccreditation() {
    var verdict = afterChanging(b -> b.claims = List.of(b.claims.get(0), claim(SIGNALEREN, 1, 2)));
    assertThat(verdict.changedAspects()).containsExactly(DossierAspect.CLAIMS);
    assertThat(verdict.needsAccreditation()).isTrue();
  }

  @Test
  void aRaisedToLevelOrAnotherBehaviourExampleIsAClaimChange() {
    Claim original = ACCREDITED.claims().get(0);
    var verdict =
        afterChanging(
            b ->
                b.claims =
                    List.of(
                        new Claim(
                            original.competency(),
                            original.from(),
                            new nl.vakwijzer.catalogue.api.ClaimLevel(null, 4),
                            original.behaviourExamples(),
                            original.evidence(),
                            false)));
    assertThat(verdict.changedAspects()).containsExactly(DossierAspect.CLAIMS);

    var examples =
        afterChanging(
            b ->
                b.claims =
                    List.of(
                        new Claim(
                            original.competency(),
                            original.from(),
                            original.to(),
                            List.of(),
                            original.evidence(),
                            false)));
    assertThat(examples.changedAspects()).containsExactly(DossierAspect.CLAIMS);
  }

  @Test
  void theHardToLearnFlagIsFrameworkDataNotAProviderChange() {
    Claim original = ACCREDITED.claims().get(0);
    var verdict =
        afterChanging(
            b ->
                b.claims =
                    List.of(
                        new Claim(
                            original.competency(),
                            original.from(),
                            original.to(),
                            original.behaviourExamples(),
                            original.evidence(),
                            true)));
    assertThat(verdict.changedAspects()).isEmpty();
  }

  @Test
  void rewordingAnObjectiveNeedsANewAccreditationButWhitespaceDoesNot() {
    var reworded =
        afterChanging(
            b ->
                b.objectives =
                    List.of(
                        b.objectives.get(0),
                        new Objective("LD2", "De deelnemer signaleert verandertaal.")));
    assertThat(reworded.changedAspects()).containsExactly(DossierAspect.OBJECTIVES);

    var spaced =
        afterChanging(
            b ->
                b.objectives =
                    List.of(
                        new Objective(
                            "LD2", "  De deelnemer  signaleert verandertaal in een klantgesprek. "),
                        b.objectives.get(0)));
    assertThat(spaced.changedAspects()).as("whitespace and order do not count").isEmpty();
  }

  @Test
  void assessmentSizeAndWerkvormenNeedANewAccreditation() {
    assertThat(
            afterChanging(
                    b ->
                        b.assessmentMethods =
                            List.of(
                                new AssessmentMethod(
                                    "T1", "Schriftelijke toets", List.of("LD1", "LD2"))))
                .changedAspects())
        .containsExactly(DossierAspect.ASSESSMENT);
    assertThat(
            afterChanging(
                    b -> b.size = new ModuleSize(new BigDecimal("12"), new BigDecimal("6"), 3, 8))
                .changedAspects())
        .containsExactly(DossierAspect.SIZE);
    assertThat(
            afterChanging(
                    b ->
                        b.teachingMethods =
                            List.of(TeachingMethod.of(TeachingMethodKind.KLASSIKAAL)))
                .changedAspects())
        .containsExactly(DossierAspect.TEACHING_METHODS);
  }

  @Test
  void reorderingIdsOrWritingAmountsDifferentlyIsNoChange() {
    var verdict =
        afterChanging(
            b -> {
              b.assessmentMethods =
                  List.of(
                      new AssessmentMethod(
                          "T1", "Beoordeelde gespreksopname", List.of("LD2", "LD1")));
              b.size = new ModuleSize(new BigDecimal("18.00"), new BigDecimal("6.0"), 3, 8);
              b.prices = new Prices(new BigDecimal("895"), new BigDecimal("7500"));
              b.teachingMethods = new ArrayList<>(b.teachingMethods);
              java.util.Collections.reverse(b.teachingMethods);
            });
    assertThat(verdict.changedAspects()).isEmpty();
  }

  @Test
  void pricesAndOfferingsArePublishedDirectly() {
    var verdict =
        afterChanging(
            b -> {
              b.prices = new Prices(new BigDecimal("945.00"), null);
              b.offerings =
                  List.of(
                      b.offerings.get(0),
                      new Offering(
                          "U2",
                          List.of(LocalDate.of(2027, 9, 6)),
                          OfferingLocation.ONLINE,
                          20,
                          OfferingStatus.PLANNED));
            });
    assertThat(verdict.changedAspects())
        .containsExactly(DossierAspect.PRICES, DossierAspect.OFFERINGS);
    assertThat(verdict.verdict()).isEqualTo(ChangeConsequence.PUBLISH_DIRECTLY);
    assertThat(verdict.messageKeys())
        .containsExactly(
            "catalogue.provider.change.verdict.PUBLISH_DIRECTLY",
            "catalogue.provider.change.aspect.PRICES",
            "catalogue.provider.change.aspect.OFFERINGS");
  }

  @Test
  void movedDatesAndLocationsOfAnOfferingArePublishedDirectly() {
    Offering u1 = ACCREDITED.offerings().get(0);
    var verdict =
        afterChanging(
            b ->
                b.offerings =
                    List.of(
                        new Offering(
                            "U1",
                            List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 15)),
                            OfferingLocation.at("1012 AB", "Amsterdam"),
                            u1.seats(),
                            u1.status())));
    assertThat(verdict.changedAspects())
        .containsExactly(DossierAspect.OFFERING_DATES, DossierAspect.OFFERING_LOCATIONS);
    assertThat(verdict.verdict()).isEqualTo(ChangeConsequence.PUBLISH_DIRECTLY);

    var full =
        afterChanging(
            b ->
                b.offerings =
                    List.of(new Offering("U1", u1.dates(), u1.location(), 0, OfferingStatus.FULL)));
    assertThat(full.changedAspects()).containsExactly(DossierAspect.OFFERINGS);

    var removed = afterChanging(b -> b.offerings = List.of());
    assertThat(removed.changedAspects()).containsExactly(DossierAspect.OFFERINGS);
  }

  @Test
  void aTrainerReplacedByOneWithTheSameQualificationsIsPublishedDirectly() {
    var verdict =
        afterChanging(
            b ->
                b.trainers =
                    List.of(
                        new Trainer(
                            "Bram Jansen",
                            List.of("mint-trainer ", "Master  Sociaal Werk"),
                            "8 jaar trainer",
                            List.of("Registerplein 654321"))));
    assertThat(verdict.changedAspects())
        .containsExactly(DossierAspect.TRAINERS_SAME_QUALIFICATIONS);
    assertThat(verdict.verdict()).isEqualTo(ChangeConsequence.PUBLISH_DIRECTLY);
  }

  @Test
  void aTrainerWithOtherQualificationsNeedsANewAccreditation() {
    var replaced =
        afterChanging(
            b ->
                b.trainers =
                    List.of(
                        new Trainer("Bram Jansen", List.of("Master Sociaal Werk"), "", List.of())));
    assertThat(replaced.changedAspects()).containsExactly(DossierAspect.TRAINER_QUALIFICATIONS);
    assertThat(replaced.needsAccreditation()).isTrue();

    var removed = afterChanging(b -> b.trainers = List.of());
    assertThat(removed.changedAspects()).containsExactly(DossierAspect.TRAINER_QUALIFICATIONS);

    var added =
        afterChanging(
            b -> {
              b.trainers = new ArrayList<>(b.trainers);
              b.trainers.add(
                  new Trainer(
                      "Co-trainer", List.of("Master Sociaal Werk", "MINT-trainer"), "", List.of()));
            });
    assertThat(added.changedAspects())
        .as("a second trainer changes the qualifications taken together")
        .containsExactly(DossierAspect.TRAINER_QUALIFICATIONS);
  }

  @Test
  void theVerdictIsTheMostDemandingConsequence() {
    var verdict =
        afterChanging(
            b -> {
              b.prices = Prices.NONE;
              b.objectives =
                  List.of(b.objectives.get(0), new Objective("LD2", "Benoemt verandertaal."));
            });
    assertThat(verdict.changedAspects())
        .containsExactly(DossierAspect.OBJECTIVES, DossierAspect.PRICES);
    assertThat(verdict.verdict()).isEqualTo(ChangeConsequence.NEEDS_ACCREDITATION);
    assertThat(verdict.aspectsWith(ChangeConsequence.PUBLISH_DIRECTLY))
        .containsExactly(DossierAspect.PRICES);
    assertThat(verdict.messageKeys())
        .containsExactly(
            "catalogue.provider.change.verdict.NEEDS_ACCREDITATION",
            "catalogue.provider.change.aspect.OBJECTIVES",
            "catalogue.provider.change.aspect.PRICES");
  }

  @Test
  void theRemainingFieldsFollowTheirRowInTheTable() {
    assertThat(afterChanging(b -> b.title = "Nieuwe titel").changedAspects())
        .containsExactly(DossierAspect.TITLE_AND_SUMMARY);
    assertThat(afterChanging(b -> b.entryRequirements = "Geen").changedAspects())
        .containsExactly(DossierAspect.TARGET_GROUP);
    assertThat(afterChanging(b -> b.educationalVision = "Anders").changedAspects())
        .containsExactly(DossierAspect.EDUCATIONAL_VISION);
    assertThat(afterChanging(b -> b.coreContents = List.of("OARS-technieken")).changedAspects())
        .containsExactly(DossierAspect.CORE_CONTENTS);
    assertThat(afterChanging(b -> b.workplaceTransfer = WorkplaceTransfer.NONE).changedAspects())
        .containsExactly(DossierAspect.WORKPLACE_TRANSFER);
    assertThat(afterChanging(b -> b.qualityAssurance = QualityAssurance.EMPTY).changedAspects())
        .containsExactly(DossierAspect.QUALITY_ASSURANCE);
    assertThat(afterChanging(b -> b.deliveryMode = DeliveryMode.ONLINE).changedAspects())
        .containsExactly(DossierAspect.DELIVERY_MODE);
    assertThat(afterChanging(b -> b.language = "en").changedAspects())
        .containsExactly(DossierAspect.LANGUAGE);
    assertThat(afterChanging(b -> b.maxGroupSize = 16).changedAspects())
        .containsExactly(DossierAspect.MAX_GROUP_SIZE);
  }

  @Test
  void theTableFollowsTheGaiaRuleFromTheIssue() {
    assertThat(DossierAspect.values())
        .filteredOn(a -> a.consequence() == ChangeConsequence.PUBLISH_DIRECTLY)
        .containsExactlyInAnyOrder(
            DossierAspect.TITLE_AND_SUMMARY,
            DossierAspect.TRAINERS_SAME_QUALIFICATIONS,
            DossierAspect.PRICES,
            DossierAspect.OFFERINGS,
            DossierAspect.OFFERING_DATES,
            DossierAspect.OFFERING_LOCATIONS);
    assertThat(DossierAspect.values())
        .filteredOn(a -> a.consequence() == ChangeConsequence.NEEDS_ACCREDITATION)
        .contains(
            DossierAspect.CLAIMS,
            DossierAspect.OBJECTIVES,
            DossierAspect.ASSESSMENT,
            DossierAspect.SIZE,
            DossierAspect.TEACHING_METHODS,
            DossierAspect.TRAINER_QUALIFICATIONS);
    assertThat(DossierAspect.values())
        .extracting(DossierAspect::consequence)
        .doesNotContain(ChangeConsequence.NONE);
  }

  @Test
  void everyDossierComponentHasARowInTheTableAndEveryRowIsDetected() {
    var componentNames =
        Arrays.stream(ModuleDossier.class.getRecordComponents())
            .map(c -> c.getName())
            .collect(Collectors.toSet());
    var covered =
        Arrays.stream(DossierAspect.values())
            .flatMap(a -> a.components().stream())
            .collect(Collectors.toSet());
    assertThat(covered).isEqualTo(componentNames);

    var detected = new java.util.HashSet<>(MaterialChangeRule.simpleAspectsCovered());
    detected.addAll(
        List.of(
            DossierAspect.TRAINER_QUALIFICATIONS,
            DossierAspect.TRAINERS_SAME_QUALIFICATIONS,
            DossierAspect.OFFERINGS,
            DossierAspect.OFFERING_DATES,
            DossierAspect.OFFERING_LOCATIONS));
    assertThat(detected).containsExactlyInAnyOrder(DossierAspect.values());
  }

  @Test
  void claimEvidenceOrderDoesNotCountButItsContentDoes() {
    Claim original = ACCREDITED.claims().get(0);
    var moreEvidence =
        afterChanging(
            b ->
                b.claims =
                    List.of(
                        new Claim(
                            original.competency(),
                            original.from(),
                            original.to(),
                            original.behaviourExamples(),
                            new ClaimEvidence(
                                List.of("LD2", "LD1"),
                                original.evidence().teachingMethods(),
                                List.of("T1")),
                            false)));
    assertThat(moreEvidence.changedAspects()).containsExactly(DossierAspect.CLAIMS);
  }
}
