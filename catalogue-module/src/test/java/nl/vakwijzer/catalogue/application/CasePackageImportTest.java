package nl.vakwijzer.catalogue.application;

import static nl.vakwijzer.catalogue.application.FrameworkTestSupport.tableSizes;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ASSOCIATION_CYCLE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ASSOCIATION_UNKNOWN_NODE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.DOCUMENT_CODE_VERSION_TAKEN;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.DOCUMENT_CONCEPT_EXISTS;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.DOCUMENT_FROZEN_CHANGED;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.FIELD_MISSING;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.FILE_TOO_LARGE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.IDENTIFIER_DUPLICATE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.IDENTIFIER_TAKEN;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ITEM_TYPE_UNKNOWN;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.JSON_MALFORMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.CaseValidationError;
import nl.vakwijzer.catalogue.api.CaseValidationException;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.ImportResult;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.testing.CasePackageBuilder;
import org.junit.jupiter.api.Test;

/**
 * Importing CASE packages into a database that holds the reference frameworks: valid packages
 * are stored, every invalid one is refused with the right key and path and stores nothing.
 * Each test has its own copy of the database.
 */
class CasePackageImportTest {
  private final DataSource db = FrameworkTestSupport.databaseWithReferenceFrameworks();
  private final DefaultFrameworkService service = FrameworkTestSupport.serviceOn(db);

  @Test
  void importsAValidPackageAsAConceptThatLinksIntoTheReferenceFrameworks() {
    ItemId sv4 = service.findItem("SV", "SV.C4").orElseThrow().id();
    CasePackageBuilder p =
        CasePackageBuilder.framework("GEMEENTE-X")
            .item("GX.ANALYSE", "COMPETENCY", "Analyseert de hulpvraag van de cliënt.")
            .item("GX.ANALYSE.1", "BEHAVIOUR_EXAMPLE", "Vraagt door.")
            .childOf("GX.ANALYSE.1", "GX.ANALYSE", 1);
    p.association("exactMatchOf", p.itemId("GX.ANALYSE"), "GX.ANALYSE", sv4.value(), "SV.C4");

    ImportResult result = service.importPackage(in(p.bytes()));

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
    assertThat(result.status()).isEqualTo(FrameworkStatus.CONCEPT);
    assertThat(result.code()).isEqualTo("GEMEENTE-X");
    assertThat(result.itemCount()).isEqualTo(2);
    assertThat(result.associationCount()).isEqualTo(2);
    assertThat(service.findByCode("GEMEENTE-X").orElseThrow().summary().reference()).isFalse();
    assertThat(service.equivalents(sv4).exactMatches())
        .extracting(r -> r.item().humanCode())
        .contains("GX.ANALYSE", "PIC.PROBLEEMANALYSE");
    assertThat(service.search("hulpvraag clienten", java.util.Set.of(), 0, 10).content())
        .extracting(ItemSummary::humanCode)
        .containsExactly("GX.ANALYSE");
  }

  @Test
  void importingTheSamePackageAgainChangesNothing() {
    byte[] json = CasePackageBuilder.framework("GEMEENTE-X").item("GX.1", "COMPETENCY", "a").bytes();
    service.importPackage(in(json));
    String before = tableSizes(db);

    ImportResult again = service.importPackage(in(json));

    assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
    assertThat(tableSizes(db)).isEqualTo(before);
  }

  @Test
  void importingAnUnchangedReferencePackageIsANoOp() {
    String before = tableSizes(db);

    ImportResult result = service.importPackage(in(resource("standaard-vakvolwassenheid")));

    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
    assertThat(result.status()).isEqualTo(FrameworkStatus.GEPUBLICEERD);
    assertThat(tableSizes(db)).isEqualTo(before);
  }

  @Test
  void refusesMalformedJson() {
    assertRefused("{\"CFDocument\": {".getBytes(StandardCharsets.UTF_8), tuple("$", JSON_MALFORMED));
  }

  @Test
  void refusesAnItemTypeTheModelDoesNotKnow() {
    byte[] json =
        CasePackageBuilder.framework("T")
            .item("T.1", "COMPETENCY", "a")
            .item("T.2", "STANDARD", "b")
            .bytes();

    assertRefused(json, tuple("$.CFItems[1].CFItemType", ITEM_TYPE_UNKNOWN));
  }

