package nl.vakwijzer.catalogue.application;

import static nl.vakwijzer.catalogue.api.CannotChangeFrameworkException.FROZEN;
import static nl.vakwijzer.catalogue.api.CannotChangeFrameworkException.REFERENCE;
import static nl.vakwijzer.catalogue.api.CannotEditItemException.CODE_INVALID;
import static nl.vakwijzer.catalogue.api.CannotEditItemException.CODE_REQUIRED;
import static nl.vakwijzer.catalogue.api.CannotEditItemException.CODE_TAKEN;
import static nl.vakwijzer.catalogue.api.CannotEditItemException.PARENT_ELSEWHERE;
import static nl.vakwijzer.catalogue.api.CannotEditItemException.RETIRED;
import static nl.vakwijzer.catalogue.api.CannotEditItemException.STATEMENT_REQUIRED;
import static nl.vakwijzer.catalogue.api.CannotEditItemException.TOO_LONG;
import static nl.vakwijzer.catalogue.api.CannotEditItemException.TYPE_REQUIRED;
import static nl.vakwijzer.catalogue.application.FrameworkVersionCopyTest.suffix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.CannotChangeFrameworkException;
import nl.vakwijzer.catalogue.api.CannotEditItemException;
import nl.vakwijzer.catalogue.api.EditableItem;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.catalogue.api.ItemEdit;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemStatus;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.NewItem;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only a concept's items change: added, changed or retired, each by its rules. */
class FrameworkVersionEditTest {
  private final VersionTestSupport t = VersionTestSupport.withReferenceFrameworks();
  private FrameworkId published;
  private FrameworkVersion concept;
  private Map<String, EditableItem> items;

  @BeforeEach
  void conceptOfASmallFramework() {
    published = t.publishedSmallFramework("BEWERK-" + suffix());
    concept = t.editing.newConceptVersion(published);
    items = t.items(concept.id());
  }

  private ItemId id(String code) {
    return items.get(code).id();
  }

  @Test
  void addsAnItemAsTheLastChildOfItsParent() {
    ItemId added =
        t.editing.addItem(
            concept.id(),
            new NewItem(id("C.ANALYSE"), ItemType.BEHAVIOUR_EXAMPLE, "  C.ANALYSE.4 ", " Legt de afspraken vast. ", " ", null));

    assertThat(t.codes(concept.id()))
        .containsExactly("C.ANALYSE", "C.ANALYSE.1", "C.ANALYSE.2", "C.ANALYSE.3", "C.ANALYSE.4", "C.TAAK");
    EditableItem item = t.items(concept.id()).get("C.ANALYSE.4");
    assertThat(item.id()).isEqualTo(added);
    assertThat(item.parent()).isEqualTo(id("C.ANALYSE"));
    assertThat(item.depth()).isEqualTo(1);
    assertThat(item.type()).isEqualTo(ItemType.BEHAVIOUR_EXAMPLE);
    assertThat(item.fullStatement()).isEqualTo("Legt de afspraken vast.");
    assertThat(item.abbreviatedStatement()).isNull();
    assertThat(item.added()).isTrue();
    assertThat(t.frameworks.children(id("C.ANALYSE")))
        .extracting(i -> i.humanCode())
        .containsExactly("C.ANALYSE.1", "C.ANALYSE.2", "C.ANALYSE.3", "C.ANALYSE.4");
    assertThat(t.version(concept.id()).revision()).isGreaterThan(concept.revision());
    assertThat(t.version(concept.id()).itemCount()).isEqualTo(6);
  }

  @Test
  void addsATopLevelItem() {
    t.editing.addItem(concept.id(), new NewItem(null, ItemType.TASK, "C.TAAK2", "Rapporteert.", "Rapporteren", null));

    assertThat(t.codes(concept.id())).endsWith("C.TAAK", "C.TAAK2");
    assertThat(t.items(concept.id()).get("C.TAAK2").depth()).isZero();
    assertThat(t.frameworks.find(concept.id()).orElseThrow().topLevelItems())
        .extracting(i -> i.humanCode())
        .containsExactly("C.ANALYSE", "C.TAAK", "C.TAAK2");
  }

