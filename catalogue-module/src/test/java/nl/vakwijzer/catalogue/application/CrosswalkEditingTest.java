package nl.vakwijzer.catalogue.application;

import static nl.vakwijzer.catalogue.api.CannotLinkItemsException.DUPLICATE;
import static nl.vakwijzer.catalogue.api.CannotLinkItemsException.READ_ONLY;
import static nl.vakwijzer.catalogue.api.CannotLinkItemsException.RETIRED;
import static nl.vakwijzer.catalogue.api.CannotLinkItemsException.SAME_FRAMEWORK;
import static nl.vakwijzer.catalogue.api.CannotLinkItemsException.SELF;
import static nl.vakwijzer.catalogue.api.CannotLinkItemsException.TYPE;
import static nl.vakwijzer.catalogue.api.CannotLinkItemsException.UNKNOWN;
import static nl.vakwijzer.catalogue.api.FrameworkEditingService.BEHEER_CROSSWALK_CODE;
import static nl.vakwijzer.catalogue.application.FrameworkVersionCopyTest.suffix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CannotChangeFrameworkException;
import nl.vakwijzer.catalogue.api.CannotLinkItemsException;
import nl.vakwijzer.catalogue.api.CrosswalkLink;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.RelatedItem;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import org.junit.jupiter.api.Test;

/** The beheerder links items of different frameworks; the shipped crosswalk stays as it is. */
class CrosswalkEditingTest {
  private final VersionTestSupport t = VersionTestSupport.withReferenceFrameworks();

  private ItemId item(String framework, String code) {
    return t.frameworks.findItem(framework, code).orElseThrow().id();
  }

  @Test
  void linksTwoItemsInTheBeheerdersOwnCrosswalk() {
    ItemId task = item("SV", "SV.T1");
    ItemId other = item("BEROEPSPROFIEL", "BP.DOMEIN.1");
    assertThat(t.editing.versions(BEHEER_CROSSWALK_CODE)).isEmpty();

    CrosswalkLink link = t.editing.link(task, AssociationType.IS_RELATED_TO, other, " Beide gaan over het eerste contact. ");

    assertThat(link.type()).isEqualTo(AssociationType.IS_RELATED_TO);
    assertThat(link.origin().id()).isEqualTo(task);
    assertThat(link.destination().id()).isEqualTo(other);
    assertThat(link.notes()).isEqualTo("Beide gaan over het eerste contact.");
    assertThat(link.removable()).isTrue();
    assertThat(link.declaredByCode()).isEqualTo(BEHEER_CROSSWALK_CODE);
    FrameworkVersion crosswalk = t.editing.versions(BEHEER_CROSSWALK_CODE).get(0);
    assertThat(crosswalk.status()).isEqualTo(FrameworkStatus.GEPUBLICEERD);
    assertThat(crosswalk.reference()).isFalse();
    assertThat(crosswalk.itemCount()).isZero();
    assertThat(link.declaredBy()).isEqualTo(crosswalk.id());
    assertThat(t.editing.crosswalkLinks()).extracting(CrosswalkLink::id).containsExactly(link.id());
    assertThat(t.frameworks.equivalents(other).related()).extracting(RelatedItem::item).extracting(i -> i.id())
        .contains(task);

    // a second link goes into the same document
    CrosswalkLink second = t.editing.link(item("SV", "SV.T2"), AssociationType.EXACT_MATCH_OF, item("BEROEPSPROFIEL", "BP.DOMEIN.2"), null);
    assertThat(second.declaredBy()).isEqualTo(crosswalk.id());
    assertThat(t.editing.versions(BEHEER_CROSSWALK_CODE)).hasSize(1);
    assertThat(t.editing.crosswalkLinks()).hasSize(2);
  }

  @Test
  void listsTheLinksOfAnItemWhoeverDeclaredThem() {
    ItemId c4 = item("SV", "SV.C4");
    CrosswalkLink own = t.editing.link(item("BEROEPSPROFIEL", "BP.DOMEIN.3"), AssociationType.IS_RELATED_TO, c4, null);

    assertThat(t.editing.crosswalkLinks(c4))
        .extracting(l -> l.origin().humanCode() + " " + l.type().caseName() + " " + l.destination().humanCode(), CrosswalkLink::removable)
        .contains(
            org.assertj.core.groups.Tuple.tuple("SV.C4 exactMatchOf PIC.PROBLEEMANALYSE", false),
            org.assertj.core.groups.Tuple.tuple("BP.DOMEIN.3 isRelatedTo SV.C4", true));
    assertThat(own.removable()).isTrue();
  }

