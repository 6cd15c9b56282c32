package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.AttachmentKind;
import nl.vakwijzer.catalogue.api.CheckRule;
import nl.vakwijzer.catalogue.api.ConcurrentModuleChangeException;
import nl.vakwijzer.catalogue.api.Finding;
import nl.vakwijzer.catalogue.api.ModuleNotEditableException;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.catalogue.api.SubmissionRefusedException;
import nl.vakwijzer.catalogue.api.WorkplaceTransfer;
import nl.vakwijzer.catalogue.api.event.ModuleVersionSubmitted;
import nl.vakwijzer.catalogue.testing.DossierBuilder;
import org.junit.jupiter.api.Test;

/** Submission: checked again, refused on errors, unexplained warnings or an unapproved provider; then read-only. */
class ModuleSubmitTest {
  private final ModuleTestSupport t = new ModuleTestSupport();
  private final Actor provider = t.provider();

  @Test
  void submitsACleanConceptStoresTheReportMakesItReadOnlyAndFiresAnEvent() {
    ModuleVersion concept = t.modules.create(provider, t.dossier());

    ModuleVersion submitted = t.modules.submit(provider, concept.id(), concept.revision());

    assertThat(submitted.status()).isEqualTo(ModuleVersionStatus.INGEDIEND);
    assertThat(submitted.isEditable()).isFalse();
    assertThat(submitted.submittedAt()).isEqualTo(ModuleTestSupport.START);
    assertThat(submitted.revision()).isGreaterThan(concept.revision());
    assertThat(t.count("select count(*) from catalogue.module_version where id = ? and check_report = '[]'::jsonb",
        concept.id().value())).isEqualTo(1);
    assertThat(t.submitted.fired).containsExactly(new ModuleVersionSubmitted(concept.id(), concept.module(),
        provider.organisation(), 1, ModuleTestSupport.START));
  }

  @Test
  void aSubmittedVersionRefusesEveryChange() {
    ModuleVersion concept = t.modules.create(provider, t.dossier());
    ModuleVersion submitted = t.modules.submit(provider, concept.id(), concept.revision());

    assertThatThrownBy(() -> t.modules.saveConcept(provider, submitted.id(), submitted.revision(), t.dossier(), Map.of()))
        .isInstanceOf(ModuleNotEditableException.class)
        .hasFieldOrPropertyWithValue("messageKey", ModuleNotEditableException.KEY);
    assertThatThrownBy(() -> t.modules.submit(provider, submitted.id(), submitted.revision()))
        .isInstanceOf(ModuleNotEditableException.class);
    assertThatThrownBy(() -> t.modules.deleteConcept(provider, submitted.id(), submitted.revision()))
        .isInstanceOf(ModuleNotEditableException.class);
    assertThatThrownBy(() -> t.modules.addAttachment(provider, submitted.id(), AttachmentKind.SYLLABUS, "s.pdf",
        ModuleAttachmentTest.pdf())).isInstanceOf(ModuleNotEditableException.class);
    assertThatThrownBy(() -> t.modules.publishDirectly(provider, submitted.id(), submitted.revision()))
        .isInstanceOf(ModuleNotEditableException.class);
    assertThatThrownBy(() -> t.modules.newVersion(provider, submitted.module()))
        .isInstanceOf(ModuleNotEditableException.class);
    assertThat(t.modules.version(provider, submitted.id())).isEqualTo(submitted);
  }

  @Test
  void errorsRefuseSubmissionAndChangeNothing() {
    DossierBuilder b = t.validDossier();
    b.trainers.clear();
    b.educationalVision = " ";
    ModuleVersion concept = t.modules.create(provider, b.build());

    assertThatThrownBy(() -> t.modules.submit(provider, concept.id(), concept.revision()))
        .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
          assertThat(e.messageKey()).isEqualTo(SubmissionRefusedException.KEY);
          assertThat(e.arguments()).containsExactly(2, 0);
          assertThat(e.report().errors()).extracting(Finding::rule)
              .containsExactlyInAnyOrder(CheckRule.TRAINERS_EMPTY, CheckRule.EDUCATIONAL_VISION_EMPTY);
        });
    assertThat(t.modules.version(provider, concept.id())).isEqualTo(concept);
    assertThat(t.submitted.fired).isEmpty();
  }

  @Test
  void unexplainedWarningsRefuseSubmissionExplainedOnesAreKeptStaleOnesDropped() {
    DossierBuilder b = t.validDossier();
    b.workplaceTransfer = WorkplaceTransfer.NONE;
    ModuleVersion concept = t.modules.create(provider, b.build());

    assertThatThrownBy(() -> t.modules.submit(provider, concept.id(), concept.revision()))
        .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
          assertThat(e.arguments()).containsExactly(0, 1);
          assertThat(e.report().warnings()).hasSize(1);
        });

    String warning = t.modules.check(provider, concept.id()).warnings().get(0).id();
    ModuleVersion explained = t.modules.saveConcept(provider, concept.id(), concept.revision(), b.build(),
        Map.of(warning, "De transfer zit in de <em>intervisie</em> van de gemeente.", "OLD@gone", "weg"));
    ModuleVersion submitted = t.modules.submit(provider, explained.id(), explained.revision());

    assertThat(submitted.status()).isEqualTo(ModuleVersionStatus.INGEDIEND);
    assertThat(submitted.explanations())
        .isEqualTo(Map.of(warning, "De transfer zit in de <em>intervisie</em> van de gemeente."));
    assertThat(t.count("select jsonb_array_length(check_report) from catalogue.module_version where id = ?",
        concept.id().value())).isEqualTo(1);
  }

  @Test
  void aProviderThatIsNotYetApprovedCannotSubmit() {
    for (String status : List.of("AANGEMELD", "AFGEWEZEN")) {
      Actor waiting = t.provider(status);
      ModuleVersion concept = t.modules.create(waiting, t.dossier());

      assertThatThrownBy(() -> t.modules.submit(waiting, concept.id(), concept.revision()))
          .isInstanceOf(SubmissionRefusedException.class)
          .hasFieldOrPropertyWithValue("messageKey", SubmissionRefusedException.NOT_APPROVED_KEY);
      assertThat(t.modules.version(waiting, concept.id()).status()).isEqualTo(ModuleVersionStatus.CONCEPT);
    }
    assertThat(t.submitted.fired).isEmpty();
  }

  @Test
  void submittingAStaleRevisionIsRefused() {
    ModuleVersion concept = t.modules.create(provider, t.dossier());
    t.modules.saveConcept(t.colleagueOf(provider), concept.id(), concept.revision(), t.dossier(), Map.of());

    assertThatThrownBy(() -> t.modules.submit(provider, concept.id(), concept.revision()))
        .isInstanceOf(ConcurrentModuleChangeException.class);
    assertThat(t.submitted.fired).isEmpty();
  }
}
