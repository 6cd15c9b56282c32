package nl.vakwijzer.catalogue.application;

import static nl.vakwijzer.catalogue.api.CannotChangeFrameworkException.FROZEN;
import static nl.vakwijzer.catalogue.application.FrameworkVersionCopyTest.suffix;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CannotChangeFrameworkException;
import nl.vakwijzer.catalogue.api.ConcurrentFrameworkChangeException;
import nl.vakwijzer.catalogue.api.EditableItem;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.catalogue.api.ImportResult;
import nl.vakwijzer.catalogue.api.ItemDetail;
import nl.vakwijzer.catalogue.api.ItemEdit;
import nl.vakwijzer.catalogue.api.ItemLink;
import nl.vakwijzer.catalogue.api.ItemStatus;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.NewItem;
import org.junit.jupiter.api.Test;

/** Publishing a concept replaces the previous version, links old items to new, and locks optimistically. */
class FrameworkVersionPublishTest {
  private final VersionTestSupport t = VersionTestSupport.withReferenceFrameworks();

  @Test
  void publishingAnImportedConceptMakesItTheCurrentVersion() {
    FrameworkId v1 = t.importSmallFramework("EERSTE-" + suffix());

    FrameworkVersion published = t.editing.publish(v1, t.version(v1).revision());

    assertThat(published.status()).isEqualTo(FrameworkStatus.GEPUBLICEERD);
    assertThat(published.editable()).isFalse();
    assertThat(t.frameworks.findByCode(published.code()).orElseThrow().id()).isEqualTo(v1);
    assertThat(t.count("select count(*) from catalogue.framework_association where association_type = 'replacedBy'"))
        .isZero();
  }

  @Test
  void publishingANewVersionReplacesThePreviousOneWithReplacedByLinks() {
    FrameworkId v1 = t.publishedSmallFramework("VERSIE-" + suffix());
    FrameworkVersion v2 = t.editing.newConceptVersion(v1);
    Map<String, EditableItem> concept = t.items(v2.id());
    t.editing.changeItem(concept.get("C.ANALYSE.2").id(), new ItemEdit("Vat de hulpvraag samen in eigen woorden.", null, null));
    t.editing.addItem(v2.id(), new NewItem(concept.get("C.ANALYSE").id(), ItemType.BEHAVIOUR_EXAMPLE, "C.ANALYSE.4", "Legt afspraken vast.", null, null));
    t.editing.retireItem(concept.get("C.ANALYSE.3").id());
    String oldStatements = statements(v1);

    FrameworkVersion published = t.editing.publish(v2.id(), t.version(v2.id()).revision());

    assertThat(published.status()).isEqualTo(FrameworkStatus.GEPUBLICEERD);
    assertThat(published.itemCount()).isEqualTo(5);
    assertThat(published.retiredItemCount()).isZero();
    FrameworkVersion old = t.version(v1);
    assertThat(old.status()).isEqualTo(FrameworkStatus.VERVANGEN);
    assertThat(t.frameworks.findByCode(v2.code()).orElseThrow().id()).isEqualTo(v2.id());

    // the new version holds only its items; the retired one is gone from it
    assertThat(t.codes(v2.id())).containsExactly("C.ANALYSE", "C.ANALYSE.1", "C.ANALYSE.2", "C.ANALYSE.4", "C.TAAK");
    // every old item points to its successor, except the retired one, which is marked
    Map<String, EditableItem> oldItems = t.items(v1);
    Map<String, EditableItem> newItems = t.items(v2.id());
    for (String code : List.of("C.ANALYSE", "C.ANALYSE.1", "C.ANALYSE.2", "C.TAAK")) {
      ItemDetail detail = t.frameworks.findItem(oldItems.get(code).id()).orElseThrow();
      assertThat(detail.outgoing())
          .filteredOn(l -> l.type() == AssociationType.REPLACED_BY)
          .extracting(l -> l.other().id(), ItemLink::declaredBy)
          .as(code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(newItems.get(code).id(), v2.id()));
      assertThat(oldItems.get(code).status()).isEqualTo(ItemStatus.ACTIEF);
    }
    assertThat(oldItems.get("C.ANALYSE.3").status()).isEqualTo(ItemStatus.INGETROKKEN);
    assertThat(t.frameworks.findItem(oldItems.get("C.ANALYSE.3").id()).orElseThrow().outgoing())
        .noneMatch(l -> l.type() == AssociationType.REPLACED_BY);
    assertThat(old.retiredItemCount()).isEqualTo(1);
    assertThat(old.itemCount()).isEqualTo(5);
    // the old version's texts did not change
    assertThat(statements(v1)).isEqualTo(oldStatements);
  }