  @Test
  void refusesADuplicateIdentifier() {
    CasePackageBuilder p =
        CasePackageBuilder.framework("T").item("T.1", "COMPETENCY", "a").item("T.2", "COMPETENCY", "b");
    p.set("CFItems[1]", "identifier", p.itemId("T.1").toString());

    assertRefused(p.bytes(), tuple("$.CFItems[1].identifier", IDENTIFIER_DUPLICATE));
  }

  @Test
  void refusesAnIdentifierAReferenceFrameworkAlreadyUses() {
    ItemId sv4 = service.findItem("SV", "SV.C4").orElseThrow().id();
    CasePackageBuilder p = CasePackageBuilder.framework("T").item("T.1", "COMPETENCY", "a");
    p.set("CFItems[0]", "identifier", sv4.toString());

    CaseValidationException refused = assertRefused(p.bytes(), tuple("$.CFItems[0].identifier", IDENTIFIER_TAKEN));
    assertThat(refused.errors().get(0).arguments()).containsExactly(sv4.toString(), "SV");
  }

  @Test
  void refusesAnAssociationIdentifierAReferenceFrameworkAlreadyUses() {
    ItemId pic = service.findItem("PICOMPANY", "PIC.PROBLEEMANALYSE").orElseThrow().id();
    String crosswalkLink =
        service.findItem("SV", "SV.C4").orElseThrow().outgoing().stream()
            .filter(l -> l.other().id().equals(pic))
            .findFirst()
            .orElseThrow()
            .associationId()
            .toString();
    CasePackageBuilder p = CasePackageBuilder.framework("T").item("T.1", "COMPETENCY", "a");
    p.association("isRelatedTo", p.itemId("T.1"), "T.1", pic.value(), "PIC.PROBLEEMANALYSE");
    p.set("CFAssociations[0]", "identifier", crosswalkLink);

    CaseValidationException refused =
        assertRefused(p.bytes(), tuple("$.CFAssociations[0].identifier", IDENTIFIER_TAKEN));
    assertThat(refused.errors().get(0).arguments()).containsExactly(crosswalkLink, "CROSSWALK");
  }

  @Test
  void refusesAnAssociationToAnItemThatIsNeitherInThePackageNorStored() {
    CasePackageBuilder p = CasePackageBuilder.framework("T").item("T.1", "COMPETENCY", "a");
    p.association("exactMatchOf", p.itemId("T.1"), "T.1", java.util.UUID.randomUUID(), "ELDERS.9");

    assertRefused(p.bytes(), tuple("$.CFAssociations[0].destinationNodeURI.identifier", ASSOCIATION_UNKNOWN_NODE));
  }

  @Test
  void refusesAnIsChildOfCycle() {
    byte[] json =
        CasePackageBuilder.framework("T")
            .item("A", "COMPETENCY", "a")
            .item("B", "COMPETENCY", "b")
            .childOf("A", "B", 1)
            .childOf("B", "A", 1)
            .bytes();

    assertRefused(json, tuple("$.CFAssociations[0]", ASSOCIATION_CYCLE));
  }

  @Test
  void refusesACycleThroughAStoredReferenceTree() {
    ItemId scale = service.findItem("SV", "SV.SCHAAL").orElseThrow().id();
    ItemId basis = service.findItem("SV", "SV.BASIS").orElseThrow().id();
    CasePackageBuilder p = CasePackageBuilder.framework("T");
    p.association("isChildOf", scale.value(), "SV.SCHAAL", basis.value(), "SV.BASIS");

    CaseValidationException refused = assertRefused(p.bytes(), tuple("$.CFAssociations[0]", ASSOCIATION_CYCLE));
    assertThat(refused.errors().get(0).arguments()).containsExactly("SV.SCHAAL → SV.BASIS → SV.SCHAAL");
  }

  @Test
  void refusesAPackageThatWouldChangeAPublishedVersionAndNamesTheFirstDifference() {
    JsonObject sv = json(resource("standaard-vakvolwassenheid"));
    JsonObject changed =
        Json.createPatchBuilder().replace("/CFItems/12/fullStatement", "Iets anders.").build().apply(sv);

    CaseValidationException refused =
        assertRefused(changed.toString().getBytes(StandardCharsets.UTF_8), tuple("$.CFItems[12]", DOCUMENT_FROZEN_CHANGED));
    assertThat(refused.errors().get(0).arguments()).containsExactly("SV", "1", "GEPUBLICEERD");
  }

