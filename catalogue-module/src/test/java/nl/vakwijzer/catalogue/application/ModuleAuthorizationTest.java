package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.AttachmentKind;
import nl.vakwijzer.catalogue.api.AttachmentSummary;
import nl.vakwijzer.catalogue.api.ModuleSummary;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.UnknownModuleException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Another organisation's ids behave exactly like ids that do not exist, on every operation; a
 * beheerder reads everything and changes nothing; other roles see nothing.
 */
class ModuleAuthorizationTest {
  private final ModuleTestSupport t = new ModuleTestSupport();
  private final Actor owner = t.provider();
  private final ModuleVersion concept = t.modules.create(owner, t.dossier());
  private final AttachmentSummary attachment =
      t.modules.addAttachment(owner, concept.id(), AttachmentKind.SYLLABUS, "s.pdf", ModuleAttachmentTest.pdf());
  private final ModuleVersion submittedElsewhere;
  private final ModuleVersion before;

  ModuleAuthorizationTest() {
    ModuleVersion other = t.modules.create(owner, t.dossier());
    submittedElsewhere = t.modules.submit(owner, other.id(), other.revision());
    before = t.modules.version(owner, concept.id());
  }

  /** Every read and change of the owner's module, as {@code actor}. */
  private List<ThrowingCallable> everyOperation(Actor actor) {
    return List.of(
        () -> t.modules.version(actor, concept.id()),
        () -> t.modules.versions(actor, concept.module()),
        () -> t.modules.check(actor, concept.id()),
        () -> t.modules.changeVerdict(actor, concept.id(), t.dossier()),
        () -> t.modules.attachment(actor, attachment.id()),
        () -> t.modules.publicView(actor, concept.id()));
  }

  private List<ThrowingCallable> everyChange(Actor actor) {
    return List.of(
        () -> t.modules.saveConcept(actor, concept.id(), concept.revision(), t.dossier(), Map.of()),
        () -> t.modules.submit(actor, concept.id(), concept.revision()),
        () -> t.modules.newVersion(actor, concept.module()),
        () -> t.modules.newVersion(actor, submittedElsewhere.module()),
        () -> t.modules.publishDirectly(actor, concept.id(), concept.revision()),
        () -> t.modules.deleteConcept(actor, concept.id(), concept.revision()),
        () -> t.modules.copyModule(actor, concept.module(), "Gekopieerd"),
        () -> t.modules.addAttachment(actor, concept.id(), AttachmentKind.OTHER, "x.pdf", ModuleAttachmentTest.pdf()),
        () -> t.modules.removeAttachment(actor, concept.id(), attachment.id()));
  }

  private void assertUnknown(List<ThrowingCallable> operations) {
    operations.forEach(op -> assertThatThrownBy(op).isInstanceOf(UnknownModuleException.class)
        .hasFieldOrPropertyWithValue("messageKey", UnknownModuleException.KEY));
  }

  private void assertNothingChanged() {
    assertThat(t.modules.version(owner, concept.id())).isEqualTo(before);
    assertThat(t.modules.modules(owner)).hasSize(2);
    Object organisation = owner.organisation().value();
    assertThat(t.count("select count(*) from catalogue.module_attachment a join catalogue.module_version v"
        + " on v.id = a.version_id join catalogue.module m on m.id = v.module_id where m.organisation_id = ?",
        organisation)).isEqualTo(1);
    assertThat(t.count("select count(*) from catalogue.module_version v join catalogue.module m on m.id = v.module_id"
        + " where m.organisation_id = ?", organisation)).isEqualTo(2);
  }

  @Test
  void anotherProviderGetsUnknownModuleForEveryIdAndChangesNothing() {
    Actor stranger = t.provider();

    assertUnknown(everyOperation(stranger));
    assertUnknown(everyChange(stranger));
    assertThat(t.modules.modules(stranger)).isEmpty();
    assertNothingChanged();
  }

  @Test
  void anotherProvidersIdsLookExactlyLikeIdsThatDoNotExist() {
    Actor stranger = t.provider();
    ModuleVersionId missing = ModuleVersionId.random();

    Throwable foreign = org.assertj.core.api.Assertions.catchThrowable(() -> t.modules.version(stranger, concept.id()));
    Throwable absent = org.assertj.core.api.Assertions.catchThrowable(() -> t.modules.version(stranger, missing));

    assertThat(foreign).isExactlyInstanceOf(absent.getClass());
    assertThat(((UnknownModuleException) foreign).messageKey()).isEqualTo(((UnknownModuleException) absent).messageKey());
  }

  @Test
  void aColleagueOfTheSameOrganisationHasFullAccess() {
    Actor colleague = t.colleagueOf(owner);

    assertThat(t.modules.version(colleague, concept.id())).isEqualTo(before);
    assertThat(t.modules.saveConcept(colleague, concept.id(), concept.revision(), t.dossier(), Map.of()).revision())
        .isEqualTo(concept.revision() + 1);
  }

  @Test
  void aBeheerderReadsEverythingButChangesNothing() {
    Actor beheerder = t.beheerder();

    for (ThrowingCallable read : everyOperation(beheerder)) {
      org.assertj.core.api.Assertions.assertThatCode(read).doesNotThrowAnyException();
    }
    assertThat(t.modules.modules(beheerder)).extracting(ModuleSummary::id)
        .contains(concept.module(), submittedElsewhere.module());
    assertUnknown(everyChange(beheerder));
    assertThatThrownBy(() -> t.modules.create(beheerder, t.dossier())).isInstanceOf(UnknownModuleException.class);
    assertNothingChanged();
  }

  @Test
  void otherRolesSeeNothingEvenWithTheOwnersOrganisation() {
    for (Role role : List.of(Role.AUDITOR, Role.BESLUITNEMER, Role.GEMEENTE)) {
      Actor actor = t.withRole(owner, role);

      assertThat(t.modules.modules(actor)).isEmpty();
      assertUnknown(everyOperation(actor).subList(0, 5));
      assertUnknown(everyChange(actor));
      assertThatThrownBy(() -> t.modules.create(actor, t.dossier())).isInstanceOf(UnknownModuleException.class);
    }
    assertNothingChanged();
  }

  @Test
  void aProviderUserWithoutOrganisationSeesNothing() {
    Actor orphan = new Actor(new AccountId(owner.account().value()), null, java.util.Set.of(Role.AANBIEDER));

    assertThat(t.modules.modules(orphan)).isEmpty();
    assertUnknown(everyOperation(orphan).subList(0, 5));
    assertUnknown(everyChange(orphan));
    assertThatThrownBy(() -> t.modules.create(orphan, t.dossier())).isInstanceOf(UnknownModuleException.class);
    assertNothingChanged();
  }
}
