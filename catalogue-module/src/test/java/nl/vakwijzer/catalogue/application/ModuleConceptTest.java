package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CheckRule;
import nl.vakwijzer.catalogue.api.ClaimEvidence;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ClaimOptions;
import nl.vakwijzer.catalogue.api.ConcurrentModuleChangeException;
import nl.vakwijzer.catalogue.api.Finding;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleSummary;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.catalogue.api.TeachingMethod;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import nl.vakwijzer.catalogue.api.UnknownModuleException;
import nl.vakwijzer.catalogue.testing.DossierBuilder;
import org.junit.jupiter.api.Test;

/** Concepts: created, read, saved with optimistic locking, copied, deleted; claim options; the live check. */
class ModuleConceptTest {
  private final ModuleTestSupport t = new ModuleTestSupport();
  private final Actor provider = t.provider();

  @Test
  void createsAModuleWithConceptVersionOneAndItsClaimRows() {
    ModuleDossier dossier = t.dossier();

    ModuleVersion created = t.modules.create(provider, dossier);

    assertThat(created.number()).isEqualTo(1);
    assertThat(created.status()).isEqualTo(ModuleVersionStatus.CONCEPT);
    assertThat(created.isEditable()).isTrue();
    assertThat(created.provider()).isEqualTo(provider.organisation());
    assertThat(created.providerName()).startsWith("Opleider ");
    assertThat(created.dossier()).isEqualTo(dossier);
    assertThat(created.revision()).isZero();
    assertThat(created.createdAt()).isEqualTo(ModuleTestSupport.START);
    assertThat(t.modules.version(provider, created.id())).isEqualTo(created);
    assertThat(t.modules.versions(provider, created.module())).containsExactly(created);
    assertThat(t.count("select count(*) from catalogue.module_claim where version_id = ? and framework_code = 'SV'"
        + " and cardinality(behaviour_example_ids) = 1", created.id().value())).isEqualTo(2);
  }

  @Test
  void savesAConceptAndRaisesItsRevision() {
    ModuleVersion created = t.modules.create(provider, t.dossier());
    DossierBuilder changed = t.validDossier();
    changed.title = "Motiverende gespreksvoering, verdieping";
    changed.claims.remove(1);
    t.clock.set(ModuleTestSupport.START.plus(Duration.ofHours(1)));

    ModuleVersion saved = t.modules.saveConcept(provider, created.id(), created.revision(), changed.build(),
        Map.of("CONTACT_HOURS_TOO_FEW@size", "Veel zelfstudie.", "X@y", " "));

    assertThat(saved.revision()).isEqualTo(created.revision() + 1);
    assertThat(saved.dossier().title()).isEqualTo("Motiverende gespreksvoering, verdieping");
    assertThat(saved.explanations()).containsOnlyKeys("CONTACT_HOURS_TOO_FEW@size");
    assertThat(saved.updatedAt()).isEqualTo(ModuleTestSupport.START.plus(Duration.ofHours(1)));
    assertThat(t.count("select count(*) from catalogue.module_claim where version_id = ?", saved.id().value()))
        .isEqualTo(1);
    assertThat(t.count("select count(*) from catalogue.module_version where title = ? and id = ?", changed.title,
        saved.id().value())).isEqualTo(1);
  }

  @Test
  void theSecondOfTwoColleaguesSavingTheSameRevisionIsRefusedAndTheFirstKeepsHisData() {
    ModuleVersion read = t.modules.create(provider, t.dossier());
    Actor colleague = t.colleagueOf(provider);
    DossierBuilder first = t.validDossier();
    first.title = "Versie van Anna";
    DossierBuilder second = t.validDossier();
    second.title = "Versie van Bram";

    t.modules.saveConcept(provider, read.id(), read.revision(), first.build(), Map.of());

    assertThatThrownBy(() -> t.modules.saveConcept(colleague, read.id(), read.revision(), second.build(), Map.of()))
        .isInstanceOf(ConcurrentModuleChangeException.class)
        .hasFieldOrPropertyWithValue("messageKey", ConcurrentModuleChangeException.KEY)
        .satisfies(e -> assertThat(((ConcurrentModuleChangeException) e).arguments())
            .containsExactly("Versie van Anna"));
    ModuleVersion stored = t.modules.version(colleague, read.id());
    assertThat(stored.dossier().title()).isEqualTo("Versie van Anna");
    assertThat(stored.revision()).isEqualTo(read.revision() + 1);
  }

  @Test
  void htmlAndScriptAreStoredVerbatim() {
    DossierBuilder b = t.validDossier();
    b.title = "<script>alert('x')</script>";
    b.summary = "<b>vet</b> & \"quotes\" <img src=x onerror=alert(1)>";

    ModuleVersion created = t.modules.create(provider, b.build());

    ModuleVersion read = t.modules.version(provider, created.id());
    assertThat(read.dossier().title()).isEqualTo("<script>alert('x')</script>");
    assertThat(read.dossier().summary()).isEqualTo("<b>vet</b> & \"quotes\" <img src=x onerror=alert(1)>");
    assertThat(t.modules.modules(provider)).extracting(ModuleSummary::title)
        .containsExactly("<script>alert('x')</script>");
  }

