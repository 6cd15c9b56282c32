package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.AttachmentKind;
import nl.vakwijzer.catalogue.api.ChangeConsequence;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.DossierAspect;
import nl.vakwijzer.catalogue.api.IllegalModuleTransitionException;
import nl.vakwijzer.catalogue.api.MaterialChangeVerdict;
import nl.vakwijzer.catalogue.api.ModuleSummary;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.SubmissionRefusedException;
import nl.vakwijzer.catalogue.api.UnknownModuleException;
import nl.vakwijzer.catalogue.api.event.ModuleVersionPublished;
import nl.vakwijzer.catalogue.testing.DossierBuilder;
import org.junit.jupiter.api.Test;

/** Accreditation transitions, new versions of an accredited module, the material-change rule and direct publication. */
class ModuleLifecycleTest {
  private static final LocalDate UNTIL = LocalDate.of(2029, 12, 31);
  private final ModuleTestSupport t = new ModuleTestSupport();
  private final Actor provider = t.provider();

  private ModuleVersion submitted() {
    ModuleVersion concept = t.modules.create(provider, t.dossier());
    return t.modules.submit(provider, concept.id(), concept.revision());
  }

  private List<AcceptedClaim> acceptedAsClaimed(ModuleVersion version) {
    return version.dossier().claims().stream()
        .map(c -> new AcceptedClaim(c.competency(), c.from(), c.to(), c.behaviourExamples()))
        .toList();
  }

  @Test
  void recordsStagesWhileSubmitted() {
    ModuleVersion submitted = submitted();

    t.accreditation.recordStage(submitted.id(), "IN_BEOORDELING");

    ModuleVersion read = t.modules.version(provider, submitted.id());
    assertThat(read.accreditationStage()).isEqualTo("IN_BEOORDELING");
    assertThat(read.status()).isEqualTo(ModuleVersionStatus.INGEDIEND);
    assertThat(t.modules.modules(provider).get(0).accreditationStage()).isEqualTo("IN_BEOORDELING");
  }

  @Test
  void aReturnedVersionIsAConceptAgainWithANewRevision() {
    ModuleVersion submitted = submitted();

    t.accreditation.returnToProvider(submitted.id());

    ModuleVersion returned = t.modules.version(provider, submitted.id());
    assertThat(returned.status()).isEqualTo(ModuleVersionStatus.CONCEPT);
    assertThat(returned.revision()).isGreaterThan(submitted.revision());
    assertThat(t.modules.saveConcept(provider, returned.id(), returned.revision(), t.dossier(), Map.of()).status())
        .isEqualTo(ModuleVersionStatus.CONCEPT);
    assertThat(t.modules.modules(provider).get(0).actionNeeded()).isTrue();
  }

  @Test
  void accreditsWithAcceptedClaimsAtTheirAcceptedLevels() {
    ModuleVersion submitted = submitted();
    Claim first = submitted.dossier().claims().get(0);
    Claim second = submitted.dossier().claims().get(1);
    // the second claim is accepted one level lower than claimed, the first not at all
    AcceptedClaim lower = new AcceptedClaim(second.competency(), second.from(), ClaimLevel.ofOrdinal(1), List.of());

    t.accreditation.accredit(submitted.id(), UNTIL, List.of(lower));

    ModuleVersion accredited = t.modules.version(provider, submitted.id());
    assertThat(accredited.status()).isEqualTo(ModuleVersionStatus.GEACCREDITEERD);
    assertThat(accredited.accreditedUntil()).isEqualTo(UNTIL);
    assertThat(t.accreditation.acceptedClaims(submitted.id())).containsExactly(lower);
    assertThat(t.count("select count(*) from catalogue.module_claim where competency_id = ? and not accepted"
        + " and version_id = ?", first.competency().value(), submitted.id().value())).isEqualTo(1);
    assertThat(t.count("select count(*) from catalogue.module_claim where competency_id = ? and accepted"
        + " and accepted_to_ordinal = 1 and to_ordinal = 2 and version_id = ?", second.competency().value(),
        submitted.id().value())).isEqualTo(1);
    assertThat(t.count("select count(*) from catalogue.accredited_claim where version_id = ? and competency_id = ?"
        + " and to_ordinal = 1", submitted.id().value(), second.competency().value())).isEqualTo(1);
    assertThat(t.count("select count(*) from catalogue.accredited_claim where organisation_id = ?",
        provider.organisation().value())).isEqualTo(1);
    ModuleSummary summary = t.modules.modules(provider).get(0);
    assertThat(summary.accreditedVersion()).isEqualTo(submitted.id());
    assertThat(summary.accreditedUntil()).isEqualTo(UNTIL);
    assertThat(summary.actionNeeded()).isFalse();
  }

