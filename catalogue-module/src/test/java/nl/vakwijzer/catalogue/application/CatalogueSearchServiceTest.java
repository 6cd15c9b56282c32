package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OfferingLocation;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.search.CatalogueHit;
import nl.vakwijzer.catalogue.api.search.CatalogueQuery;
import nl.vakwijzer.catalogue.api.search.CatalogueSearchResult;
import nl.vakwijzer.catalogue.api.search.FacetValue;
import nl.vakwijzer.catalogue.api.search.InvalidCatalogueQueryException;
import nl.vakwijzer.catalogue.api.search.PriceRange;
import nl.vakwijzer.catalogue.infrastructure.JdbcCatalogueSearchStore;
import nl.vakwijzer.catalogue.infrastructure.JdbcFrameworkRepository;
import nl.vakwijzer.catalogue.testing.DossierBuilder;
import org.junit.jupiter.api.Test;

/**
 * The public catalogue search on the module tests' shared database, over modules accredited through
 * the real module and accreditation services. Every test puts a random word of its own in its
 * titles and searches for it, so other tests' modules never count.
 */
class CatalogueSearchServiceTest {
  private final GapTestSupport t = new GapTestSupport();
  private final DefaultCatalogueSearchService search = new DefaultCatalogueSearchService(
      new JdbcCatalogueSearchStore(t.m.db, JdbcFrameworkRepository.TransactionMode.LOCAL), t.m.clock);
  /** A word no other test uses (letters only, so the Dutch parser keeps it one word). */
  private final String word = randomWord();