  @Test
  void refusesAnItemWithoutTypeCodeOrStatementNamingTheField() {
    assertField(TYPE_REQUIRED, "type", new NewItem(null, null, "C.X", "Tekst", null, null));
    assertField(CODE_REQUIRED, "humanCode", new NewItem(null, ItemType.TASK, "  ", "Tekst", null, null));
    assertField(CODE_INVALID, "humanCode", new NewItem(null, ItemType.TASK, "C X", "Tekst", null, null));
    assertField(TOO_LONG, "humanCode", new NewItem(null, ItemType.TASK, "C".repeat(201), "Tekst", null, null));
    assertField(STATEMENT_REQUIRED, "fullStatement", new NewItem(null, ItemType.TASK, "C.X", null, null, null));
    assertField(TOO_LONG, "notes", new NewItem(null, ItemType.TASK, "C.X", "Tekst", null, "n".repeat(20_001)));
  }

  private void assertField(String key, String field, NewItem item) {
    CannotEditItemException refusal =
        t.assertRefused(CannotEditItemException.class, key, () -> t.editing.addItem(concept.id(), item));
    assertThat(refusal.field()).isEqualTo(field);
  }

  @Test
  void itemCodesAreUniqueWithinTheVersionRetiredItemsIncluded() {
    CannotEditItemException taken =
        t.assertRefused(CannotEditItemException.class, CODE_TAKEN, () -> t.editing.addItem(
            concept.id(), new NewItem(null, ItemType.TASK, "C.TAAK", "Nog een taak.", null, null)));
    assertThat(taken.field()).isEqualTo("humanCode");
    assertThat(taken.arguments()).containsExactly("C.TAAK", concept.code(), "2");

    t.editing.retireItem(id("C.TAAK"));
    t.assertRefused(CannotEditItemException.class, CODE_TAKEN, () -> t.editing.addItem(
        concept.id(), new NewItem(null, ItemType.TASK, "C.TAAK", "Nog een taak.", null, null)));
  }

  @Test
  void theSameCodeMayBeUsedInAnotherFramework() {
    t.editing.addItem(concept.id(), new NewItem(null, ItemType.COMPETENCY, "SV.C4", "Eigen probleemanalyse.", null, null));

    assertThat(t.codes(concept.id())).contains("SV.C4");
  }

  @Test
  void theParentMustBeAnActiveItemOfTheConcept() {
    ItemId elsewhere = t.frameworks.findItem("SV", "SV.C4").orElseThrow().id();
    CannotEditItemException refusal =
        t.assertRefused(CannotEditItemException.class, PARENT_ELSEWHERE, () -> t.editing.addItem(
            concept.id(), new NewItem(elsewhere, ItemType.INDICATOR, "C.I", "Indicator.", null, null)));
    assertThat(refusal.field()).isEqualTo("parent");

    ItemId oldVersionItem = t.items(published).get("C.ANALYSE").id();
    t.assertRefused(CannotEditItemException.class, PARENT_ELSEWHERE, () -> t.editing.addItem(
        concept.id(), new NewItem(oldVersionItem, ItemType.INDICATOR, "C.I", "Indicator.", null, null)));

    t.editing.retireItem(id("C.ANALYSE"));
    t.assertRefused(CannotEditItemException.class, RETIRED, () -> t.editing.addItem(
        concept.id(), new NewItem(id("C.ANALYSE"), ItemType.BEHAVIOUR_EXAMPLE, "C.ANALYSE.9", "Voorbeeld.", null, null)));
  }

  @Test
  void changesTheTextsOfAnItem() {
    t.editing.changeItem(id("C.ANALYSE.2"), new ItemEdit(" Vat de hulpvraag samen in eigen woorden. ", "Samenvatten", "Aangescherpt."));

    EditableItem changed = t.items(concept.id()).get("C.ANALYSE.2");
    assertThat(changed.fullStatement()).isEqualTo("Vat de hulpvraag samen in eigen woorden.");
    assertThat(changed.abbreviatedStatement()).isEqualTo("Samenvatten");
    assertThat(changed.notes()).isEqualTo("Aangescherpt.");
    // the search columns follow the new text
    assertThat(t.frameworks.items(concept.id(), java.util.Set.of(), "eigen woorden", 0, 10).content())
        .extracting(i -> i.id())
        .containsExactly(changed.id());

    t.editing.changeItem(id("C.ANALYSE.2"), new ItemEdit("Vat samen.", "", null));
    assertThat(t.items(concept.id()).get("C.ANALYSE.2").abbreviatedStatement()).isNull();
    // the published version keeps its text
    assertThat(t.items(published).get("C.ANALYSE.2").fullStatement()).isEqualTo("Vat de hulpvraag samen.");
  }

