package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CaseJson;
import nl.vakwijzer.catalogue.api.FrameworkDetail;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkSummary;
import nl.vakwijzer.catalogue.api.ImportResult;
import nl.vakwijzer.catalogue.api.ItemDetail;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemLink;
import nl.vakwijzer.catalogue.api.UnknownFrameworkException;
import nl.vakwijzer.catalogue.domain.CasePackageReader;
import nl.vakwijzer.catalogue.testing.CaseSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The CASE 1.1 export of the loaded reference frameworks: it validates against the 1EdTech
 * schemas, reproduces the shipped packages, and re-imports as unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseExportTest {
  private final DataSource db = FrameworkTestSupport.databaseWithReferenceFrameworks();
  private final DefaultFrameworkService service = FrameworkTestSupport.serviceOn(db);

  @Test
  void exportOfEveryShippedFrameworkValidatesAgainstTheCasePackageSchema() {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    for (FrameworkSummary framework : service.list()) {
      problems.put(framework.code(), CaseSchemas.problems(CaseSchemas.CF_PACKAGE, service.exportPackage(framework.id())));
    }

    assertThat(problems).hasSize(7);
    assertThat(problems).allSatisfy((code, found) -> assertThat(found).as(code).isEmpty());
  }

  @Test
  void schemaCheckRejectsBadIdentifiersDatesAndUnknownFields() {
    JsonObject good = service.exportPackage(frameworkId("LEERBAARHEID"));
    JsonObject document = Json.createObjectBuilder(good.getJsonObject("CFDocument"))
        .add("identifier", "geen-uuid")
        .add("lastChangeDateTime", "26-11-2026")
        .add("vakwijzerStatus", "GEPUBLICEERD")
        .build();
    JsonObject bad = Json.createObjectBuilder(good).add("CFDocument", document).build();

    List<String> problems = CaseSchemas.problems(CaseSchemas.CF_PACKAGE, bad);

    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("/CFDocument/identifier: does not match the uuid pattern"));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("/CFDocument/lastChangeDateTime: does not match the date-time pattern"));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("vakwijzerStatus"));
  }

  @Test
  void exportReproducesEachShippedPackageAndAddsItemTypeLinksAndDefinitions() {
    for (String file : new ReferenceFrameworkLoader(null, new CasePackageReader()).index()) {
      JsonObject shipped = json(resource("frameworks/" + file));
      FrameworkId id = FrameworkId.of(shipped.getJsonObject("CFDocument").getString("identifier"));

      JsonObject exported = service.exportPackage(id);

      JsonObject document = exported.getJsonObject("CFDocument");
      assertThat(document.getString("caseVersion")).as(file).isEqualTo("1.1");
      assertThat(without(document, "caseVersion")).as(file).isEqualTo(shipped.getJsonObject("CFDocument"));
      assertThat(exported.getJsonArray("CFItems").stream().map(i -> without(i.asJsonObject(), "CFItemTypeURI")).toList())
          .as(file)
          .isEqualTo(shipped.getJsonArray("CFItems"));
      assertThat(exported.getJsonArray("CFAssociations")).as(file).isEqualTo(shipped.getJsonArray("CFAssociations"));
      assertThat(identifiers(exported, "CFItemTypes"))
          .as(file + ": item type definitions use the shipped identifiers")
          .isEqualTo(identifiers(shipped, "CFItemTypes"));
    }
  }

  @Test
  void itemsLinkTheirTypeDefinitionAndAssociationsNameTheirEndsByHumanCode() {
    JsonObject divosa = service.exportPackage(frameworkId("DIVOSA"));
    Map<String, String> typeIds =
        divosa.getJsonObject("CFDefinitions").getJsonArray("CFItemTypes").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(t -> t.getString("typeCode"), t -> t.getString("identifier")));
    JsonObject example = item(divosa, "DIV.INK.HT3.INTEGRITEIT.2");

    assertThat(example.getString("CFItemType")).isEqualTo("BEHAVIOUR_EXAMPLE");
    assertThat(example.getJsonObject("CFItemTypeURI").getString("identifier")).isEqualTo(typeIds.get("BEHAVIOUR_EXAMPLE"));
    assertThat(example.getJsonObject("CFItemTypeURI").getString("title")).isEqualTo("Gedragsvoorbeeld");
    assertThat(example.getString("lastChangeDateTime")).isEqualTo("2026-11-26T00:00:00+00:00");
    JsonObject toParent =
        divosa.getJsonArray("CFAssociations").stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getJsonObject("originNodeURI").getString("identifier").equals(example.getString("identifier")))
            .filter(a -> a.getString("associationType").equals("isChildOf"))
            .findFirst()
            .orElseThrow();
    assertThat(toParent.getJsonObject("originNodeURI").getString("title")).isEqualTo("DIV.INK.HT3.INTEGRITEIT.2");
    assertThat(toParent.getJsonObject("destinationNodeURI").getString("title")).isEqualTo("DIV.INK.HT3.INTEGRITEIT");
    assertThat(toParent.getInt("sequenceNumber")).isEqualTo(2);
  }

  @Test
  void reimportingTheExportOfEveryFrameworkChangesNothing() {
    String before = FrameworkTestSupport.tableSizes(db);
    for (FrameworkSummary framework : service.list()) {
      byte[] export = service.exportPackage(framework.id()).toString().getBytes(StandardCharsets.UTF_8);

      ImportResult again = service.importPackage(new ByteArrayInputStream(export));

      assertThat(again.outcome()).as(framework.code()).isEqualTo(ImportResult.Outcome.UNCHANGED);
      assertThat(again.status()).as(framework.code()).isEqualTo(FrameworkStatus.GEPUBLICEERD);
    }
    assertThat(FrameworkTestSupport.tableSizes(db)).isEqualTo(before);
  }

  @Test
  void exportOfAnUnknownFrameworkIsRefused() {
    FrameworkId unknown = new FrameworkId(UUID.randomUUID());

    assertThatThrownBy(() -> service.exportPackage(unknown))
        .isInstanceOf(UnknownFrameworkException.class)
        .hasMessageContaining(unknown.toString());
  }

  @Test
  void caseItemIsTheStandAloneCfItemWithItsDocument() {
    FrameworkDetail sv = service.findByCode("SV").orElseThrow();
    ItemId c4 = service.findItem("SV", "SV.C4").orElseThrow().id();

    CaseJson item = service.caseItem(c4).orElseThrow();

    assertThat(CaseSchemas.problems(CaseSchemas.CF_ITEM, item.json())).isEmpty();
    assertThat(item.framework()).isEqualTo(sv.id());
    assertThat(item.status()).isEqualTo(FrameworkStatus.GEPUBLICEERD);
    assertThat(item.json().getString("humanCodingScheme")).isEqualTo("SV.C4");
    assertThat(item.json().getJsonObject("CFDocumentURI").getString("identifier")).isEqualTo(sv.id().toString());
    assertThat(item.json().getJsonObject("CFDocumentURI").getString("title")).isEqualTo(sv.summary().title());
    assertThat(service.caseItem(new ItemId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void caseAssociationIsTheStandAloneCfAssociationWithTheDocumentThatDeclaresIt() {
    ItemDetail slot = service.findItem("DIVOSA", "DIV.INK.HT3.PROBLEEMANALYSE").orElseThrow();
    ItemLink toDictionary =
        slot.outgoing().stream().filter(l -> l.type() == AssociationType.EXACT_MATCH_OF).findFirst().orElseThrow();

    CaseJson association = service.caseAssociation(toDictionary.associationId()).orElseThrow();

    assertThat(CaseSchemas.problems(CaseSchemas.CF_ASSOCIATION, association.json())).isEmpty();
    assertThat(association.framework()).isEqualTo(toDictionary.declaredBy());
    assertThat(association.json().getString("associationType")).isEqualTo("exactMatchOf");
    assertThat(association.json().getJsonObject("originNodeURI").getString("title")).isEqualTo("DIV.INK.HT3.PROBLEEMANALYSE");
    assertThat(association.json().getJsonObject("destinationNodeURI").getString("title")).isEqualTo("PIC.PROBLEEMANALYSE");
    assertThat(service.caseAssociation(UUID.randomUUID())).isEmpty();
  }

  @Test
  void caseDocumentsListEveryVersionAndValidateAsADocumentSetOnceThePackageLinkIsAdded() {
    List<CaseJson> documents = service.caseDocuments();

    assertThat(documents).extracting(d -> d.json().getJsonObject("extensions").getString("code"))
        .containsExactly("BEROEPSPROFIEL", "CROSSWALK", "DIVOSA", "LEERBAARHEID", "MBO", "PICOMPANY", "SV");
    assertThat(documents).extracting(CaseJson::status).containsOnly(FrameworkStatus.GEPUBLICEERD);
    var set = Json.createArrayBuilder();
    for (CaseJson d : documents) {
      set.add(
          Json.createObjectBuilder(d.json())
              .add("CFPackageURI", Json.createObjectBuilder()
                  .add("title", d.json().getString("title"))
                  .add("identifier", d.framework().toString())
                  .add("uri", "https://vakwijzer.example/ims/case/v1p1/CFPackages/" + d.framework())));
    }
    JsonObject documentSet = Json.createObjectBuilder().add("CFDocuments", set).build();
    assertThat(CaseSchemas.problems(CaseSchemas.CF_DOCUMENT_SET, documentSet)).isEmpty();
  }

  private FrameworkId frameworkId(String code) {
    return service.findByCode(code).orElseThrow().id();
  }

  private static JsonObject item(JsonObject casePackage, String humanCode) {
    return casePackage.getJsonArray("CFItems").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("humanCodingScheme").equals(humanCode))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> identifiers(JsonObject casePackage, String definitions) {
    JsonObject defs = casePackage.getJsonObject("CFDefinitions");
    JsonArray entries = defs == null ? null : defs.getJsonArray(definitions);
    return entries == null
        ? List.of()
        : entries.stream().map(e -> e.asJsonObject().getString("identifier")).sorted().toList();
  }

  private static JsonObject without(JsonObject object, String field) {
    return Json.createObjectBuilder(object).remove(field).build();
  }

  private static JsonObject json(byte[] bytes) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
      return reader.readObject();
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = CaseExportTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
