package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.Equivalents;
import nl.vakwijzer.catalogue.api.FrameworkDetail;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkSummary;
import nl.vakwijzer.catalogue.api.ItemDetail;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemLink;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.Page;
import nl.vakwijzer.catalogue.api.RelatedItem;
import nl.vakwijzer.catalogue.api.UnknownFrameworkException;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The read side of the framework API on the loaded reference frameworks (read-only, shared). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrameworkQueriesTest {
  private final DataSource db = FrameworkTestSupport.databaseWithReferenceFrameworks();
  private final DefaultFrameworkService service = FrameworkTestSupport.serviceOn(db);

  @Test
  void listsEveryFrameworkWithItsCountsPerType() {
    List<FrameworkSummary> frameworks = service.list();

    assertThat(frameworks)
        .extracting(FrameworkSummary::code)
        .containsExactly("BEROEPSPROFIEL", "CROSSWALK", "DIVOSA", "LEERBAARHEID", "MBO", "PICOMPANY", "SV");
    assertThat(frameworks).allSatisfy(f -> {
      assertThat(f.status()).isEqualTo(FrameworkStatus.GEPUBLICEERD);
      assertThat(f.reference()).isTrue();
      assertThat(f.version()).isEqualTo("1");
    });
    FrameworkSummary sv = frameworks.get(6);
    assertThat(sv.count(ItemType.TASK)).isEqualTo(10);
    assertThat(sv.count(ItemType.INDICATOR)).isEqualTo(82);
    assertThat(sv.count(ItemType.ROLE)).isZero();
    assertThat(sv.itemCount()).isEqualTo(228);
    assertThat(sv.itemCounts().keySet()).first().isEqualTo(ItemType.TASK); // in ItemType order
    FrameworkSummary crosswalk = frameworks.get(1);
    assertThat(crosswalk.itemCount()).isZero();
    assertThat(crosswalk.associationCount()).isEqualTo(40);
  }

  @Test
  void findsAFrameworkWithItsSourceCitationAndTreeRoots() {
    FrameworkDetail sv = service.findByCode("SV").orElseThrow();

    assertThat(service.find(sv.id())).contains(sv);
    assertThat(sv.summary().title()).isEqualTo("De Standaard voor vakvolwassenheid van klantmanagers");
    assertThat(sv.sourceFile()).isEqualTo("000_8cd5119679bdd043.txt");
    assertThat(sv.publicationDate()).isEqualTo("2013");
    assertThat(sv.notes()).startsWith("Bron: ‘De Standaard voor vakvolwassenheid van klantmanagers’");
    assertThat(sv.topLevelItems()).extracting(ItemSummary::type).doesNotContain(ItemType.INDICATOR, ItemType.LEVEL);
    assertThat(sv.topLevelItems()).extracting(ItemSummary::humanCode).contains("SV.SCHAAL", "SV.T1", "SV.C8");
    assertThat(service.findByCode("NOPE")).isEmpty();
    assertThat(service.find(new FrameworkId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void pagesItemsOfOneTypeInDocumentOrder() {
    FrameworkId sv = service.findByCode("SV").orElseThrow().id();

    Page<ItemSummary> second = service.items(sv, Set.of(ItemType.TASK), null, 1, 4);

    assertThat(second.totalElements()).isEqualTo(10);
    assertThat(second.totalPages()).isEqualTo(3);
    assertThat(second.content()).extracting(ItemSummary::humanCode).containsExactly("SV.T5", "SV.T6", "SV.T7", "SV.T8");
    assertThat(second.content().get(0).extension("taskType")).contains("PRIMAIR");
    assertThat(service.items(sv, Set.of(), null, 0, 10_000).size()).isEqualTo(500);
  }

  @Test
  void textQueryIgnoresAccentsAndCase() {
    FrameworkId divosa = service.findByCode("DIVOSA").orElseThrow().id();

    long plain = service.items(divosa, Set.of(), "clienten", 0, 50).totalElements();

    assertThat(plain).isPositive();
    assertThat(service.items(divosa, Set.of(), "cliënten", 0, 50).totalElements()).isEqualTo(plain);
    assertThat(service.items(divosa, Set.of(), "CLIËNTEN", 0, 50).totalElements()).isEqualTo(plain);
    assertThat(service.items(divosa, Set.of(), "clienten", 0, 50).content())
        .allSatisfy(i -> assertThat(i.fullStatement().toLowerCase() + i.label().toLowerCase()).contains("cliënt"));
  }

  @Test
  void textQueryFindsPartsOfDutchCompoundsStemsWordsAndCombinesThem() {
    FrameworkId pic = service.findByCode("PICOMPANY").orElseThrow().id();

    assertThat(service.items(pic, Set.of(ItemType.COMPETENCY), "analyse", 0, 50).content())
        .extracting(ItemSummary::humanCode)
        .contains("PIC.PROBLEEMANALYSE");
    // Dutch stemming: "probleem" also finds "problemen" (Creativiteit)
    assertThat(service.items(pic, Set.of(ItemType.COMPETENCY), "probleem", 0, 50).content())
        .extracting(ItemSummary::humanCode)
        .contains("PIC.PROBLEEMANALYSE", "PIC.CREATIVITEIT");
    assertThat(service.items(pic, Set.of(), "verbanden oorzaken", 0, 50).content())
        .extracting(ItemSummary::humanCode)
        .containsExactly("PIC.PROBLEEMANALYSE");
    assertThat(service.items(pic, Set.of(), "100%_\\", 0, 50).totalElements()).isZero();
  }

  @Test
  void searchesAcrossFrameworks() {
    Page<ItemSummary> hits = service.search("Probleemanalyse", Set.of(ItemType.COMPETENCY), 0, 50);

    assertThat(hits.content())
        .extracting(ItemSummary::humanCode)
        .contains("SV.C4", "PIC.PROBLEEMANALYSE", "DIV.WERK.HT1.PROBLEEMANALYSE", "DIV.ZORG.HT3.PROBLEEMANALYSE");
    assertThat(hits.content()).extracting(ItemSummary::type).containsOnly(ItemType.COMPETENCY);
  }

  @Test
  void refusesItemsOfAnUnknownFramework() {
    assertThatThrownBy(() -> service.items(new FrameworkId(UUID.randomUUID()), Set.of(), null, 0, 10))
        .isInstanceOf(UnknownFrameworkException.class)
        .hasMessageStartingWith("catalogue.framework.unknown");
  }

  @Test
  void showsAnItemWithItsParentsChildrenAndAssociationsInAndOut() {
    ItemDetail c4 = service.findItem("SV", "SV.C4").orElseThrow();

    assertThat(service.findItem(c4.id())).contains(c4);
    assertThat(c4.item().label()).isEqualTo("Probleemanalyse");
    assertThat(c4.parents()).isEmpty();
    assertThat(c4.children()).hasSize(10).extracting(ItemSummary::type).containsOnly(ItemType.INDICATOR);
    assertThat(c4.children().get(0).humanCode()).isEqualTo("SV.C4.BASIS.1");
    assertThat(c4.outgoing())
        .filteredOn(l -> l.type() == AssociationType.EXACT_MATCH_OF)
        .extracting(l -> l.other().humanCode())
        .containsExactly("PIC.PROBLEEMANALYSE");
    ItemLink fromBeroepsprofiel =
        c4.incoming().stream().filter(l -> l.other().humanCode().equals("BP.C3")).findFirst().orElseThrow();
    assertThat(fromBeroepsprofiel.type()).isEqualTo(AssociationType.IS_RELATED_TO);
    assertThat(fromBeroepsprofiel.declaredBy()).isEqualTo(service.findByCode("CROSSWALK").orElseThrow().id());
    assertThat(fromBeroepsprofiel.notes()).isNotBlank();
    assertThat(c4.outgoing()).filteredOn(l -> l.type() == AssociationType.HAS_SKILL_LEVEL).hasSize(3);
    assertThat(c4.equivalents().exactMatches()).isNotEmpty();
  }

  @Test
  void indicatorKnowsItsCompetencyAndLevel() {
    ItemDetail indicator = service.findItem("SV", "SV.C4.BASIS.1").orElseThrow();

    assertThat(indicator.parents()).extracting(ItemSummary::humanCode).containsExactly("SV.C4");
    assertThat(indicator.item().extension("level")).contains("BASIS");
    assertThat(indicator.outgoing())
        .filteredOn(l -> l.type() == AssociationType.HAS_SKILL_LEVEL)
        .extracting(l -> l.other().humanCode())
        .containsExactly("SV.BASIS");
    assertThat(indicator.notes()).contains("[sic]");
  }

  @Test
  void probleemanalyseOfTheStandaardIsEquivalentToPiCompanyAndEveryDivosaProbleemanalyseSlot() {
    Equivalents equivalents = service.equivalents(id("SV", "SV.C4"));

    assertThat(equivalents.exactMatches())
        .extracting(r -> r.item().humanCode(), RelatedItem::distance)
        .contains(org.assertj.core.groups.Tuple.tuple("PIC.PROBLEEMANALYSE", 1))
        .contains(
            org.assertj.core.groups.Tuple.tuple("DIV.WERK.HT1.PROBLEEMANALYSE", 2),
            org.assertj.core.groups.Tuple.tuple("DIV.WERK.HT2.PROBLEEMANALYSE", 2),
            org.assertj.core.groups.Tuple.tuple("DIV.INK.HT1.PROBLEEMANALYSE", 2),
            org.assertj.core.groups.Tuple.tuple("DIV.INK.HT2.PROBLEEMANALYSE", 2),
            org.assertj.core.groups.Tuple.tuple("DIV.INK.HT3.PROBLEEMANALYSE", 2),
            org.assertj.core.groups.Tuple.tuple("DIV.ZORG.HT1.PROBLEEMANALYSE", 2),
            org.assertj.core.groups.Tuple.tuple("DIV.ZORG.HT2.PROBLEEMANALYSE", 2),
            org.assertj.core.groups.Tuple.tuple("DIV.ZORG.HT3.PROBLEEMANALYSE", 2))
        .hasSize(9);
    assertThat(equivalents.exactMatches()).extracting(RelatedItem::relation).containsOnly(AssociationType.EXACT_MATCH_OF);
    assertThat(equivalents.related())
        .extracting(r -> r.item().humanCode())
        .containsExactlyInAnyOrder("BP.C3", "PIC.OORDEELSVORMING");
    assertThat(equivalents.related()).extracting(RelatedItem::relation).containsOnly(AssociationType.IS_RELATED_TO);
  }

  @Test
  void equivalenceWorksInBothDirections() {
    assertThat(service.equivalents(id("DIVOSA", "DIV.INK.HT3.PROBLEEMANALYSE")).exactMatches())
        .extracting(r -> r.item().humanCode())
        .contains("PIC.PROBLEEMANALYSE", "SV.C4", "DIV.WERK.HT1.PROBLEEMANALYSE")
        .doesNotContain("DIV.INK.HT3.PROBLEEMANALYSE");
  }

  @Test
  void coachenOfClientsIsNotEquivalentToCoachenOfStaff() {
    Equivalents svCoachen = service.equivalents(id("SV", "SV.C2"));

    assertThat(svCoachen.all()).extracting(r -> r.item().humanCode()).doesNotContain("PIC.COACHEN", "DIV.MAN.HT2.COACHEN");
    assertThat(svCoachen.exactMatches()).isEmpty();
    assertThat(svCoachen.related()).extracting(r -> r.item().humanCode()).containsExactly("BP.C7");
    assertThat(service.equivalents(id("PICOMPANY", "PIC.COACHEN")).all())
        .extracting(r -> r.item().humanCode())
        .containsExactly("DIV.MAN.HT2.COACHEN");
  }

  @Test
  void refusesChildrenAndEquivalentsOfAnUnknownItem() {
    ItemId unknown = new ItemId(UUID.randomUUID());

    assertThatThrownBy(() -> service.children(unknown))
        .isInstanceOf(UnknownItemException.class)
        .hasMessageStartingWith("catalogue.framework.item.unknown");
    assertThatThrownBy(() -> service.equivalents(unknown)).isInstanceOf(UnknownItemException.class);
    assertThat(service.findItem(unknown)).isEmpty();
    assertThat(service.findItem("SV", "SV.NOPE")).isEmpty();
  }

  private ItemId id(String framework, String humanCode) {
    return service.findItem(framework, humanCode).orElseThrow().id();
  }
}