  @Test
  void refusesAPackageThatWouldChangeAPublishedVersionsAssociations() {
    JsonObject sv = json(resource("standaard-vakvolwassenheid"));
    JsonObject changed = Json.createPatchBuilder().remove("/CFAssociations/3").build().apply(sv);

    assertRefused(changed.toString().getBytes(StandardCharsets.UTF_8), tuple("$.CFAssociations[3]", DOCUMENT_FROZEN_CHANGED));
  }

  @Test
  void refusesADifferentPackageForAStoredConceptVersion() {
    service.importPackage(in(CasePackageBuilder.framework("T").item("T.1", "COMPETENCY", "a").bytes()));

    assertRefused(
        CasePackageBuilder.framework("T").item("T.1", "COMPETENCY", "b").bytes(),
        tuple("$.CFItems[0]", DOCUMENT_CONCEPT_EXISTS));
  }

  @Test
  void refusesASecondDocumentWithTheSameCodeAndVersion() {
    JsonObject sv = json(resource("picompany-competentiewoordenboek"));
    JsonObject copy =
        Json.createObjectBuilder()
            .add(
                "CFDocument",
                Json.createObjectBuilder(sv.getJsonObject("CFDocument"))
                    .add("identifier", "11111111-2222-4333-8444-555555555555"))
            .build();

    assertRefused(copy.toString().getBytes(StandardCharsets.UTF_8), tuple("$.CFDocument", DOCUMENT_CODE_VERSION_TAKEN));
  }

  @Test
  void refusesAFileOverTwentyMegabytesWithoutReadingItAll() {
    InputStream huge = new InputStream() {
      long served;

      @Override
      public int read() {
        return served++ < 64L * 1024 * 1024 ? ' ' : -1;
      }
    };

    CaseValidationException refused = catchThrowableOfType(CaseValidationException.class, () -> service.importPackage(huge));

    assertThat(refused.errors()).extracting(CaseValidationError::path, CaseValidationError::messageKey, CaseValidationError::arguments)
        .containsExactly(tuple("$", FILE_TOO_LARGE, List.of(20)));
    assertThat(FrameworkService.MAX_PACKAGE_BYTES).isEqualTo(20 * 1024 * 1024);
  }

  @Test
  void reportsAllProblemsOfAPackageAtOnce() {
    CasePackageBuilder p =
        CasePackageBuilder.framework("T")
            .item("A", "COMPETENCY", "a")
            .item("B", "GEHEIM", "b")
            .childOf("A", "B", 1)
            .childOf("B", "A", 1)
            .remove("CFItems[0]", "fullStatement");
    p.association("isRelatedTo", p.itemId("A"), "A", java.util.UUID.randomUUID(), "NERGENS");

    assertRefused(
        p.bytes(),
        tuple("$.CFItems[0].fullStatement", FIELD_MISSING),
        tuple("$.CFItems[1].CFItemType", ITEM_TYPE_UNKNOWN),
        tuple("$.CFAssociations[2].destinationNodeURI.identifier", ASSOCIATION_UNKNOWN_NODE),
        tuple("$.CFAssociations[0]", ASSOCIATION_CYCLE));
  }

  private CaseValidationException assertRefused(byte[] json, org.assertj.core.groups.Tuple... expected) {
    String before = tableSizes(db);

    CaseValidationException refused =
        catchThrowableOfType(CaseValidationException.class, () -> service.importPackage(in(json)));

    assertThat(refused).as("the package is refused").isNotNull();
    assertThat(refused.messageKey()).isEqualTo("catalogue.case.invalid");
    assertThat(refused.errors())
        .extracting(CaseValidationError::path, CaseValidationError::messageKey)
        .containsExactly(expected);
    assertThat(tableSizes(db)).as("nothing stored").isEqualTo(before);
    return refused;
  }

  private static InputStream in(byte[] json) {
    return new ByteArrayInputStream(json);
  }

  private static byte[] resource(String name) {
    try (InputStream in = CasePackageImportTest.class.getResourceAsStream("/frameworks/" + name + ".case.json")) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonObject json(byte[] bytes) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
      return reader.readObject();
    }
  }
}