  static String randomWord() {
    Random random = new Random();
    StringBuilder b = new StringBuilder("zq");
    for (int i = 0; i < 10; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    return b.toString();
  }

  /** Submits and accredits a module; {@code accepted} claims (indexes) at {@code acceptedTo} (-1: as claimed). */
  private ModuleVersion accredited(Actor provider, Consumer<DossierBuilder> dossier, LocalDate until, int[] accepted,
      int[] acceptedTo) {
    DossierBuilder b = DossierBuilder.valid();
    dossier.accept(b);
    ModuleVersion concept = t.m.modules.create(provider, b.build());
    ModuleVersion submitted = t.m.modules.submit(provider, concept.id(), concept.revision());
    List<AcceptedClaim> claims = new ArrayList<>();
    for (int i = 0; i < accepted.length; i++) {
      Claim c = b.claims.get(accepted[i]);
      claims.add(new AcceptedClaim(c.competency(), c.from(),
          acceptedTo[i] < 0 ? c.to() : ClaimLevel.ofOrdinal(acceptedTo[i]), c.behaviourExamples()));
    }
    t.m.accreditation.accredit(submitted.id(), until, claims);
    return submitted;
  }

  private ModuleVersion accredited(String title, Claim claim) {
    return accredited(t.m.provider(), b -> {
      b.title = title;
      b.claims.clear();
      b.claims.add(claim);
    }, GapTestSupport.UNTIL, new int[] {0}, new int[] {-1});
  }

  private static List<ModuleVersionId> ids(CatalogueSearchResult result) {
    return result.hits().content().stream().map(CatalogueHit::version).toList();
  }

  private static long count(List<FacetValue> facet, String value) {
    return facet.stream().filter(v -> v.value().equals(value)).mapToLong(FacetValue::count).findFirst().orElse(0);
  }

  @Test
  void dutchStemmingFindsThePluralAndTheTitleRanksFirst() {
    ModuleVersion inTitle = accredited("Gespreksvoering voor de klantmanager " + word, t.claim("SV.C7", 0, 1));
    ModuleVersion inSummary = accredited(t.m.provider(), b -> {
      b.title = "Gesprekken " + word;
      b.summary = "Voor elke klantmanager die wil leren luisteren.";
      b.claims.clear();
      b.claims.add(t.claim("SV.C7", 0, 1));
    }, GapTestSupport.UNTIL, new int[] {0}, new int[] {-1});

    CatalogueSearchResult result = search.search(CatalogueQuery.text("klantmanagers " + word));

    assertThat(ids(result)).containsExactly(inTitle.id(), inSummary.id());
    assertThat(result.hits().totalElements()).isEqualTo(2);
    assertThat(result.hits().content().get(0).rank()).isGreaterThan(result.hits().content().get(1).rank());
  }

  @Test
  void accentsAndHyphensDoNotMatter() {
    ModuleVersion hyphen = accredited("Re-integratie naar werk " + word, t.claim("SV.C7", 0, 1));
    ModuleVersion diaeresis = accredited("Reïntegratie en participatie " + word, t.claim("SV.C7", 0, 1));
    ModuleVersion other = accredited("Schuldhulpverlening " + word, t.claim("SV.C7", 0, 1));

    for (String query : List.of("reintegratie", "re-integratie", "reïntegratie", "REINTEGRATIE")) {
      assertThat(ids(search.search(CatalogueQuery.text(query + " " + word))))
          .as(query).containsExactlyInAnyOrder(hyphen.id(), diaeresis.id());
    }
    assertThat(ids(search.search(CatalogueQuery.text("integratie " + word)))).contains(hyphen.id());
    assertThat(ids(search.search(CatalogueQuery.text("schuldhulpverlening " + word)))).containsExactly(other.id());
  }

  @Test
  void theNameOfAnAcceptedCompetencyAndOfTheProviderAreSearchedToo() {
    ModuleVersion module = accredited("Basistraining " + word, t.claim("SV.C7", 0, 1));
    String competency = t.m.modules.claimOptions(t.m.item("SV.C7")).competency().label();
    String firstWord = competency.split("[^\\p{L}]+")[0];

    assertThat(ids(search.search(CatalogueQuery.text(firstWord + " " + word)))).containsExactly(module.id());
    assertThat(ids(search.search(CatalogueQuery.text("opleider " + word)))).containsExactly(module.id());
    // a competency a claim names but accreditation did not accept is not searched
    ModuleVersion rejectedClaim = accredited(t.m.provider(), b -> {
      b.title = "Vervolgtraining " + word;
      b.claims.clear();
      b.claims.add(t.claim("SV.C7", 0, 1));
      b.claims.add(t.claim("SV.C6", 0, 1));
    }, GapTestSupport.UNTIL, new int[] {0}, new int[] {-1});
    String c6 = t.m.modules.claimOptions(t.m.item("SV.C6")).competency().label().split("[^\\p{L}]+")[0];
    assertThat(ids(search.search(CatalogueQuery.text(c6 + " vervolgtraining " + word)))).doesNotContain(rejectedClaim.id());
    assertThat(ids(search.search(CatalogueQuery.text(firstWord + " vervolgtraining " + word))))
        .containsExactly(rejectedClaim.id());
  }

  @Test
  void onlyCurrentlyAccreditedVersionsWithTheirAcceptedClaimsAreFound() {
    ModuleVersion found = accredited("Accreditatie " + word, t.claim("SV.C7", 0, 1));
    ModuleVersion ended = accredited("Accreditatie " + word + " verlopen", t.claim("SV.C7", 0, 1));
    t.m.accreditation.end(ended.id(), ModuleVersionStatus.VERLOPEN);
    ModuleVersion suspended = accredited("Accreditatie " + word + " geschorst", t.claim("SV.C7", 0, 1));
    t.m.accreditation.end(suspended.id(), ModuleVersionStatus.GESCHORST);
    // the end date lies before the reference date (the clock), although no job marked it VERLOPEN yet
    ModuleVersion pastEndDate = accredited(t.m.provider(), b -> {
      b.title = "Accreditatie " + word + " over datum";
      b.claims.clear();
      b.claims.add(t.claim("SV.C7", 0, 1));
    }, LocalDate.of(2027, 1, 10), new int[] {0}, new int[] {-1});
    Actor provider = t.m.provider();
    DossierBuilder b = DossierBuilder.valid();
    b.title = "Accreditatie " + word + " ingediend";
    b.claims.clear();
    b.claims.add(t.claim("SV.C7", 0, 1));
    ModuleVersion concept = t.m.modules.create(provider, b.build());
    ModuleVersion submitted = t.m.modules.submit(provider, concept.id(), concept.revision());
    // accredited without any accepted claim: nothing to show
    ModuleVersion noAcceptedClaim = accredited(t.m.provider(), d -> {
      d.title = "Accreditatie " + word + " zonder claims";
      d.claims.clear();
      d.claims.add(t.claim("SV.C7", 0, 1));
    }, GapTestSupport.UNTIL, new int[0], new int[0]);
    // two claims, only SV.C7 accepted (and lowered to Basis → Vakbekwaam)
    ModuleVersion partly = accredited(t.m.provider(), d -> {
      d.title = "Accreditatie " + word + " deels";
      d.claims.clear();
      d.claims.add(t.claim("SV.C7", 0, 2));
      d.claims.add(t.claim("SV.C6", 0, 2));
    }, GapTestSupport.UNTIL, new int[] {0}, new int[] {1});

    CatalogueSearchResult all = search.search(CatalogueQuery.text(word));

    assertThat(ids(all)).containsExactlyInAnyOrder(found.id(), partly.id())
        .doesNotContain(ended.id(), suspended.id(), pastEndDate.id(), submitted.id(), noAcceptedClaim.id());
    CatalogueHit hit = all.hits().content().stream().filter(h -> h.version().equals(partly.id())).findFirst().orElseThrow();
    assertThat(hit.claims()).singleElement().satisfies(c -> {
      assertThat(c.competencyCode()).isEqualTo("SV.C7");
      assertThat(c.fromLevel()).isZero();
      assertThat(c.toLevel()).isEqualTo(1);
    });
    assertThat(ids(search.search(CatalogueQuery.text(word).withCompetencies(Set.of(t.m.item("SV.C6")))))).isEmpty();
    assertThat(ids(search.search(CatalogueQuery.text(word).withLevels(Set.of(2))))).isEmpty();
    assertThat(ids(search.search(CatalogueQuery.text(word).withLevels(Set.of(1)))))
        .containsExactlyInAnyOrder(found.id(), partly.id());
  }

  @Test
  void facetsCountDisjunctivelyAndFiltersApply() {
    Actor overijssel = t.m.provider();
    UUID organisation = overijssel.organisation().value();
    t.m.execute("insert into catalogue.provider_profile (organisation_id, kvk_number, street, house_number, postcode,"
            + " place, contact_name, contact_email, contact_phone) values (?, ?, 'Straat', '1', '8011 AB', 'Zwolle',"
            + " 'Contact', 'c@example.org', '0381234567')",
        organisation, String.format("%08d", Math.abs(organisation.hashCode() % 100_000_000)));
    t.m.execute("insert into catalogue.provider_region (organisation_id, region_code) values (?, 'OVERIJSSEL')",
        organisation);
    ModuleVersion online = accredited(overijssel, b -> {
      b.title = "Online " + word;
      b.deliveryMode = DeliveryMode.ONLINE;
      b.prices = new Prices(new BigDecimal("200"), null);
      b.offerings.clear();
      b.offerings.add(new Offering("U1", List.of(LocalDate.of(2027, 5, 1)), OfferingLocation.ONLINE, 20,
          OfferingStatus.OPEN));
      b.claims.clear();
      b.claims.add(t.claim("SV.C7", 0, 1));
    }, GapTestSupport.UNTIL, new int[] {0}, new int[] {-1});
    ModuleVersion classroom = accredited(t.m.provider(), b -> {
      b.title = "Klassikaal " + word;
      b.deliveryMode = DeliveryMode.KLASSIKAAL;
      b.prices = new Prices(new BigDecimal("600"), null);
      b.claims.clear();
      b.claims.add(t.claim("SV.C7", 0, 2));
    }, GapTestSupport.UNTIL, new int[] {0}, new int[] {1});
    ModuleVersion onRequest = accredited(t.m.provider(), b -> {
      b.title = "Op maat " + word;
      b.deliveryMode = DeliveryMode.IN_COMPANY;
      b.prices = new Prices(null, new BigDecimal("5000"));
      b.offerings.clear();
      b.claims.clear();
      b.claims.add(t.claim("SV.C4", 1, 2));
    }, GapTestSupport.UNTIL, new int[] {0}, new int[] {-1});
    String c7 = t.m.item("SV.C7").toString();
    String c4 = t.m.item("SV.C4").toString();

    CatalogueSearchResult all = search.search(CatalogueQuery.text(word));
    assertThat(all.hits().totalElements()).isEqualTo(3);
    var f = all.facets();
    assertThat(count(f.competencies(), c7)).isEqualTo(2);
    assertThat(count(f.competencies(), c4)).isEqualTo(1);
    assertThat(f.competencies()).filteredOn(v -> v.value().equals(c7)).singleElement()
        .satisfies(v -> assertThat(v.label()).startsWith("SV.C7 "));
    assertThat(count(f.levels(), "1")).isEqualTo(2);
    assertThat(count(f.levels(), "2")).isEqualTo(1);
    assertThat(count(f.regions(), CatalogueQuery.ONLINE)).isEqualTo(1);
    assertThat(count(f.regions(), "OVERIJSSEL")).isEqualTo(1);
    assertThat(count(f.regions(), "UTRECHT")).isZero();
    assertThat(count(f.deliveryModes(), "ONLINE")).isEqualTo(1);
    assertThat(count(f.deliveryModes(), "KLASSIKAAL")).isEqualTo(1);
    assertThat(count(f.deliveryModes(), "IN_COMPANY")).isEqualTo(1);
    assertThat(count(f.priceRanges(), "UP_TO_250")).isEqualTo(1);
    assertThat(count(f.priceRanges(), "FROM_500_TO_1000")).isEqualTo(1);
    assertThat(count(f.priceRanges(), "ON_REQUEST")).isEqualTo(1);
    // clock: 2027-01-11; the classroom module starts 2027-02-01, the online one 2027-05-01
    assertThat(count(f.periods(), "WITHIN_1_MONTH")).isEqualTo(1);
    assertThat(count(f.periods(), "WITHIN_6_MONTHS")).isEqualTo(2);

    CatalogueSearchResult c7Only = search.search(CatalogueQuery.text(word).withCompetencies(Set.of(t.m.item("SV.C7"))));
    assertThat(ids(c7Only)).containsExactlyInAnyOrder(online.id(), classroom.id());
    // the competency facet ignores its own filter, the others follow it
    assertThat(count(c7Only.facets().competencies(), c4)).isEqualTo(1);
    assertThat(count(c7Only.facets().priceRanges(), "ON_REQUEST")).isZero();

    assertThat(ids(search.search(CatalogueQuery.text(word).withRegions(Set.of("OVERIJSSEL"))))).containsExactly(online.id());
    assertThat(ids(search.search(CatalogueQuery.text(word).withRegions(Set.of(CatalogueQuery.ONLINE)))))
        .containsExactly(online.id());
    assertThat(ids(search.search(CatalogueQuery.text(word).withDeliveryModes(Set.of(DeliveryMode.KLASSIKAAL,
        DeliveryMode.IN_COMPANY))))).containsExactlyInAnyOrder(classroom.id(), onRequest.id());
    assertThat(ids(search.search(CatalogueQuery.text(word).withPriceRanges(Set.of(PriceRange.ON_REQUEST)))))
        .containsExactly(onRequest.id());
    assertThat(ids(search.search(CatalogueQuery.text(word).withMaxPrice(new BigDecimal("500")))))
        .containsExactly(online.id());
    assertThat(ids(search.search(CatalogueQuery.text(word).withPeriod(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 1)))))
        .containsExactly(online.id());
    assertThat(ids(search.search(CatalogueQuery.text(word).withPeriod(null, LocalDate.of(2027, 3, 1)))))
        .containsExactly(classroom.id());

    // ranking without relevance differences: the nearest next offering first, none last
    assertThat(ids(all)).containsExactly(classroom.id(), online.id(), onRequest.id());
    CatalogueHit first = all.hits().content().get(0);
    assertThat(first.nextOffering()).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(first.nextOfferingPlace()).isEqualTo("Utrecht");
    assertThat(all.hits().content().get(1).nextOfferingPlace()).isEmpty();
  }

