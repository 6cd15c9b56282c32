package nl.vakwijzer.catalogue.application;

import static nl.vakwijzer.catalogue.api.CannotChangeFrameworkException.CONCEPT_EXISTS;
import static nl.vakwijzer.catalogue.api.CannotChangeFrameworkException.NOT_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.CannotChangeFrameworkException;
import nl.vakwijzer.catalogue.api.EditableItem;
import nl.vakwijzer.catalogue.api.FrameworkDetail;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.catalogue.api.ItemStatus;
import nl.vakwijzer.catalogue.api.UnknownFrameworkException;
import org.junit.jupiter.api.Test;

/** A new concept version is a copy of a published version, one open concept per framework. */
class FrameworkVersionCopyTest {
  private final VersionTestSupport t = VersionTestSupport.withReferenceFrameworks();

  @Test
  void copiesAPublishedReferenceFrameworkIntoAnEditableConceptLinkedToItsSource() {
    FrameworkDetail sv = t.frameworks.findByCode("SV").orElseThrow();
    long svRevision = t.version(sv.id()).revision();
    long svAssociations = t.count("select count(*) from catalogue.framework_association where framework_id = ?", sv.id().value());

    FrameworkVersion concept = t.editing.newConceptVersion(sv.id());

    assertThat(concept.code()).isEqualTo("SV");
    assertThat(concept.version()).isEqualTo("2");
    assertThat(concept.status()).isEqualTo(FrameworkStatus.CONCEPT);
    assertThat(concept.reference()).isFalse();
    assertThat(concept.editable()).isTrue();
    assertThat(concept.previousVersion()).isEqualTo(sv.id());
    assertThat(concept.itemCount()).isEqualTo(228).isEqualTo(sv.summary().itemCount());
    assertThat(t.frameworks.find(concept.id()).orElseThrow().summary().title()).isEqualTo(sv.summary().title());

    // new ids, each linked to the item it was copied from, same codes, same tree
    Map<String, EditableItem> original = t.items(sv.id());
    Map<String, EditableItem> copy = t.items(concept.id());
    assertThat(copy.keySet()).isEqualTo(original.keySet());
    Set<UUID> originalIds = original.values().stream().map(i -> i.id().value()).collect(Collectors.toSet());
    copy.forEach((code, item) -> {
      assertThat(originalIds).doesNotContain(item.id().value());
      assertThat(item.sourceItem()).as(code).isEqualTo(original.get(code).id());
      assertThat(item.status()).isEqualTo(ItemStatus.ACTIEF);
      assertThat(item.depth()).as(code).isEqualTo(original.get(code).depth());
      assertThat(item.fullStatement()).isEqualTo(original.get(code).fullStatement());
    });
    assertThat(t.codes(concept.id())).isEqualTo(t.codes(sv.id()));
    assertThat(copy.get("SV.T1.BASIS.A").parent()).isEqualTo(copy.get("SV.T1").id());

    // the associations it declares are copied with their ends moved into the copy
    assertThat(t.count("select count(*) from catalogue.framework_association where framework_id = ?", concept.id().value()))
        .isEqualTo(svAssociations);
    assertThat(t.count(
            "select count(*) from catalogue.framework_association a join catalogue.framework_item o on o.id = a.origin_item_id"
                + " where a.framework_id = ? and o.framework_id <> a.framework_id", concept.id().value()))
        .isZero();

    // the reference original is untouched and stays the current version until the copy is published
    FrameworkVersion after = t.version(sv.id());
    assertThat(after.status()).isEqualTo(FrameworkStatus.GEPUBLICEERD);
    assertThat(after.reference()).isTrue();
    assertThat(after.revision()).isEqualTo(svRevision);
    assertThat(t.frameworks.findByCode("SV").orElseThrow().id()).isEqualTo(sv.id());
  }

  @Test
  void copiesAnImportedFrameworkWithTheNextVersionNumber() {
    FrameworkId v1 = t.publishedSmallFramework("KOPIE-" + suffix());

    FrameworkVersion v2 = t.editing.newConceptVersion(v1);

    assertThat(v2.version()).isEqualTo("2");
    assertThat(t.codes(v2.id())).containsExactly("C.ANALYSE", "C.ANALYSE.1", "C.ANALYSE.2", "C.ANALYSE.3", "C.TAAK");
    assertThat(t.editing.versions(v2.code())).extracting(FrameworkVersion::version).containsExactly("1", "2");
  }

  @Test
  void onlyOneConceptOfAFrameworkIsOpenAtATime() {
    FrameworkId sv = t.frameworks.findByCode("SV").orElseThrow().id();
    t.editing.newConceptVersion(sv);

    CannotChangeFrameworkException refusal =
        t.assertRefused(CannotChangeFrameworkException.class, CONCEPT_EXISTS, () -> t.editing.newConceptVersion(sv));
    assertThat(refusal.arguments()).containsExactly("SV", "2");
  }

  @Test
  void anImportedConceptAlsoCountsAsTheOpenConcept() {
    String code = "OPEN-" + suffix();
    FrameworkId v1 = t.publishedSmallFramework(code);
    byte[] v2 = VersionTestSupport.smallFramework(code + "-B").set("CFDocument", "version", "2")
        .set("CFDocument", "extensions", jakarta.json.Json.createObjectBuilder().add("code", code).build())
        .bytes();
    t.frameworks.importPackage(new java.io.ByteArrayInputStream(v2));

    t.assertRefused(CannotChangeFrameworkException.class, CONCEPT_EXISTS, () -> t.editing.newConceptVersion(v1));
  }

  @Test
  void onlyAPublishedVersionIsCopied() {
    FrameworkId concept = t.importSmallFramework("CONCEPT-" + suffix());

    t.assertRefused(CannotChangeFrameworkException.class, NOT_PUBLISHED, () -> t.editing.newConceptVersion(concept));
  }

  @Test
  void aReplacedVersionIsNotCopied() {
    FrameworkId v1 = t.publishedSmallFramework("OUD-" + suffix());
    FrameworkVersion v2 = t.editing.newConceptVersion(v1);
    t.editing.publish(v2.id(), v2.revision());

    t.assertRefused(CannotChangeFrameworkException.class, NOT_PUBLISHED, () -> t.editing.newConceptVersion(v1));
  }

  @Test
  void anUnknownFrameworkIsNotCopied() {
    assertThatThrownBy(() -> t.editing.newConceptVersion(new FrameworkId(UUID.randomUUID())))
        .isInstanceOf(UnknownFrameworkException.class);
  }

  static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