  @Test
  void listsTheOrganisationsModulesNewestChangeFirstWithActionNeededForConcepts() {
    ModuleVersion older = t.modules.create(provider, t.dossier());
    t.clock.set(ModuleTestSupport.START.plus(Duration.ofMinutes(5)));
    DossierBuilder b = t.validDossier();
    b.title = "Tweede module";
    ModuleVersion newer = t.modules.create(provider, b.build());
    t.modules.create(t.provider(), t.dossier());

    List<ModuleSummary> list = t.modules.modules(provider);

    assertThat(list).extracting(ModuleSummary::id).containsExactly(newer.module(), older.module());
    ModuleSummary first = list.get(0);
    assertThat(first.title()).isEqualTo("Tweede module");
    assertThat(first.latestVersion()).isEqualTo(newer.id());
    assertThat(first.latestNumber()).isEqualTo(1);
    assertThat(first.latestStatus()).isEqualTo(ModuleVersionStatus.CONCEPT);
    assertThat(first.claimCount()).isEqualTo(2);
    assertThat(first.accreditedVersion()).isNull();
    assertThat(first.actionNeeded()).isTrue();
    assertThat(t.modules.modules(t.beheerder())).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void copiesAModuleWithANewTitleWithoutOfferings() {
    ModuleVersion source = t.modules.create(provider, t.dossier());

    ModuleVersion copy = t.modules.copyModule(provider, source.module(), "Kopie: gespreksvoering");

    assertThat(copy.module()).isNotEqualTo(source.module());
    assertThat(copy.number()).isEqualTo(1);
    assertThat(copy.status()).isEqualTo(ModuleVersionStatus.CONCEPT);
    assertThat(copy.basedOn()).isEqualTo(source.id());
    assertThat(copy.dossier().title()).isEqualTo("Kopie: gespreksvoering");
    assertThat(copy.dossier().offerings()).isEmpty();
    assertThat(copy.dossier().claims()).isEqualTo(source.dossier().claims());
    assertThat(copy.dossier().objectives()).isEqualTo(source.dossier().objectives());
    assertThat(t.modules.modules(provider)).hasSize(2);
  }

  @Test
  void deletesAConceptAndTheModuleWithIt() {
    ModuleVersion created = t.modules.create(provider, t.dossier());

    assertThatThrownBy(() -> t.modules.deleteConcept(provider, created.id(), created.revision() + 7))
        .isInstanceOf(ConcurrentModuleChangeException.class);
    t.modules.deleteConcept(provider, created.id(), created.revision());

    assertThat(t.modules.modules(provider)).isEmpty();
    assertThat(t.count("select count(*) from catalogue.module where organisation_id = ?",
        provider.organisation().value())).isZero();
    assertThatThrownBy(() -> t.modules.version(provider, created.id())).isInstanceOf(UnknownModuleException.class);
  }

  @Test
  void claimOptionsOfAStandaardCompetencyAreItsThreeLevelsAndIndicators() {
    ClaimOptions options = t.modules.claimOptions(t.item("SV.C1"));

    assertThat(options.competency().humanCode()).isEqualTo("SV.C1");
    assertThat(options.frameworkCode()).isEqualTo("SV");
    assertThat(options.levels()).extracting(ItemSummary::label).containsExactly("Basis", "Vakbekwaam", "Vakvolwassen");
    assertThat(options.behaviourExamples()).isNotEmpty()
        .allSatisfy(i -> assertThat(i.humanCode()).startsWith("SV.C1."));
    assertThat(options.behaviourExamples()).extracting(ItemSummary::position).isSorted();
    assertThat(options.behaviourExamples().get(0).humanCode()).isEqualTo("SV.C1.BASIS.1");
    assertThat(options.hardToLearn()).isFalse();
  }

  @Test
  void aDivosaCompetencyFallsBackToItsFrameworksScaleAndIsHardToLearnThroughItsDictionaryEntry() {
    ClaimOptions options = t.modules.claimOptions(t.item("DIV.INK.HT3.INTEGRITEIT"));

    assertThat(options.frameworkCode()).isEqualTo("DIVOSA");
    assertThat(options.levels()).hasSize(6);
    assertThat(options.levels()).extracting(i -> Integer.parseInt(i.extension("scaleValue").orElseThrow())).isSorted();
    assertThat(options.behaviourExamples()).isNotEmpty()
        .allSatisfy(i -> assertThat(i.humanCode()).startsWith("DIV.INK.HT3.INTEGRITEIT."));
    assertThat(options.hardToLearn()).isTrue();
    assertThat(t.modules.claimOptions(t.item("PIC.INTEGRITEIT")).hardToLearn()).isTrue();
    assertThat(t.modules.claimOptions(t.item("PIC.INTEGRITEIT")).levels()).isEmpty();
  }

  @Test
  void claimOptionsRefuseUnknownItemsAndItemsThatAreNoCompetency() {
    assertThatThrownBy(() -> t.modules.claimOptions(ItemId.of("00000000-0000-4000-8000-000000000000")))
        .isInstanceOf(UnknownItemException.class);
    assertThatThrownBy(() -> t.modules.claimOptions(t.item("SV.T1"))).isInstanceOf(UnknownItemException.class);
  }

  @Test
  void theLiveCheckTakesHardToLearnFromTheFrameworksWhateverTheCallerSet() {
    DossierBuilder b = t.validDossier();
    var hard = t.claim("DIV.INK.HT3.INTEGRITEIT", 0, 1, TeachingMethod.of(TeachingMethodKind.KLASSIKAAL));
    b.claims.add(new nl.vakwijzer.catalogue.api.Claim(hard.competency(), hard.from(), hard.to(),
        hard.behaviourExamples(), hard.evidence(), false));
    var easy = t.claim("SV.C2", 0, 1, TeachingMethod.of(TeachingMethodKind.KLASSIKAAL));
    b.claims.add(new nl.vakwijzer.catalogue.api.Claim(easy.competency(), easy.from(), easy.to(),
        easy.behaviourExamples(), easy.evidence(), true));

    List<Finding> warnings = t.modules.check(b.build()).warnings();

    assertThat(warnings).extracting(Finding::rule).contains(CheckRule.CLAIM_HARD_TO_LEARN_CLASSROOM_ONLY);
    assertThat(warnings).filteredOn(f -> f.rule() == CheckRule.CLAIM_HARD_TO_LEARN_CLASSROOM_ONLY)
        .extracting(Finding::subject).containsExactly("claims/" + hard.competency());
    assertThat(t.modules.check(t.dossier()).findings()).isEmpty();
    ModuleVersion stored = t.modules.create(provider, b.build());
    assertThat(t.modules.check(provider, stored.id()).warnings()).extracting(Finding::rule)
        .contains(CheckRule.CLAIM_HARD_TO_LEARN_CLASSROOM_ONLY);
  }

  @Test
  void aClaimLevelWithoutItemIsStoredByOrdinal() {
    DossierBuilder b = t.validDossier();
    b.claims.clear();
    b.claims.add(new nl.vakwijzer.catalogue.api.Claim(t.item("PIC.INTEGRITEIT"), ClaimLevel.ofOrdinal(0),
        ClaimLevel.ofOrdinal(2), List.of(), new ClaimEvidence(List.of("LD1"), List.of(), List.of("T1")), false));

    ModuleVersion created = t.modules.create(provider, b.build());

    assertThat(t.modules.version(provider, created.id()).dossier().claims().get(0).to()).isEqualTo(ClaimLevel.ofOrdinal(2));
    assertThat(t.count("select count(*) from catalogue.module_claim where version_id = ? and framework_code = 'PICOMPANY'"
        + " and to_ordinal = 2 and to_level_id is null", created.id().value())).isEqualTo(1);
  }

  @Test
  void claimsMustNameACompetencyItsLevelsAndItsOwnBehaviourExamples() {
    var good = t.claim("SV.C1", 0, 1);
    var otherExample = t.claim("SV.C4", 0, 1).behaviourExamples();
    var levels = t.modules.claimOptions(t.item("SV.C1")).levels();
    List<nl.vakwijzer.catalogue.api.Claim> wrong = List.of(
        new nl.vakwijzer.catalogue.api.Claim(ItemId.of("00000000-0000-4000-8000-000000000000"), good.from(), good.to(),
            List.of(), good.evidence(), false),
        new nl.vakwijzer.catalogue.api.Claim(t.item("SV.T1"), good.from(), good.to(), List.of(), good.evidence(), false),
        new nl.vakwijzer.catalogue.api.Claim(good.competency(), good.from(), good.to(), otherExample, good.evidence(), false),
        new nl.vakwijzer.catalogue.api.Claim(good.competency(), new ClaimLevel(levels.get(2).id(), 0), good.to(),
            List.of(), good.evidence(), false),
        new nl.vakwijzer.catalogue.api.Claim(good.competency(), good.from(), ClaimLevel.ofOrdinal(3), List.of(),
            good.evidence(), false));
    ModuleVersion concept = t.modules.create(provider, t.dossier());

    for (var claim : wrong) {
      DossierBuilder b = t.validDossier();
      b.claims.clear();
      b.claims.add(claim);
      assertThatThrownBy(() -> t.modules.create(provider, b.build())).isInstanceOf(UnknownItemException.class);
      assertThatThrownBy(() -> t.modules.saveConcept(provider, concept.id(), concept.revision(), b.build(), Map.of()))
          .isInstanceOf(UnknownItemException.class);
    }
    assertThat(t.modules.modules(provider)).hasSize(1);
    assertThat(t.modules.version(provider, concept.id())).isEqualTo(concept);
  }

  @Test
  void theStoredDossierCarriesTheFrameworksHardToLearnFlags() {
    DossierBuilder b = t.validDossier();
    b.claims.add(t.claim("DIV.INK.HT3.INTEGRITEIT", 0, 1));

    ModuleVersion created = t.modules.create(provider, b.build());

    assertThat(created.dossier().claims()).extracting(nl.vakwijzer.catalogue.api.Claim::hardToLearn)
        .containsExactly(false, false, true);
  }
}
