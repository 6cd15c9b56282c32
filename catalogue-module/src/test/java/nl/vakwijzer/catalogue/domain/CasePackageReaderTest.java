package nl.vakwijzer.catalogue.domain;

import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ASSOCIATION_TYPE_UNKNOWN;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.FIELD_INVALID_DATE_TIME;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.FIELD_INVALID_UUID;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.FIELD_MISSING;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.FIELD_TOO_LONG;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.FIELD_WRONG_TYPE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ITEM_TYPE_UNKNOWN;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.JSON_MALFORMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CaseValidationError;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.testing.CasePackageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CasePackageReaderTest {
  private final CasePackageReader reader = new CasePackageReader();

  @Test
  void malformedJsonIsReportedWithLineAndColumn() {
    CaseReadResult result = read("{\n  \"CFDocument\": {\n    \"title\": \"x\",,\n  }\n}");

    assertThat(result.readable()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.path()).isEqualTo("$");
      assertThat(e.messageKey()).isEqualTo(JSON_MALFORMED);
      assertThat(e.arguments()).containsExactly(3L, 18L);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{\"CFDocument\": ", "{} trailing", "nul"})
  void incompleteOrTrailingInputIsMalformed(String json) {
    assertThat(read(json).errors()).extracting(CaseValidationError::messageKey).containsExactly(JSON_MALFORMED);
  }

  @Test
  void aPackageMustBeAJsonObjectWithADocument() {
    assertThat(read("[]").errors()).extracting(CaseValidationError::path, CaseValidationError::messageKey)
        .containsExactly(tuple("$", FIELD_WRONG_TYPE));
    assertThat(read("{\"CFItems\": []}").errors())
        .extracting(CaseValidationError::path, CaseValidationError::messageKey)
        .containsExactly(tuple("$.CFDocument", FIELD_MISSING));
  }

  @Test
  void readsAWellFormedPackage() {
    CasePackageBuilder builder =
        CasePackageBuilder.framework("T")
            .item("T.1", "COMPETENCY", "Analyseren")
            .item("T.1.1", "Behaviour example", "Vraagt door.")
            .childOf("T.1.1", "T.1", 1);
    CaseReadResult result = reader.read(builder.bytes());

    assertThat(result.errors()).isEmpty();
    CasePackage p = result.casePackage();
    assertThat(p.document().code()).isEqualTo("T");
    assertThat(p.document().versionOrDefault()).isEqualTo("1");
    assertThat(p.document().lastChange().getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(p.items()).extracting(CaseItem::index, CaseItem::humanCode, CaseItem::type)
        .containsExactly(tuple(0, "T.1", ItemType.COMPETENCY), tuple(1, "T.1.1", ItemType.BEHAVIOUR_EXAMPLE));
    assertThat(p.associations()).singleElement().satisfies(a -> {
      assertThat(a.type()).isEqualTo(AssociationType.IS_CHILD_OF);
      assertThat(a.originId()).isEqualTo(builder.itemId("T.1.1"));
      assertThat(a.destinationId()).isEqualTo(builder.itemId("T.1"));
      assertThat(a.sequenceNumber()).isEqualTo(1);
    });
  }

  @Test
  void reportsEveryMissingRequiredFieldWithItsPath() {
    byte[] json =
        CasePackageBuilder.framework("T")
            .item("T.1", "COMPETENCY", "Analyseren")
            .item("T.2", "COMPETENCY", "Plannen")
            .childOf("T.2", "T.1", 1)
            .remove("CFDocument", "creator")
            .remove("CFItems[1]", "fullStatement")
            .remove("CFItems[1]", "CFItemType")
            .set("CFItems[0]", "humanCodingScheme", "  ")
            .remove("CFAssociations[0]", "originNodeURI")
            .bytes();

    assertThat(reader.read(json).errors())
        .extracting(CaseValidationError::path, CaseValidationError::messageKey)
        .containsExactlyInAnyOrder(
            tuple("$.CFDocument.creator", FIELD_MISSING),
            tuple("$.CFItems[0].humanCodingScheme", FIELD_MISSING),
            tuple("$.CFItems[1].fullStatement", FIELD_MISSING),
            tuple("$.CFItems[1].CFItemType", FIELD_MISSING),
            tuple("$.CFAssociations[0].originNodeURI", FIELD_MISSING));
  }

  @Test
  void reportsWrongTypesInvalidUuidsAndDateTimes() {
    byte[] json =
        CasePackageBuilder.framework("T")
            .item("T.1", "COMPETENCY", "Analyseren")
            .item("T.2", "COMPETENCY", "Plannen")
            .childOf("T.2", "T.1", 1)
            .set("CFItems[0]", "fullStatement", Json.createValue(42))
            .set("CFItems[1]", "identifier", "not-a-uuid")
            .set("CFItems[1]", "lastChangeDateTime", "gisteren")
            .set("CFItems[1]", "extensions", Json.createObjectBuilder().add("scaleValue", "6").build())
            .set("CFAssociations[0]", "sequenceNumber", "1")
            .set("CFDocument", "extensions", Json.createObjectBuilder().add("code", "X".repeat(61)).build())
            .bytes();

    assertThat(reader.read(json).errors())
        .extracting(CaseValidationError::path, CaseValidationError::messageKey)
        .containsExactlyInAnyOrder(
            tuple("$.CFDocument.extensions.code", FIELD_TOO_LONG),
            tuple("$.CFItems[0].fullStatement", FIELD_WRONG_TYPE),
            tuple("$.CFItems[1].identifier", FIELD_INVALID_UUID),
            tuple("$.CFItems[1].lastChangeDateTime", FIELD_INVALID_DATE_TIME),
            tuple("$.CFItems[1].extensions.scaleValue", FIELD_WRONG_TYPE),
            tuple("$.CFAssociations[0].sequenceNumber", FIELD_WRONG_TYPE));
  }

  @Test
  void reportsItemAndAssociationTypesTheModelDoesNotKnow() {
    CasePackageBuilder builder =
        CasePackageBuilder.framework("T")
            .item("T.1", "COMPETENCY", "Analyseren")
            .item("T.2", "Standard", "Iets anders");
    builder.association("ext:inspires", builder.itemId("T.1"), "T.1", builder.itemId("T.2"), "T.2");

    assertThat(reader.read(builder.bytes()).errors())
        .extracting(CaseValidationError::path, CaseValidationError::messageKey, CaseValidationError::arguments)
        .containsExactly(
            tuple("$.CFItems[1].CFItemType", ITEM_TYPE_UNKNOWN, List.of("Standard")),
            tuple("$.CFAssociations[0].associationType", ASSOCIATION_TYPE_UNKNOWN, List.of("ext:inspires")));
  }

  @Test
  void acceptsAUtf8ByteOrderMark() {
    byte[] json = CasePackageBuilder.framework("T").item("T.1", "COMPETENCY", "Één").bytes();
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);

    CaseReadResult result = reader.read(withBom);

    assertThat(result.errors()).isEmpty();
    assertThat(result.casePackage().items().get(0).fullStatement()).isEqualTo("Één");
  }

  @Test
  void readsEveryShippedReferencePackageWithoutProblems() throws IOException {
    for (String file :
        List.of(
            "picompany-competentiewoordenboek", "standaard-vakvolwassenheid", "beroepsprofiel-klantmanager",
            "divosa-2007-competentieprofielen", "leerbaarheid", "mbo-kwalificatiedossiers", "crosswalk")) {
      try (InputStream in = getClass().getResourceAsStream("/frameworks/" + file + ".case.json")) {
        CaseReadResult result = reader.read(in.readAllBytes());
        assertThat(result.errors()).as(file).isEmpty();
        assertThat(result.casePackage().document().code()).as(file).isNotBlank();
      }
    }
  }

  @Test
  void identicalContentHasTheSameHashWhateverTheKeyOrderOrOffset() {
    String a =
        "{\"CFDocument\":{\"identifier\":\"3d6f2a5e-8c1b-4f7a-9e2d-5b8c7a1f0e34\",\"uri\":\"u\",\"creator\":\"c\","
            + "\"title\":\"t\",\"lastChangeDateTime\":\"2026-11-26T01:00:00+01:00\","
            + "\"extensions\":{\"code\":\"X\",\"sourceFile\":\"f\"}}}";
    String b =
        "{\"CFDocument\":{\"extensions\":{\"sourceFile\":\"f\",\"code\":\"X\"},\"title\":\"t\","
            + "\"identifier\":\"3d6f2a5e-8c1b-4f7a-9e2d-5b8c7a1f0e34\",\"uri\":\"u\",\"creator\":\"c\","
            + "\"lastChangeDateTime\":\"2026-11-26T00:00:00Z\"}}";
    String c = b.replace("\"title\":\"t\"", "\"title\":\"T\"");

    String hashA = CaseCanonicalForm.hash(read(a).casePackage());
    assertThat(CaseCanonicalForm.hash(read(b).casePackage())).isEqualTo(hashA);
    assertThat(CaseCanonicalForm.hash(read(c).casePackage())).isNotEqualTo(hashA);
  }

  private CaseReadResult read(String json) {
    return reader.read(json.getBytes(StandardCharsets.UTF_8));
  }
}
