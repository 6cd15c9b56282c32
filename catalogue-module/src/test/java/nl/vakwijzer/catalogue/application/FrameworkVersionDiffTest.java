package nl.vakwijzer.catalogue.application;

import static nl.vakwijzer.catalogue.application.FrameworkVersionCopyTest.suffix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.EditableItem;
import nl.vakwijzer.catalogue.api.FrameworkDiff;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.catalogue.api.ItemEdit;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.NewItem;
import nl.vakwijzer.catalogue.api.UnknownFrameworkException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The differences between two versions: added, changed (old and new text) and retired items. */
class FrameworkVersionDiffTest {
  private final VersionTestSupport t = VersionTestSupport.withReferenceFrameworks();
  private FrameworkId v1;
  private FrameworkVersion v2;

  @BeforeEach
  void aConceptWithOneItemAddedOneChangedAndOneRetired() {
    v1 = t.publishedSmallFramework("DIFF-" + suffix());
    v2 = t.editing.newConceptVersion(v1);
    Map<String, EditableItem> items = t.items(v2.id());
    t.editing.changeItem(items.get("C.ANALYSE.2").id(), new ItemEdit("Vat de hulpvraag samen in eigen woorden.", null, null));
    t.editing.addItem(v2.id(), new NewItem(items.get("C.ANALYSE").id(), ItemType.BEHAVIOUR_EXAMPLE, "C.ANALYSE.4", "Legt afspraken vast.", null, null));
    t.editing.retireItem(items.get("C.ANALYSE.3").id());
  }

  @Test
  void showsWhatAConceptChangesComparedToItsSource() {
    FrameworkDiff diff = t.editing.diff(v1, v2.id());

    assertOneAddedOneChangedOneRetired(diff);
    assertThat(diff.from().id()).isEqualTo(v1);
    assertThat(diff.to().id()).isEqualTo(v2.id());
  }

  @Test
  void showsTheSameAfterPublication() {
    t.editing.publish(v2.id(), t.version(v2.id()).revision());

    assertOneAddedOneChangedOneRetired(t.editing.diff(v1, v2.id()));
  }

  private static void assertOneAddedOneChangedOneRetired(FrameworkDiff diff) {
    assertThat(diff.added()).extracting(ItemSummary::humanCode).containsExactly("C.ANALYSE.4");
    assertThat(diff.retired()).extracting(ItemSummary::humanCode).containsExactly("C.ANALYSE.3");
    assertThat(diff.changed()).hasSize(1);
    FrameworkDiff.ChangedItem change = diff.changed().get(0);
    assertThat(change.before().humanCode()).isEqualTo("C.ANALYSE.2");
    assertThat(change.before().fullStatement()).isEqualTo("Vat de hulpvraag samen.");
    assertThat(change.after().fullStatement()).isEqualTo("Vat de hulpvraag samen in eigen woorden.");
    assertThat(change.statementChanged()).isTrue();
    assertThat(change.notesChanged()).isFalse();
  }

  @Test
  void theOtherWayRoundAddedAndRetiredSwap() {
    FrameworkDiff diff = t.editing.diff(v2.id(), v1);

    assertThat(diff.added()).extracting(ItemSummary::humanCode).containsExactly("C.ANALYSE.3");
    assertThat(diff.retired()).extracting(ItemSummary::humanCode).containsExactly("C.ANALYSE.4");
    assertThat(diff.changed()).extracting(c -> c.before().fullStatement())
        .containsExactly("Vat de hulpvraag samen in eigen woorden.");
  }

  @Test
  void followsDescentOverSeveralVersions() {
    t.editing.publish(v2.id(), t.version(v2.id()).revision());
    FrameworkVersion v3 = t.editing.newConceptVersion(v2.id());
    t.editing.changeItem(t.items(v3.id()).get("C.TAAK").id(), new ItemEdit("Voert het intakegesprek met de cliënt.", null, null));

    FrameworkDiff diff = t.editing.diff(v1, v3.id());

    assertThat(diff.added()).extracting(ItemSummary::humanCode).containsExactly("C.ANALYSE.4");
    assertThat(diff.retired()).extracting(ItemSummary::humanCode).containsExactly("C.ANALYSE.3");
    assertThat(diff.changed()).extracting(c -> c.after().humanCode()).containsExactly("C.ANALYSE.2", "C.TAAK");
  }

  @Test
  void anUnchangedCopyHasNoDifferences() {
    FrameworkId sv = t.frameworks.findByCode("SV").orElseThrow().id();
    FrameworkVersion copy = t.editing.newConceptVersion(sv);

    assertThat(t.editing.diff(sv, copy.id()).isEmpty()).isTrue();
  }

  @Test
  void separatelyImportedVersionsAreComparedByHumanCode() {
    String code = "LOS-" + suffix();
    FrameworkId first = t.publishedSmallFramework(code);
    byte[] second = VersionTestSupport.smallFramework(code + "-2")
        .set("CFDocument", "version", "2")
        .set("CFDocument", "extensions", jakarta.json.Json.createObjectBuilder().add("code", code).build())
        .set("CFItems[4]", "fullStatement", "Voert het intakegesprek uit.")
        .bytes();
    FrameworkId other = t.frameworks.importPackage(new ByteArrayInputStream(second)).frameworkId();

    FrameworkDiff diff = t.editing.diff(first, other);

    assertThat(diff.added()).isEmpty();
    assertThat(diff.retired()).isEmpty();
    assertThat(diff.changed()).extracting(c -> c.after().fullStatement()).containsExactly("Voert het intakegesprek uit.");
  }

  @Test
  void unknownVersionsAreReported() {
    assertThatThrownBy(() -> t.editing.diff(v1, new FrameworkId(UUID.randomUUID())))
        .isInstanceOf(UnknownFrameworkException.class);
  }
}
