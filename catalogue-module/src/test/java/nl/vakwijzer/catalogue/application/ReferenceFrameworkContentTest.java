package nl.vakwijzer.catalogue.application;

import static nl.vakwijzer.catalogue.application.FrameworkTestSupport.queryLong;
import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.ItemDetail;
import nl.vakwijzer.catalogue.api.ItemSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The counts of issue 3 and a sample of verbatim statements, asserted on the database the real
 * loader filled. The tests only read, so they share one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceFrameworkContentTest {
  private final DataSource db = FrameworkTestSupport.databaseWithReferenceFrameworks();
  private final DefaultFrameworkService service = FrameworkTestSupport.serviceOn(db);

  // ------------------------------------------------------------ Standaard voor vakvolwassenheid

  @Test
  void standaardHasTenTasksSevenPrimaryAndThreeSecondary() {
    assertThat(items("SV", "TASK")).isEqualTo(10);
    assertThat(itemsWith("SV", "TASK", "taskType", "PRIMAIR")).isEqualTo(7);
    assertThat(itemsWith("SV", "TASK", "taskType", "SECUNDAIR")).isEqualTo(3);
  }

  @Test
  void standaardHasThreeCumulativeLevelsInScaleOrder() {
    assertThat(items("SV", "LEVEL")).isEqualTo(3);
    assertThat(service.findItem("SV", "SV.SCHAAL").orElseThrow().children())
        .extracting(ItemSummary::label)
        .containsExactly("Basis", "Vakbekwaam", "Vakvolwassen");
  }

  @Test
  void standaardTaskGridHas119CellsEachWithLevelAndDimension() {
    assertThat(items("SV", "LEVEL_DESCRIPTOR")).isEqualTo(119);
    assertThat(
            queryLong(
                db,
                "select count(*) from catalogue.framework_item i join catalogue.framework f on f.id = i.framework_id"
                    + " where f.code = 'SV' and i.item_type = 'LEVEL_DESCRIPTOR'"
                    + " and i.extensions ->> 'level' in ('BASIS', 'VAKBEKWAAM', 'VAKVOLWASSEN')"
                    + " and i.extensions ->> 'dimension' in ('A', 'B', 'C', 'D')"))
        .isEqualTo(119);
    // the source has no Vakvolwassen cell in row A of task 3 (choice 2 in the document notes)
    assertThat(service.findItem("SV", "SV.T3.VAKVOLWASSEN.A")).isEmpty();
    assertThat(childrenOfType("SV", "LEVEL_DESCRIPTOR", "TASK")).isEqualTo(119);
  }

  @Test
  void standaardHasEightCompetenciesWith35Plus28Plus19Indicators() {
    assertThat(items("SV", "COMPETENCY")).isEqualTo(8);
    assertThat(items("SV", "INDICATOR")).isEqualTo(82);
    assertThat(itemsWith("SV", "INDICATOR", "level", "BASIS")).isEqualTo(35);
    assertThat(itemsWith("SV", "INDICATOR", "level", "VAKBEKWAAM")).isEqualTo(28);
    assertThat(itemsWith("SV", "INDICATOR", "level", "VAKVOLWASSEN")).isEqualTo(19);
    assertThat(childrenOfType("SV", "INDICATOR", "COMPETENCY")).isEqualTo(82);
  }

  @Test
  void standaardFollowsTheTaskGridNumberingForTasksSixAndSeven() {
    assertThat(service.findItem("SV", "SV.T6").orElseThrow().item().label()).isEqualTo("Evalueren");
    assertThat(service.findItem("SV", "SV.T7").orElseThrow().item().label()).isEqualTo("Handhaven");
  }

  @Test
  void standaardStatementsAreVerbatim() {
    assertThat(statement("SV", "SV.C4"))
        .isEqualTo(
            "De klantmanager signaleert problemen, herkent belangrijke informatie, zoekt relevante"
                + " informatie en legt verbanden tussen de gegevens. Spoort mogelijke oorzaken van"
                + " problemen op en zoekt naar ter zake doende gegevens.");
    assertThat(statement("SV", "SV.C4.BASIS.1")).isEqualTo("Onderscheidt hoofd en bijzaken.");
    assertThat(statement("SV", "SV.T1.BASIS.A")).isEqualTo("Een open en geduldige houding.\nDuidelijk zijn.");
    assertThat(statement("SV", "SV.BASIS"))
        .isEqualTo(
            "Het Basisniveau is nodig om het beroep überhaupt te kunnen uitoefenen, maar nog niet in"
                + " volledige zelfstandigheid; enige vorm van ondersteuning is nodig.");
  }

  // ------------------------------------------------------------ Divosa 2007

  @Test
  void divosaHasFourProfilesBesidesTheBasisProfile() {
    assertThat(items("DIVOSA", "PROFILE")).isEqualTo(5);
    assertThat(service.findByCode("DIVOSA").orElseThrow().topLevelItems())
        .filteredOn(i -> i.type().name().equals("PROFILE") && !i.humanCode().equals("DIV.BASIS"))
        .extracting(ItemSummary::label)
        .containsExactly("Werk", "Inkomen", "Zorg", "Management");
  }

  @Test
  void divosaHasFourBasiscompetentiesWithNineteenGedragsvoorbeelden() {
    ItemDetail basis = service.findItem("DIVOSA", "DIV.BASIS").orElseThrow();
    assertThat(basis.children()).extracting(ItemSummary::label)
        .containsExactly("Klantgerichtheid", "Resultaatgerichtheid", "Samenwerken", "Ondernemerschap");
    assertThat(basis.children().stream().mapToInt(c -> service.children(c.id()).size()).sum()).isEqualTo(19);
  }

  @Test
  void divosaHas13Hoofdtaken103DeeltakenAnd240Gedragsvoorbeelden() {
    assertThat(items("DIVOSA", "HOOFDTAAK")).isEqualTo(13);
    assertThat(childrenOfType("DIVOSA", "HOOFDTAAK", "PROFILE")).isEqualTo(13);
    assertThat(items("DIVOSA", "DEELTAAK")).isEqualTo(103);
    assertThat(childrenOfType("DIVOSA", "DEELTAAK", "HOOFDTAAK")).isEqualTo(103);
    assertThat(items("DIVOSA", "BEHAVIOUR_EXAMPLE")).isEqualTo(240);
    assertThat(childrenOfType("DIVOSA", "BEHAVIOUR_EXAMPLE", "COMPETENCY")).isEqualTo(240);
  }

  @Test
  void divosaHas52CompetencySlots48PerHoofdtaakAnd4Basis() {
    assertThat(items("DIVOSA", "COMPETENCY")).isEqualTo(52);
    assertThat(childrenOfType("DIVOSA", "COMPETENCY", "HOOFDTAAK")).isEqualTo(48);
    assertThat(childrenOfType("DIVOSA", "COMPETENCY", "PROFILE")).isEqualTo(4);
  }

  @Test
  void inkomenHoofdtaak3IntegriteitHasExactlyItsFiveGedragsvoorbeeldenVerbatim() {
    ItemDetail slot = service.findItem("DIVOSA", "DIV.INK.HT3.INTEGRITEIT").orElseThrow();
    assertThat(slot.parents()).extracting(ItemSummary::humanCode).containsExactly("DIV.INK.HT3");
    assertThat(slot.children())
        .extracting(ItemSummary::fullStatement)
        .containsExactly(
            "Is in zijn benadering naar de klant toe eerlijk en open, zegt waar 'het' op staat.",
            "Laat mensen altijd in hun waarde.",
            "Weegt zorgvuldig belangen en zienswijzen van gemeente en individu af, gegeven de situatie.",
            "Houdt zich aan gemaakte afspraken en is consistent in zijn handelwijze.",
            "Respecteert/beschermt privacy van collega's en cliënten.");
    // the same competency under another hoofdtaak keeps its own wording
    assertThat(statement("DIVOSA", "DIV.INK.HT1.INTEGRITEIT.5"))
        .isEqualTo("Respecteert en beschermt de privacy van collega's en cliënten.");
  }

  @Test
  void divosaSixPointScaleIsOrderedByScaleValueNotPrintOrder() {
    assertThat(service.findItem("DIVOSA", "DIV.SCHAAL6").orElseThrow().children())
        .extracting(ItemSummary::humanCode)
        .containsExactly(
            "DIV.SCHAAL6.1", "DIV.SCHAAL6.2", "DIV.SCHAAL6.3", "DIV.SCHAAL6.4", "DIV.SCHAAL6.5", "DIV.SCHAAL6.6");
  }

  // ------------------------------------------------------------ PiCompany, Beroepsprofiel, MBO, Leerbaarheid

  @Test
  void piCompanyDictionaryHas43CompetenciesInSixClusters() {
    assertThat(items("PICOMPANY", "CLUSTER")).isEqualTo(6);
    assertThat(items("PICOMPANY", "COMPETENCY")).isEqualTo(43);
    assertThat(childrenOfType("PICOMPANY", "COMPETENCY", "CLUSTER")).isEqualTo(43);
    assertThat(statement("PICOMPANY", "PIC.PROBLEEMANALYSE"))
        .isEqualTo(
            "Signaleren van problemen; herkennen van belangrijke informatie; verbanden leggen tussen"
                + " gegevens. Opsporen van mogelijke oorzaken van problemen; zoeken naar ter zake doende gegevens.");
  }

  @Test
  void beroepsprofielHasFiveRolesFourDimensionsTenCompetenciesSevenKnowledgeAreasTenTasks() {
    assertThat(items("BEROEPSPROFIEL", "ROLE")).isEqualTo(5);
    assertThat(items("BEROEPSPROFIEL", "DIMENSION")).isEqualTo(4);
    assertThat(items("BEROEPSPROFIEL", "COMPETENCY")).isEqualTo(10);
    assertThat(childrenOfType("BEROEPSPROFIEL", "COMPETENCY", "DIMENSION")).isEqualTo(10);
    assertThat(items("BEROEPSPROFIEL", "KNOWLEDGE_AREA")).isEqualTo(7);
    assertThat(items("BEROEPSPROFIEL", "TASK")).isEqualTo(10);
    assertThat(service.findItem("BEROEPSPROFIEL", "BP.R1").orElseThrow().item().label())
        .isEqualTo("De onderzoekende professional");
  }

  @Test
  void mboHasFiveDossiersAnd38Werkprocessen() {
    assertThat(items("MBO", "QUALIFICATION_DOSSIER")).isEqualTo(5);
    assertThat(items("MBO", "WERKPROCES")).isEqualTo(38);
    // two werkprocessen are printed without their kerntaak heading: they hang under the dossierdeel
    assertThat(childrenOfType("MBO", "WERKPROCES", "KERNTAAK")).isEqualTo(36);
    assertThat(childrenOfType("MBO", "WERKPROCES", "DOSSIER_PART")).isEqualTo(2);
    assertThat(service.findItem("MBO", "MBO.SB.B1-K1-W1").orElseThrow().item().label())
        .isEqualTo("Bereidt SB-activiteiten voor");
  }

  @Test
  void leerbaarheidHasEightHardToLearnCompetenciesAndTenLearningFormsServingCompetencies() {
    assertThat(itemsWith("LEERBAARHEID", "LEARNABILITY", "hardToLearn", "true")).isEqualTo(8);
    assertThat(items("LEERBAARHEID", "LEARNING_FORM")).isEqualTo(10);
    assertThat(
            queryLong(
                db,
                "select count(distinct a.origin_item_id) from catalogue.framework_association a"
                    + " join catalogue.framework_item c on c.id = a.destination_item_id"
                    + " join catalogue.framework f on f.id = c.framework_id"
                    + " where a.association_type = 'ext:hardToLearn' and f.code = 'PICOMPANY'"
                    + " and c.item_type = 'COMPETENCY'"))
        .isEqualTo(8);
    assertThat(
            queryLong(
                db,
                "select count(*) from catalogue.framework_association a"
                    + " join catalogue.framework_item c on c.id = a.destination_item_id"
                    + " where a.association_type = 'ext:servesCompetency' and c.item_type = 'COMPETENCY'"))
        .isEqualTo(15);
    // four learning forms name no competency in the source
    assertThat(service.findItem("LEERBAARHEID", "LB.LV.INTERVISIE").orElseThrow().outgoing())
        .extracting(l -> l.other().humanCode())
        .containsExactly("PIC.VISIE", "PIC.CREATIVITEIT", "PIC.OORDEELSVORMING", "PIC.INTEGRITEIT", "PIC.SAMENWERKEN");
    assertThat(service.findItem("LEERBAARHEID", "LB.LV.INTERNE-STAGES").orElseThrow().outgoing()).isEmpty();
  }

  @Test
  void crosswalkDeclaresFortyAssociationsAndNoItems() {
    assertThat(queryLong(db, "select count(*) from catalogue.framework_item i join catalogue.framework f"
        + " on f.id = i.framework_id where f.code = 'CROSSWALK'")).isZero();
    assertThat(queryLong(db, "select count(*) from catalogue.framework_association a join catalogue.framework f"
        + " on f.id = a.framework_id where f.code = 'CROSSWALK'")).isEqualTo(40);
  }

  // ------------------------------------------------------------ helpers

  private long items(String framework, String type) {
    return queryLong(
        db,
        "select count(*) from catalogue.framework_item i join catalogue.framework f on f.id = i.framework_id"
            + " where f.code = ? and i.item_type = ?",
        framework,
        type);
  }

  private long itemsWith(String framework, String type, String extension, String value) {
    return queryLong(
        db,
        "select count(*) from catalogue.framework_item i join catalogue.framework f on f.id = i.framework_id"
            + " where f.code = ? and i.item_type = ? and i.extensions ->> ? = ?",
        framework,
        type,
        extension,
        value);
  }

  /** Items of a type in a framework whose isChildOf parent has the given type. */
  private long childrenOfType(String framework, String childType, String parentType) {
    return queryLong(
        db,
        "select count(*) from catalogue.framework_item c"
            + " join catalogue.framework f on f.id = c.framework_id"
            + " join catalogue.framework_association a on a.origin_item_id = c.id and a.association_type = 'isChildOf'"
            + " join catalogue.framework_item p on p.id = a.destination_item_id"
            + " where f.code = ? and c.item_type = ? and p.item_type = ?",
        framework,
        childType,
        parentType);
  }

  private String statement(String framework, String humanCode) {
    return service.findItem(framework, humanCode).orElseThrow().item().fullStatement();
  }
}
