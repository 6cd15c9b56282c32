package nl.vakwijzer.accreditation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.AccreditationRuleException;
import nl.vakwijzer.accreditation.api.ApplicationAccessException;
import nl.vakwijzer.accreditation.api.AssessmentFramework;
import nl.vakwijzer.accreditation.api.Criterion;
import nl.vakwijzer.accreditation.api.CriterionEdit;
import nl.vakwijzer.accreditation.api.CriterionGroup;
import nl.vakwijzer.accreditation.api.FrameworkVersionStatus;
import nl.vakwijzer.accreditation.api.SubmittedVersion;
import org.junit.jupiter.api.Test;

/** The shipped toetsingskader and its versioning by a beheerder. */
class AssessmentFrameworkServiceTest {

  private static String key(Throwable e) {
    return ((AccreditationException) e).messageKey();
  }

  @Test
  void theShippedFrameworkHasTheDivosaAndTnoCriteriaWithKnockOutsOnTestingAndTrainers() {
    Workflow w = new Workflow();
    AssessmentFramework shipped = w.frameworks.current();
    assertThat(shipped.version()).isEqualTo(1);
    assertThat(shipped.status()).isEqualTo(FrameworkVersionStatus.GEPUBLICEERD);
    assertThat(shipped.criteria()).extracting(Criterion::code).containsExactly(
        "CUR-VISIE", "CUR-DOELEN", "CUR-KERNINHOUD", "CUR-WERKVORM", "CUR-TOETSING", "TRN-KWALIFICATIE",
        "KWB-EVALUATIE", "KWB-VERBETERCYCLUS", "KWB-KLACHTEN", "EFF-ACTIEF", "EFF-REFLECTIE", "EFF-GEDRAG",
        "EFF-OMVANG", "EFF-TRANSFER", "EFF-AANSLUITING");
    assertThat(shipped.criteria()).filteredOn(Criterion::knockOut).extracting(Criterion::code)
        .containsExactly("CUR-TOETSING", "TRN-KWALIFICATIE");
    assertThat(shipped.criteria()).filteredOn(c -> c.group() == CriterionGroup.CURRICULUM).extracting(Criterion::title)
        .containsExactly("Opleidingsvisie", "Doelstellingen", "Kerninhouden", "Werkvormen", "Wijze van toetsing");
    assertThat(shipped.criterion("EFF-ACTIEF").orElseThrow().title()).isEqualTo("Actief leren in plaats van kennisoverdracht");
    assertThat(shipped.criteria()).allSatisfy(c -> {
      assertThat(c.description()).isNotBlank();
      assertThat(c.guidance()).isNotBlank();
    });
  }

  @Test
  void aBeheerderEditsAConceptAndPublishesItWhileRunningApplicationsKeepTheirVersion() {
    Workflow w = new Workflow();
    var running = w.submit();
    assertThatThrownBy(() -> w.frameworks.newConcept(w.lead)).satisfies(e -> assertThat(key(e)).isEqualTo(ApplicationAccessException.NOT_BEHEERDER));

    AssessmentFramework concept = w.frameworks.newConcept(w.coordinator);
    assertThat(concept.version()).isEqualTo(2);
    assertThat(concept.status()).isEqualTo(FrameworkVersionStatus.CONCEPT);
    assertThatThrownBy(() -> w.frameworks.newConcept(w.coordinator))
        .satisfies(e -> assertThat(key(e)).isEqualTo(AccreditationRuleException.FRAMEWORK_CONCEPT_EXISTS));

    concept = w.frameworks.saveCriterion(w.coordinator, concept.id(), concept.revision(), new CriterionEdit("EFF-SAMEN",
        CriterionGroup.EFFECTIVITEIT, "Leren door samenwerking", "Deelnemers leren met en van collega's.", "Zijn er intervisie of"
            + " gezamenlijke opdrachten?", false));
    concept = w.frameworks.saveCriterion(w.coordinator, concept.id(), concept.revision(), new CriterionEdit("KWB-KLACHTEN",
        CriterionGroup.KWALITEITSBORGING, "Klachtenregeling", "Aangescherpt.", "Nieuwe handreiking.", true));
    concept = w.frameworks.removeCriterion(w.coordinator, concept.id(), concept.revision(), "EFF-REFLECTIE");
    AssessmentFramework stale = concept;
    assertThat(concept.criteria()).hasSize(15);
    assertThat(concept.criterion("KWB-KLACHTEN").orElseThrow().knockOut()).isTrue();
    assertThat(concept.criteria().get(concept.criteria().size() - 1).code()).isEqualTo("EFF-SAMEN");
    assertThatThrownBy(() -> w.frameworks.saveCriterion(w.coordinator, stale.id(), stale.revision() - 1,
            new CriterionEdit("EFF-X", CriterionGroup.EFFECTIVITEIT, "X", "", "", false)))
        .satisfies(e -> assertThat(key(e)).isEqualTo(AccreditationRuleException.FRAMEWORK_STALE));
    assertThatThrownBy(() -> w.frameworks.saveCriterion(w.coordinator, stale.id(), stale.revision(),
            new CriterionEdit("fout code", CriterionGroup.EFFECTIVITEIT, "X", "", "", false)))
        .satisfies(e -> assertThat(key(e)).isEqualTo("accreditation.criterion.code.pattern"));

    AssessmentFramework published = w.frameworks.publish(w.coordinator, concept.id(), concept.revision());
    assertThat(published.status()).isEqualTo(FrameworkVersionStatus.GEPUBLICEERD);
    assertThat(w.frameworks.current().id()).isEqualTo(published.id());
    assertThat(w.frameworks.versions()).extracting(AssessmentFramework::status)
        .containsExactly(FrameworkVersionStatus.GEPUBLICEERD, FrameworkVersionStatus.VERVANGEN);
    AssessmentFramework done = published;
    assertThatThrownBy(() -> w.frameworks.saveCriterion(w.coordinator, done.id(), done.revision(),
            new CriterionEdit("EFF-X", CriterionGroup.EFFECTIVITEIT, "X", "", "", false)))
        .satisfies(e -> assertThat(key(e)).isEqualTo(AccreditationRuleException.FRAMEWORK_NOT_CONCEPT));

    // the running application stays on version 1; a new one gets version 2
    assertThat(w.view(running.id()).framework()).isNotEqualTo(published.id());
    var v2 = nl.vakwijzer.catalogue.api.ModuleVersionId.random();
    w.modules.submitted(v2, w.module, w.providerOrg, 2, "Nieuw", List.of(), w.clock.instant());
    assertThat(w.service.receive(new SubmittedVersion(v2, w.module, w.providerOrg, 2, w.clock.instant())).framework())
        .isEqualTo(published.id());
  }
}
