package nl.vakwijzer.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.vakwijzer.catalogue.testing.DossierBuilder;
import org.junit.jupiter.api.Test;

class ModuleDossierTest {

  @Test
  void aConceptMayBeEmpty() {
    var empty =
        new ModuleDossier(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, 0, null, null);
    assertThat(empty.title()).isEmpty();
    assertThat(empty.objectives()).isEmpty();
    assertThat(empty.size()).isEqualTo(ModuleSize.EMPTY);
    assertThat(empty.workplaceTransfer()).isEqualTo(WorkplaceTransfer.NONE);
    assertThat(empty.deliveryMode()).isNull();
  }

  @Test
  void isImmutableAgainstChangesToTheListsItWasBuiltFrom() {
    var builder = DossierBuilder.valid();
    var objectives = new ArrayList<>(builder.objectives);
    builder.objectives = objectives;
    ModuleDossier dossier = builder.build();
    objectives.add(new Objective("LD9", "Benoemt iets."));
    assertThat(dossier.objectives()).hasSize(2);
    assertThatThrownBy(() -> dossier.claims().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesDuplicateIdsBecauseReferencesWouldBeAmbiguous() {
    var builder = DossierBuilder.valid();
    builder.objectives = List.of(new Objective("LD1", "a"), new Objective("LD1", "b"));
    assertThatThrownBy(builder::build).hasMessageContaining("duplicate objective id LD1");

    var methods = DossierBuilder.valid();
    methods.assessmentMethods =
        List.of(
            new AssessmentMethod("T1", "", List.of()), new AssessmentMethod("T1", "", List.of()));
    assertThatThrownBy(methods::build).hasMessageContaining("assessment method");
  }

  @Test
  void aFreeTeachingMethodNeedsALabel() {
    assertThat(TeachingMethod.other(" Rollenspel ").label()).isEqualTo("Rollenspel");
    assertThatThrownBy(() -> TeachingMethod.other(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyClassroomAndELearningCountAsClassroomOrELearning() {
    assertThat(TeachingMethodKind.values())
        .filteredOn(TeachingMethodKind::isClassroomOrELearning)
        .containsExactlyInAnyOrder(TeachingMethodKind.KLASSIKAAL, TeachingMethodKind.E_LEARNING);
  }

  @Test
  void aClaimCountsItsLevelSteps() {
    assertThat(DossierBuilder.claim(DossierBuilder.SIGNALEREN, 1, 3).levelSteps()).isEqualTo(2);
    assertThat(DossierBuilder.claim(DossierBuilder.SIGNALEREN, 2, 2).levelSteps()).isZero();
  }

  @Test
  void transferIsPresentWithAnAssignmentOrAFollowUp() {
    assertThat(WorkplaceTransfer.NONE.isPresent()).isFalse();
    assertThat(new WorkplaceTransfer(List.of(" "), 0).isPresent()).isFalse();
    assertThat(new WorkplaceTransfer(List.of("Opdracht"), 0).isPresent()).isTrue();
    assertThat(new WorkplaceTransfer(List.of(), 6).isPresent()).isTrue();
  }
}