  @Test
  void anAccreditationEndingWithinNinetyDaysNeedsAction() {
    ModuleVersion submitted = submitted();
    t.accreditation.accredit(submitted.id(), LocalDate.of(2027, 4, 10), acceptedAsClaimed(submitted));

    assertThat(t.modules.modules(provider).get(0).actionNeeded()).isTrue();
    t.clock.set(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(t.modules.modules(provider).get(0).actionNeeded()).isFalse();
  }

  @Test
  void rejectsAndEndsAccreditations() {
    ModuleVersion rejected = submitted();
    t.accreditation.reject(rejected.id());
    assertThat(t.modules.version(provider, rejected.id()).status()).isEqualTo(ModuleVersionStatus.AFGEWEZEN);
    assertThat(t.modules.modules(provider).get(0).actionNeeded()).isTrue();
    assertThat(t.accreditation.acceptedClaims(rejected.id())).isEmpty();

    ModuleVersion again = t.modules.newVersion(provider, rejected.module());
    assertThat(again.number()).isEqualTo(2);
    ModuleVersion submittedAgain = t.modules.submit(provider, again.id(), again.revision());
    t.accreditation.accredit(submittedAgain.id(), UNTIL, acceptedAsClaimed(submittedAgain));

    assertThat(t.count("select count(*) from catalogue.accredited_claim where organisation_id = ?",
        provider.organisation().value())).isEqualTo(2);
    t.accreditation.end(submittedAgain.id(), ModuleVersionStatus.GESCHORST);
    assertThat(t.count("select count(*) from catalogue.accredited_claim where organisation_id = ?",
        provider.organisation().value())).isZero();
    assertThat(t.modules.version(provider, submittedAgain.id()).status()).isEqualTo(ModuleVersionStatus.GESCHORST);
    assertThat(t.accreditation.acceptedClaims(submittedAgain.id())).isEmpty();
  }

  @Test
  void anObjectionCanTurnARejectionIntoAnAccreditationAndBack() {
    ModuleVersion version = submitted();
    t.accreditation.reject(version.id());

    t.accreditation.accredit(version.id(), UNTIL, List.of());
    assertThat(t.modules.version(provider, version.id()).status()).isEqualTo(ModuleVersionStatus.GEACCREDITEERD);

    t.accreditation.reject(version.id());
    assertThat(t.modules.version(provider, version.id()).status()).isEqualTo(ModuleVersionStatus.AFGEWEZEN);
    assertThat(t.accreditation.acceptedClaims(version.id())).isEmpty();
    assertThat(t.count("select count(*) from catalogue.accredited_claim where version_id = ?", version.id().value())).isZero();
  }

  @Test
  void illegalTransitionsAreRefusedWithAKey() {
    ModuleVersion concept = t.modules.create(provider, t.dossier());
    ModuleVersionId id = concept.id();

    assertThatThrownBy(() -> t.accreditation.accredit(id, UNTIL, List.of()))
        .isInstanceOf(IllegalModuleTransitionException.class)
        .hasFieldOrPropertyWithValue("messageKey", IllegalModuleTransitionException.KEY);
    assertThatThrownBy(() -> t.accreditation.reject(id)).isInstanceOf(IllegalModuleTransitionException.class);
    assertThatThrownBy(() -> t.accreditation.returnToProvider(id)).isInstanceOf(IllegalModuleTransitionException.class);
    assertThatThrownBy(() -> t.accreditation.recordStage(id, "INTAKE")).isInstanceOf(IllegalModuleTransitionException.class);
    assertThatThrownBy(() -> t.accreditation.end(id, ModuleVersionStatus.VERLOPEN))
        .isInstanceOf(IllegalModuleTransitionException.class);
    ModuleVersion submitted = t.modules.submit(provider, id, concept.revision());
    assertThatThrownBy(() -> t.accreditation.end(id, ModuleVersionStatus.VERLOPEN))
        .isInstanceOf(IllegalModuleTransitionException.class);
    t.accreditation.accredit(id, UNTIL, List.of());
    assertThatThrownBy(() -> t.accreditation.end(id, ModuleVersionStatus.CONCEPT))
        .isInstanceOf(IllegalModuleTransitionException.class);
    assertThatThrownBy(() -> t.accreditation.reject(ModuleVersionId.random())).isInstanceOf(UnknownModuleException.class);
    assertThat(submitted.status()).isEqualTo(ModuleVersionStatus.INGEDIEND);
  }

  @Test
  void practicalChangesArePublishedDirectlyAndCarryTheAccreditationOn() {
    ModuleVersion first = submitted();
    t.accreditation.accredit(first.id(), UNTIL, acceptedAsClaimed(first));
    ModuleVersion concept = t.modules.newVersion(provider, first.module());
    assertThat(t.modules.newVersion(provider, first.module())).isEqualTo(concept);
    assertThat(concept.number()).isEqualTo(2);
    assertThat(concept.basedOn()).isEqualTo(first.id());
    assertThat(concept.dossier()).isEqualTo(first.dossier());
    DossierBuilder b = t.validDossier();
    b.prices = new Prices(new BigDecimal("950.00"), new BigDecimal("7500.00"));

    MaterialChangeVerdict verdict = t.modules.changeVerdict(provider, concept.id(), b.build()).orElseThrow();
    assertThat(verdict.verdict()).isEqualTo(ChangeConsequence.PUBLISH_DIRECTLY);
    assertThat(verdict.changedAspects()).containsExactly(DossierAspect.PRICES);

    ModuleVersion saved = t.modules.saveConcept(provider, concept.id(), concept.revision(), b.build(), Map.of());
    t.clock.set(ModuleTestSupport.START.plusSeconds(60));
    ModuleVersion published = t.modules.publishDirectly(provider, saved.id(), saved.revision());

    assertThat(published.status()).isEqualTo(ModuleVersionStatus.GEACCREDITEERD);
    assertThat(published.accreditedUntil()).isEqualTo(UNTIL);
    assertThat(t.modules.version(provider, first.id()).status()).isEqualTo(ModuleVersionStatus.VERVANGEN);
    assertThat(t.accreditation.acceptedClaims(published.id())).isEqualTo(acceptedAsClaimed(first));
    assertThat(t.published.fired).containsExactly(
        new ModuleVersionPublished(published.id(), first.id(), ModuleTestSupport.START.plusSeconds(60)));
    assertThat(t.modules.modules(provider).get(0).accreditedVersion()).isEqualTo(published.id());

    // the accreditation (of the first version's application) is suspended: it lives on in the published version
    t.accreditation.end(first.id(), ModuleVersionStatus.GESCHORST);
    assertThat(t.modules.version(provider, published.id()).status()).isEqualTo(ModuleVersionStatus.GESCHORST);
    assertThat(t.modules.version(provider, first.id()).status()).isEqualTo(ModuleVersionStatus.VERVANGEN);
  }

  @Test
  void materialChangesAreNotPublishedDirectly() {
    ModuleVersion first = submitted();
    t.accreditation.accredit(first.id(), UNTIL, acceptedAsClaimed(first));
    ModuleVersion concept = t.modules.newVersion(provider, first.module());
    DossierBuilder b = t.validDossier();
    b.claims.remove(1);

    assertThat(t.modules.changeVerdict(provider, concept.id(), b.build()).orElseThrow().needsAccreditation()).isTrue();
    ModuleVersion saved = t.modules.saveConcept(provider, concept.id(), concept.revision(), b.build(), Map.of());

    assertThatThrownBy(() -> t.modules.publishDirectly(provider, saved.id(), saved.revision()))
        .isInstanceOf(SubmissionRefusedException.class)
        .hasFieldOrPropertyWithValue("messageKey", SubmissionRefusedException.NEEDS_ACCREDITATION_KEY);
    assertThat(t.modules.version(provider, first.id()).status()).isEqualTo(ModuleVersionStatus.GEACCREDITEERD);
    assertThat(t.modules.version(provider, saved.id()).status()).isEqualTo(ModuleVersionStatus.CONCEPT);
    assertThat(t.published.fired).isEmpty();

    // a new accreditation of the changed version replaces the old one
    ModuleVersion resubmitted = t.modules.submit(provider, saved.id(), saved.revision());
    t.accreditation.accredit(resubmitted.id(), UNTIL.plusYears(1), acceptedAsClaimed(resubmitted));
    assertThat(t.modules.version(provider, first.id()).status()).isEqualTo(ModuleVersionStatus.VERVANGEN);
    // the old accreditation's expiry leaves the renewed one alone
    t.accreditation.end(first.id(), ModuleVersionStatus.VERLOPEN);
    assertThat(t.modules.version(provider, resubmitted.id()).status()).isEqualTo(ModuleVersionStatus.GEACCREDITEERD);
    assertThat(t.modules.versions(provider, first.module())).extracting(ModuleVersion::status)
        .containsExactly(ModuleVersionStatus.GEACCREDITEERD, ModuleVersionStatus.VERVANGEN);
  }

  @Test
  void withoutAnAccreditedVersionThereIsNoVerdictAndNoDirectPublication() {
    ModuleVersion concept = t.modules.create(provider, t.dossier());

    assertThat(t.modules.changeVerdict(provider, concept.id(), t.dossier())).isEmpty();
    assertThatThrownBy(() -> t.modules.publishDirectly(provider, concept.id(), concept.revision()))
        .isInstanceOf(SubmissionRefusedException.class)
        .hasFieldOrPropertyWithValue("messageKey", SubmissionRefusedException.NOT_ACCREDITED_KEY);
  }

  @Test
  void theNewVersionCopiesAttachments() {
    ModuleVersion concept = t.modules.create(provider, t.dossier());
    t.modules.addAttachment(provider, concept.id(), AttachmentKind.SYLLABUS, "syllabus.pdf", ModuleAttachmentTest.pdf());
    ModuleVersion submitted = t.modules.submit(provider, concept.id(), concept.revision());
    t.accreditation.accredit(submitted.id(), UNTIL, acceptedAsClaimed(submitted));

    ModuleVersion next = t.modules.newVersion(provider, submitted.module());

    assertThat(next.attachments()).singleElement().satisfies(a -> {
      assertThat(a.fileName()).isEqualTo("syllabus.pdf");
      assertThat(a.id()).isNotEqualTo(submitted.attachments().get(0).id());
    });
  }

  @Test
  void publicViewShowsAccreditedVersionsToEveryoneAndOthersOnlyToTheirProvider() {
    ModuleVersion concept = t.modules.create(provider, t.dossier());
    t.modules.addAttachment(provider, concept.id(), AttachmentKind.TRAINER_CV, "cv.pdf", ModuleAttachmentTest.pdf());
    t.modules.addAttachment(provider, concept.id(), AttachmentKind.SYLLABUS, "syllabus.pdf", ModuleAttachmentTest.pdf());

    assertThat(t.modules.publicView(provider, concept.id()).dossier()).isEqualTo(concept.dossier());
    assertThatThrownBy(() -> t.modules.publicView(null, concept.id())).isInstanceOf(UnknownModuleException.class);
    assertThatThrownBy(() -> t.modules.publicView(t.provider(), concept.id())).isInstanceOf(UnknownModuleException.class);

    ModuleVersion submitted = t.modules.submit(provider, concept.id(), concept.revision());
    t.accreditation.accredit(submitted.id(), UNTIL, acceptedAsClaimed(submitted));
    ModuleVersion view = t.modules.publicView(null, submitted.id());
    assertThat(view.dossier()).isEqualTo(concept.dossier());
    assertThat(view.explanations()).isEmpty();
    assertThat(view.attachments()).extracting(a -> a.kind()).containsExactly(AttachmentKind.SYLLABUS);
  }
}
