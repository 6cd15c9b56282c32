package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.FrameworkDetail;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemLink;
import nl.vakwijzer.catalogue.api.ItemNode;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.UnknownFrameworkException;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The calls the framework pages use: a whole tree at once, a breadcrumb, incoming links in bulk. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrameworkTreeQueriesTest {
  private final DataSource db = FrameworkTestSupport.databaseWithReferenceFrameworks();
  private final DefaultFrameworkService service = FrameworkTestSupport.serviceOn(db);

  @Test
  void treeHoldsEveryItemOnceUnderItsParentInSiblingOrder() {
    FrameworkDetail divosa = service.findByCode("DIVOSA").orElseThrow();

    List<ItemNode> roots = service.tree(divosa.id());

    assertThat(roots).extracting(n -> n.item().humanCode())
        .containsExactlyElementsOf(divosa.topLevelItems().stream().map(ItemSummary::humanCode).toList());
    assertThat(roots.stream().mapToInt(n -> 1 + n.descendantCount()).sum())
        .isEqualTo(divosa.summary().itemCount())
        .isEqualTo(420);
    ItemNode inkomen = child(roots, "DIV.INK");
    assertThat(inkomen.children()).extracting(n -> n.item().humanCode())
        .containsExactly("DIV.INK.HT1", "DIV.INK.HT2", "DIV.INK.HT3");
    ItemNode fraude = child(inkomen.children(), "DIV.INK.HT3");
    assertThat(fraude.item().label()).isEqualTo("Handhaven en bestrijden fraude");
    assertThat(fraude.children()).filteredOn(n -> n.item().type() == ItemType.DEELTAAK).hasSize(8).allMatch(ItemNode::isLeaf);
    assertThat(fraude.children()).filteredOn(n -> n.item().type() == ItemType.COMPETENCY)
        .extracting(n -> n.item().label())
        .containsExactly("Integriteit", "Vasthoudendheid", "Besluitvaardigheid", "Probleemanalyse");
    ItemNode integriteit = child(fraude.children(), "DIV.INK.HT3.INTEGRITEIT");
    assertThat(integriteit.children()).extracting(n -> n.item().fullStatement())
        .hasSize(5)
        .startsWith("Is in zijn benadering naar de klant toe eerlijk en open, zegt waar 'het' op staat.")
        .endsWith("Respecteert/beschermt privacy van collega's en cliënten.");
    // the same order as children() gives, scales by scaleValue
    ItemNode scale = child(roots, "DIV.SCHAAL6");
    assertThat(scale.children()).extracting(n -> n.item().humanCode())
        .containsExactlyElementsOf(service.children(scale.item().id()).stream().map(ItemSummary::humanCode).toList())
        .startsWith("DIV.SCHAAL6.1");
  }

  @Test
  void treeOfTheStandaardHasTheTaskGridAndTheIndicators() {
    List<ItemNode> roots = service.tree(service.findByCode("SV").orElseThrow().id());

    ItemNode handhaven = child(roots, "SV.T7");
    assertThat(handhaven.children()).hasSize(12).allSatisfy(cell -> {
      assertThat(cell.item().type()).isEqualTo(ItemType.LEVEL_DESCRIPTOR);
      assertThat(cell.item().extension("level")).isPresent();
      assertThat(cell.item().extension("dimension")).isPresent();
    });
    assertThat(child(roots, "SV.T3").children()).hasSize(11);
    assertThat(roots).filteredOn(n -> n.item().type() == ItemType.COMPETENCY)
        .hasSize(8)
        .flatExtracting(ItemNode::children)
        .hasSize(82);
  }

  @Test
  void treeOfAFrameworkWithoutItemsIsEmptyAndOfAnUnknownOneIsRefused() {
    assertThat(service.tree(service.findByCode("CROSSWALK").orElseThrow().id())).isEmpty();
    assertThatThrownBy(() -> service.tree(new FrameworkId(UUID.randomUUID())))
        .isInstanceOf(UnknownFrameworkException.class);
  }

  @Test
  void ancestorsRunFromTheTopDownToTheParent() {
    ItemId gv = service.findItem("DIVOSA", "DIV.INK.HT3.INTEGRITEIT.2").orElseThrow().id();

    assertThat(service.ancestors(gv)).extracting(ItemSummary::humanCode)
        .containsExactly("DIV.INK", "DIV.INK.HT3", "DIV.INK.HT3.INTEGRITEIT");
    assertThat(service.ancestors(service.findItem("DIVOSA", "DIV.INK").orElseThrow().id())).isEmpty();
    assertThatThrownBy(() -> service.ancestors(new ItemId(UUID.randomUUID())))
        .isInstanceOf(UnknownItemException.class);
  }

  @Test
  void incomingLinksOfSeveralItemsInOneCall() {
    ItemId pic = service.findItem("PICOMPANY", "PIC.INTEGRITEIT").orElseThrow().id();
    ItemId slot = service.findItem("DIVOSA", "DIV.INK.HT3.INTEGRITEIT").orElseThrow().id();
    ItemId unknown = new ItemId(UUID.randomUUID());

    Map<ItemId, List<ItemLink>> links =
        service.incoming(
            Set.of(pic, slot, unknown), Set.of(AssociationType.HARD_TO_LEARN, AssociationType.SERVES_COMPETENCY));

    assertThat(links).containsOnlyKeys(pic, slot, unknown);
    assertThat(links.get(pic))
        .extracting(l -> l.type(), l -> l.other().humanCode())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(AssociationType.HARD_TO_LEARN, "LB.INTEGRITEIT"),
            org.assertj.core.groups.Tuple.tuple(AssociationType.SERVES_COMPETENCY, "LB.LV.MENTORING"),
            org.assertj.core.groups.Tuple.tuple(AssociationType.SERVES_COMPETENCY, "LB.LV.INTERVISIE"));
    assertThat(links.get(slot)).isEmpty();
    assertThat(links.get(unknown)).isEmpty();
    assertThat(service.incoming(Set.of(pic), Set.of()).get(pic))
        .extracting(ItemLink::type)
        .containsOnly(AssociationType.EXACT_MATCH_OF, AssociationType.HARD_TO_LEARN, AssociationType.SERVES_COMPETENCY)
        .hasSize(6); // three Divosa slots, one note, two learning forms
    assertThat(service.incoming(Set.of(), Set.of())).isEmpty();
  }

  private static ItemNode child(List<ItemNode> nodes, String humanCode) {
    return nodes.stream().filter(n -> n.item().humanCode().equals(humanCode)).findFirst().orElseThrow();
  }
}