  @Test
  void refusesLinksThatMakeNoSense() {
    ItemId c4 = item("SV", "SV.C4");
    ItemId c5 = item("SV", "SV.C5");
    ItemId pic = item("PICOMPANY", "PIC.PROBLEEMANALYSE");
    ItemId bp = item("BEROEPSPROFIEL", "BP.DOMEIN.1");

    t.assertRefused(CannotLinkItemsException.class, SELF, () -> t.editing.link(c4, AssociationType.EXACT_MATCH_OF, c4, null));
    CannotLinkItemsException same =
        t.assertRefused(CannotLinkItemsException.class, SAME_FRAMEWORK, () -> t.editing.link(c4, AssociationType.IS_RELATED_TO, c5, null));
    assertThat(same.arguments()).containsExactly("SV");
    t.assertRefused(CannotLinkItemsException.class, TYPE, () -> t.editing.link(c4, AssociationType.IS_CHILD_OF, bp, null));
    // the shipped crosswalk already links these two, in this direction and the other
    t.assertRefused(CannotLinkItemsException.class, DUPLICATE, () -> t.editing.link(c4, AssociationType.EXACT_MATCH_OF, pic, null));
    t.assertRefused(CannotLinkItemsException.class, DUPLICATE, () -> t.editing.link(pic, AssociationType.IS_RELATED_TO, c4, null));
    assertThatThrownBy(() -> t.editing.link(c4, AssociationType.IS_RELATED_TO, new ItemId(UUID.randomUUID()), null))
        .isInstanceOf(UnknownItemException.class);
    assertThat(t.editing.versions(BEHEER_CROSSWALK_CODE)).isEmpty();
  }

  @Test
  void refusesALinkTheBeheerderAlreadyMade() {
    ItemId a = item("SV", "SV.T3");
    ItemId b = item("BEROEPSPROFIEL", "BP.WERELD.1");
    t.editing.link(a, AssociationType.IS_RELATED_TO, b, null);

    t.assertRefused(CannotLinkItemsException.class, DUPLICATE, () -> t.editing.link(b, AssociationType.EXACT_MATCH_OF, a, null));
  }

  @Test
  void refusesARetiredItem() {
    var v1 = t.publishedSmallFramework("LINK-" + suffix());
    FrameworkVersion concept = t.editing.newConceptVersion(v1);
    ItemId retired = t.items(concept.id()).get("C.TAAK").id();
    t.editing.retireItem(retired);

    t.assertRefused(CannotLinkItemsException.class, RETIRED,
        () -> t.editing.link(retired, AssociationType.IS_RELATED_TO, item("SV", "SV.T1"), null));
  }

  @Test
  void removesOnlyTheBeheerdersOwnLinks() {
    ItemId a = item("SV", "SV.T4");
    ItemId b = item("BEROEPSPROFIEL", "BP.WERELD.2");
    CrosswalkLink link = t.editing.link(a, AssociationType.EXACT_MATCH_OF, b, null);

    t.editing.unlink(link.id());

    assertThat(t.editing.crosswalkLinks()).isEmpty();
    assertThat(t.frameworks.equivalents(a).all()).extracting(RelatedItem::item).extracting(i -> i.id()).doesNotContain(b);

    CrosswalkLink shipped =
        t.editing.crosswalkLinks(item("SV", "SV.C4")).stream().filter(l -> !l.removable()).findFirst().orElseThrow();
    CannotLinkItemsException readOnly =
        t.assertRefused(CannotLinkItemsException.class, READ_ONLY, () -> t.editing.unlink(shipped.id()));
    assertThat(readOnly.arguments()).containsExactly("CROSSWALK");
    t.assertRefused(CannotLinkItemsException.class, UNKNOWN, () -> t.editing.unlink(UUID.randomUUID()));
    t.assertRefused(CannotLinkItemsException.class, UNKNOWN, () -> t.editing.unlink(link.id()));
  }

  @Test
  void theBeheerdersCrosswalkHasNoVersions() {
    t.editing.link(item("SV", "SV.T5"), AssociationType.IS_RELATED_TO, item("BEROEPSPROFIEL", "BP.WERELD.3"), null);
    FrameworkVersion crosswalk = t.editing.versions(BEHEER_CROSSWALK_CODE).get(0);

    t.assertRefused(CannotChangeFrameworkException.class, CannotChangeFrameworkException.LIVING_CROSSWALK,
        () -> t.editing.newConceptVersion(crosswalk.id()));
  }
}