  @Test
  void publicationStoresDenseDocumentOrderAndAContentHash() {
    FrameworkId v1 = t.publishedSmallFramework("HASH-" + suffix());
    FrameworkVersion v2 = t.editing.newConceptVersion(v1);
    t.editing.retireItem(t.items(v2.id()).get("C.ANALYSE.1").id());
    t.editing.publish(v2.id(), t.version(v2.id()).revision());

    assertThat(t.count("select count(*) from catalogue.framework where id = ? and content_hash is not null", v2.id().value()))
        .isOne();
    assertThat(t.count("select max(position) from catalogue.framework_item where framework_id = ?", v2.id().value()))
        .isEqualTo(4);
    assertThat(t.count("select max(position) - count(*) from catalogue.framework_association where framework_id = ?",
            v2.id().value()))
        .isZero();
  }

  @Test
  void aStalePublicationIsRefusedAndChangesNothing() {
    FrameworkId v1 = t.publishedSmallFramework("STALE-" + suffix());
    FrameworkVersion seen = t.editing.newConceptVersion(v1);
    // someone else edits the concept after we looked at it
    t.editing.changeItem(t.items(seen.id()).get("C.TAAK").id(), new ItemEdit("Voert het gesprek.", null, null));

    ConcurrentFrameworkChangeException refusal =
        t.assertRefused(ConcurrentFrameworkChangeException.class, ConcurrentFrameworkChangeException.KEY,
            () -> t.editing.publish(seen.id(), seen.revision()));

    assertThat(refusal.arguments()).containsExactly(seen.code(), "2");
    assertThat(t.version(seen.id()).status()).isEqualTo(FrameworkStatus.CONCEPT);
    assertThat(t.version(v1).status()).isEqualTo(FrameworkStatus.GEPUBLICEERD);
    // with the current revision it goes through
    t.editing.publish(seen.id(), t.version(seen.id()).revision());
    assertThat(t.version(v1).status()).isEqualTo(FrameworkStatus.VERVANGEN);
  }

  @Test
  void aVersionIsPublishedOnlyOnce() {
    FrameworkId v1 = t.publishedSmallFramework("ZEKER-" + suffix());

    t.assertRefused(CannotChangeFrameworkException.class, FROZEN, () -> t.editing.publish(v1, t.version(v1).revision()));
  }

  @Test
  void publishingACopyOfAReferenceFrameworkLeavesTheOriginalsContentAlone() {
    FrameworkId sv = t.frameworks.findByCode("SV").orElseThrow().id();
    String before = statements(sv);
    FrameworkVersion concept = t.editing.newConceptVersion(sv);

    t.editing.publish(concept.id(), concept.revision());

    FrameworkVersion original = t.version(sv);
    assertThat(original.status()).isEqualTo(FrameworkStatus.VERVANGEN);
    assertThat(original.reference()).isTrue();
    assertThat(original.retiredItemCount()).isZero();
    assertThat(statements(sv)).isEqualTo(before);
    assertThat(t.count("select count(*) from catalogue.framework_association where framework_id = ? and association_type = 'replacedBy'",
            concept.id().value()))
        .isEqualTo(228);
    assertThat(t.frameworks.findItem("SV", "SV.C4").orElseThrow().item().frameworkId()).isEqualTo(concept.id());
    // loading the shipped frameworks again (as every start does) changes nothing, the replaced original included
    assertThat(t.frameworks.loadReferenceFrameworks()).extracting(ImportResult::outcome)
        .containsOnly(ImportResult.Outcome.UNCHANGED);
    assertThat(t.version(sv).status()).isEqualTo(FrameworkStatus.VERVANGEN);
  }

  @Test
  void anImportedSecondVersionIsLinkedToTheFirstByHumanCode() {
    String code = "IMPORT-" + suffix();
    FrameworkId v1 = t.publishedSmallFramework(code);
    byte[] second = VersionTestSupport.smallFramework(code + "-2")
        .set("CFDocument", "version", "2")
        .set("CFDocument", "extensions", jakarta.json.Json.createObjectBuilder().add("code", code).build())
        .bytes();
    FrameworkId v2 = t.frameworks.importPackage(new ByteArrayInputStream(second)).frameworkId();

    t.editing.publish(v2, t.version(v2).revision());

    assertThat(t.count("select count(*) from catalogue.framework_association a"
            + " join catalogue.framework_item o on o.id = a.origin_item_id"
            + " join catalogue.framework_item d on d.id = a.destination_item_id"
            + " where a.association_type = 'replacedBy' and o.framework_id = ? and d.framework_id = ?"
            + " and o.human_code = d.human_code", v1.value(), v2.value()))
        .isEqualTo(5);
  }

  private String statements(FrameworkId id) {
    return t.editing.items(id).stream().map(i -> i.humanCode() + "=" + i.fullStatement() + "|" + i.notes()).toList().toString();
  }
}