  @Test
  void pagesThroughTheResults() {
    for (int i = 0; i < 5; i++) {
      accredited("Pagina " + word + " " + (char) ('a' + i), t.claim("SV.C7", 0, 1));
    }
    CatalogueSearchResult first = search.search(CatalogueQuery.text(word).withPage(0, 2));
    CatalogueSearchResult last = search.search(CatalogueQuery.text(word).withPage(2, 2));
    assertThat(first.hits().content()).hasSize(2);
    assertThat(first.hits().totalElements()).isEqualTo(5);
    assertThat(first.hits().totalPages()).isEqualTo(3);
    assertThat(last.hits().content()).hasSize(1);
    assertThat(search.search(CatalogueQuery.text(word).withPage(3, 2)).hits().content()).isEmpty();
  }

  @Test
  void anEmptyOrStopwordQueryListsEverythingAccredited() {
    accredited("Alles " + word, t.claim("SV.C7", 0, 1));
    long total = search.search(CatalogueQuery.all()).hits().totalElements();
    assertThat(total).isPositive();
    assertThat(search.search(CatalogueQuery.text("de het")).hits().totalElements()).isEqualTo(total);
    assertThat(search.search(CatalogueQuery.text("\"'&|!:*()")).hits().totalElements()).isEqualTo(total);
  }

