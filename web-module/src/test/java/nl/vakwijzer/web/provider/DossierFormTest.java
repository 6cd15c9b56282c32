package nl.vakwijzer.web.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.vakwijzer.catalogue.api.InvalidPostcodeException;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.testing.DossierBuilder;
import org.junit.jupiter.api.Test;

class DossierFormTest {

  @Test
  void aDossierSurvivesTheRoundTripThroughTheForm() {
    ModuleDossier dossier = DossierBuilder.valid().build();

    ModuleDossier back = DossierForm.of(dossier).toDossier();

    assertThat(back).usingRecursiveComparison().ignoringFields("claims").isEqualTo(dossier);
    assertThat(back.claims()).hasSize(1);
    assertThat(back.claims().get(0).competency()).isEqualTo(dossier.claims().get(0).competency());
    assertThat(back.claims().get(0).from().ordinal()).isEqualTo(dossier.claims().get(0).from().ordinal());
    assertThat(back.claims().get(0).to().ordinal()).isEqualTo(dossier.claims().get(0).to().ordinal());
    assertThat(back.claims().get(0).evidence()).isEqualTo(dossier.claims().get(0).evidence());
  }

  @Test
  void linesBecomeListEntriesAndBlankLinesAreDropped() {
    DossierForm form = DossierForm.empty();
    form.setCoreContents("  Verandertaal \n\n OARS\r\n");
    form.setOtherTeachingMethods("Rollenspel met acteur\n");

    ModuleDossier dossier = form.toDossier();

    assertThat(dossier.coreContents()).containsExactly("Verandertaal", "OARS");
    assertThat(dossier.teachingMethods()).singleElement().satisfies(m -> assertThat(m.label()).isEqualTo("Rollenspel met acteur"));
    assertThat(dossier.trainers()).as("the empty trainer row of a new form is no trainer").isEmpty();
    assertThat(dossier.language()).isEqualTo("nl");
  }

  @Test
  void textsAreClippedToTheirLimits() {
    DossierForm form = DossierForm.empty();
    form.setTitle("x".repeat(500));

    assertThat(form.toDossier().title()).hasSize(DossierForm.TITLE_MAX);
  }

  @Test
  void removingAnObjectiveRemovesItFromAssessmentsAndClaims() {
    DossierForm form = DossierForm.of(DossierBuilder.valid().build());

    form.removeObjective(form.getObjectives().get(0));

    assertThat(form.getAssessmentMethods().get(0).getObjectiveIds()).containsExactly("LD2");
    assertThat(form.getClaims().get(0).getObjectiveIds()).isEmpty();
  }

  @Test
  void newRowsGetTheFirstFreeId() {
    assertThat(DossierForm.nextId("LD", List.of("LD1", "LD3"))).isEqualTo("LD2");
    DossierForm form = DossierForm.empty();
    form.addObjective();
    form.addOffering();
    assertThat(form.getObjectives()).extracting(DossierForm.ObjectiveRow::getId).containsExactly("LD1", "LD2");
    assertThat(form.getOfferings()).extracting(DossierForm.OfferingRow::getId).containsExactly("U1");
  }

  @Test
  void anOfferingWithAnInvalidPostcodeIsRefused() {
    DossierForm form = DossierForm.empty();
    form.addOffering();
    form.getOfferings().get(0).setPostcode("12345");
    form.getOfferings().get(0).setMunicipality("Zwolle");

    assertThatThrownBy(form::toDossier).isInstanceOf(InvalidPostcodeException.class);
  }
}