  @Test
  void aChangeNeedsAStatement() {
    CannotEditItemException refusal =
        t.assertRefused(CannotEditItemException.class, STATEMENT_REQUIRED,
            () -> t.editing.changeItem(id("C.ANALYSE.2"), new ItemEdit(" ", "x", null)));
    assertThat(refusal.field()).isEqualTo("fullStatement");
    assertThat(t.items(concept.id()).get("C.ANALYSE.2").fullStatement()).isEqualTo("Vat de hulpvraag samen.");
  }

  @Test
  void retiresAnItemWithEverythingBelowIt() {
    int retired = t.editing.retireItem(id("C.ANALYSE"));

    assertThat(retired).isEqualTo(4);
    Map<String, EditableItem> after = t.items(concept.id());
    assertThat(after.values()).filteredOn(EditableItem::retired).extracting(EditableItem::humanCode)
        .containsExactlyInAnyOrder("C.ANALYSE", "C.ANALYSE.1", "C.ANALYSE.2", "C.ANALYSE.3");
    assertThat(after.get("C.TAAK").status()).isEqualTo(ItemStatus.ACTIEF);
    assertThat(t.version(concept.id()).itemCount()).isEqualTo(1);
    assertThat(t.version(concept.id()).retiredItemCount()).isEqualTo(4);
    // the published version keeps them
    assertThat(t.items(published).values()).noneMatch(EditableItem::retired);
  }

  @Test
  void aRetiredItemDoesNotChangeAnyMore() {
    t.editing.retireItem(id("C.ANALYSE.3"));

    t.assertRefused(CannotEditItemException.class, RETIRED,
        () -> t.editing.changeItem(id("C.ANALYSE.3"), new ItemEdit("Anders.", null, null)));
    t.assertRefused(CannotEditItemException.class, RETIRED, () -> t.editing.retireItem(id("C.ANALYSE.3")));
  }

  @Test
  void aPublishedVersionNeverChanges() {
    ItemId publishedItem = t.items(published).get("C.TAAK").id();

    t.assertRefused(CannotChangeFrameworkException.class, FROZEN,
        () -> t.editing.changeItem(publishedItem, new ItemEdit("Anders.", null, null)));
    t.assertRefused(CannotChangeFrameworkException.class, FROZEN, () -> t.editing.retireItem(publishedItem));
    t.assertRefused(CannotChangeFrameworkException.class, FROZEN, () -> t.editing.addItem(
        published, new NewItem(null, ItemType.TASK, "C.NIEUW", "Nieuw.", null, null)));
    t.assertRefused(CannotChangeFrameworkException.class, FROZEN,
        () -> t.editing.publish(published, t.version(published).revision()));
  }

  @Test
  void aReferenceFrameworkNeverChanges() {
    FrameworkId sv = t.frameworks.findByCode("SV").orElseThrow().id();
    ItemId c4 = t.frameworks.findItem("SV", "SV.C4").orElseThrow().id();

    CannotChangeFrameworkException refusal =
        t.assertRefused(CannotChangeFrameworkException.class, REFERENCE,
            () -> t.editing.changeItem(c4, new ItemEdit("Anders.", null, null)));
    assertThat(refusal.arguments()).containsExactly("SV", "1");
    t.assertRefused(CannotChangeFrameworkException.class, REFERENCE, () -> t.editing.retireItem(c4));
    t.assertRefused(CannotChangeFrameworkException.class, REFERENCE, () -> t.editing.addItem(
        sv, new NewItem(c4, ItemType.INDICATOR, "SV.C4.X", "Nieuw.", null, null)));
  }

  @Test
  void unknownItemsAreReported() {
    assertThatThrownBy(() -> t.editing.changeItem(new ItemId(UUID.randomUUID()), new ItemEdit("x", null, null)))
        .isInstanceOf(UnknownItemException.class);
    assertThatThrownBy(() -> t.editing.retireItem(new ItemId(UUID.randomUUID())))
        .isInstanceOf(UnknownItemException.class);
  }
}