  @Test
  void preloadingLoadsTheIndexThatSearchesThenUse() {
    ModuleVersion module = accredited("Vooraf geladen " + word, t.claim("SV.C7", 0, 1));
    // the database is shared with other tests: at least this module, and every accredited version found by "all"
    int held = search.preload();
    assertThat(held).isPositive();
    assertThat(search.search(CatalogueQuery.all()).hits().totalElements()).isLessThanOrEqualTo(held);
    assertThat(search.search(CatalogueQuery.text(word)).hits().content()).extracting(h -> h.version())
        .containsExactly(module.id());
  }

  @Test
  void refusesBadQueries() {
    assertThatThrownBy(() -> search.search(CatalogueQuery.all().withPage(-1, 20)))
        .isInstanceOf(InvalidCatalogueQueryException.class).hasMessageContaining(InvalidCatalogueQueryException.PAGE_INVALID);
    assertThatThrownBy(() -> search.search(CatalogueQuery.all().withPage(0, 0)))
        .hasMessageContaining(InvalidCatalogueQueryException.SIZE_INVALID);
    assertThatThrownBy(() -> search.search(CatalogueQuery.all().withPage(0, 101)))
        .hasMessageContaining(InvalidCatalogueQueryException.SIZE_INVALID);
    assertThatThrownBy(() -> search.search(CatalogueQuery.text("a".repeat(201))))
        .hasMessageContaining(InvalidCatalogueQueryException.TEXT_TOO_LONG);
    assertThatThrownBy(() -> search.search(CatalogueQuery.all().withLevels(Set.of(-1))))
        .hasMessageContaining(InvalidCatalogueQueryException.LEVEL_INVALID);
    assertThatThrownBy(() -> search.search(CatalogueQuery.all().withRegions(Set.of("ATLANTIS"))))
        .hasMessageContaining(InvalidCatalogueQueryException.REGION_UNKNOWN);
    assertThatThrownBy(() -> search.search(CatalogueQuery.all().withMaxPrice(new BigDecimal("-1"))))
        .hasMessageContaining(InvalidCatalogueQueryException.PRICE_INVALID);
    assertThatThrownBy(() -> search.search(CatalogueQuery.all().withPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1))))
        .hasMessageContaining(InvalidCatalogueQueryException.PERIOD_INVALID);
  }
}
