package nl.vakwijzer.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OfferingLocation;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.search.CatalogueFacets;
import nl.vakwijzer.catalogue.api.search.CatalogueHit;
import nl.vakwijzer.catalogue.api.search.CatalogueQuery;
import nl.vakwijzer.catalogue.api.search.CatalogueSearchResult;
import nl.vakwijzer.catalogue.api.search.FacetValue;
import nl.vakwijzer.catalogue.api.search.PriceRange;
import nl.vakwijzer.catalogue.infrastructure.JdbcCatalogueSearchStore;
import nl.vakwijzer.catalogue.infrastructure.JdbcFrameworkRepository;
import nl.vakwijzer.catalogue.testing.DossierBuilder;
import org.junit.jupiter.api.Test;

/**
 * The catalogue search's in-memory index (JdbcCatalogueSearchStore, CatalogueIndex) against the
 * same search fully in SQL (the fallback inside a writing transaction) on the shared test database:
 * the same totals, facets and hits; and every kind of change is seen by the next search.
 */
class CatalogueIndexTest {
  private final GapTestSupport t = new GapTestSupport();
  private final JdbcCatalogueSearchStore store =
      new JdbcCatalogueSearchStore(t.m.db, JdbcFrameworkRepository.TransactionMode.LOCAL);
  private final String word = CatalogueSearchServiceTest.randomWord();

  private LocalDate today() {
    return LocalDate.ofInstant(t.m.clock.instant(), ZoneId.of("Europe/Amsterdam"));
  }

  private ModuleVersion accredited(Actor provider, Consumer<DossierBuilder> dossier, int acceptedTo) {
    DossierBuilder b = DossierBuilder.valid();
    dossier.accept(b);
    ModuleVersion concept = t.m.modules.create(provider, b.build());
    ModuleVersion submitted = t.m.modules.submit(provider, concept.id(), concept.revision());
    List<AcceptedClaim> claims = new ArrayList<>();
    for (Claim c : b.claims) {
      claims.add(new AcceptedClaim(c.competency(), c.from(),
          acceptedTo < 0 ? c.to() : nl.vakwijzer.catalogue.api.ClaimLevel.ofOrdinal(acceptedTo), c.behaviourExamples()));
    }
    t.m.accreditation.accredit(submitted.id(), GapTestSupport.UNTIL, claims);
    return submitted;
  }

  private Actor providerIn(String... regions) {
    Actor provider = t.m.provider();
    UUID organisation = provider.organisation().value();
    t.m.execute("insert into catalogue.provider_profile (organisation_id, kvk_number, street, house_number, postcode,"
            + " place, contact_name, contact_email, contact_phone) values (?, ?, 'Straat', '1', '8011 AB', 'Zwolle',"
            + " 'Contact', 'c@example.org', '0381234567')",
        organisation, String.format("%08d", Math.abs(organisation.hashCode() % 100_000_000)));
    for (String region : regions) {
      t.m.execute("insert into catalogue.provider_region (organisation_id, region_code) values (?, ?)",
          organisation, region);
    }
    return provider;
  }

  private static Map<String, Long> counts(List<FacetValue> facet) {
    Map<String, Long> counts = new LinkedHashMap<>();
    facet.forEach(v -> counts.put(v.value(), v.count()));
    return counts;
  }

  private static CatalogueHit withoutRank(CatalogueHit h) {
    return new CatalogueHit(h.version(), h.module(), h.title(), h.summary(), h.provider(), h.providerName(),
        h.claims(), h.accreditedUntil(), h.nextOffering(), h.nextOfferingPlace(), h.deliveryMode(),
        h.pricePerParticipant(), h.priceInCompany(), 0);
  }

  /** Both paths agree on the total, every facet (value, label, count) and the set of hits (all pages up to 100). */
  private CatalogueSearchResult assertSame(CatalogueQuery query) {
    CatalogueQuery q = query.withPage(0, CatalogueQuery.MAX_SIZE);
    CatalogueSearchResult memory = store.search(q, today());
    CatalogueSearchResult sql = store.searchInSql(q, today());
    String what = "'" + q.text() + "' " + q;
    assertThat(memory.hits().totalElements()).as(what).isEqualTo(sql.hits().totalElements());
    CatalogueFacets m = memory.facets();
    CatalogueFacets s = sql.facets();
    // competencies: ties in count may come in another order
    assertThat(counts(m.competencies())).as(what).isEqualTo(counts(s.competencies()));
    assertThat(new HashSet<>(m.competencies())).as(what).isEqualTo(new HashSet<>(s.competencies()));
    assertThat(m.competencies()).extracting(FacetValue::count).as(what)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(m.levels()).as(what).containsExactlyElementsOf(s.levels());
    assertThat(m.regions()).as(what).containsExactlyElementsOf(s.regions());
    assertThat(m.deliveryModes()).as(what).containsExactlyElementsOf(s.deliveryModes());
    assertThat(m.priceRanges()).as(what).containsExactlyElementsOf(s.priceRanges());
    assertThat(m.periods()).as(what).containsExactlyElementsOf(s.periods());
    if (sql.hits().totalElements() <= CatalogueQuery.MAX_SIZE) {
      assertThat(memory.hits().content().stream().map(CatalogueIndexTest::withoutRank).toList()).as(what)
          .containsExactlyInAnyOrderElementsOf(sql.hits().content().stream().map(CatalogueIndexTest::withoutRank).toList());
    }
    return memory;
  }

  private static List<ModuleVersionId> ids(CatalogueSearchResult result) {
    return result.hits().content().stream().map(CatalogueHit::version).toList();
  }

  @Test
  void theIndexAndTheSqlPathAgree() {
    String w = word;
    Actor north = providerIn("GRONINGEN", "FRYSLAN");
    Actor everywhere = providerIn("LANDELIJK");
    Actor none = t.m.provider();
    accredited(north, b -> {
      b.title = "Motiverende gespreksvoering " + w;
      b.summary = "Voor klantmanagers in de wijk.";
      b.deliveryMode = DeliveryMode.KLASSIKAAL;
      b.prices = new Prices(new BigDecimal("200"), null);
      b.claims.clear();
      b.claims.add(t.claim("SV.C7", 0, 1));
    }, -1);
    accredited(north, b -> {
      b.title = "Schuldhulpverlening en armoede " + w;
      b.summary = "Gespreksvoering over schulden.";
      b.deliveryMode = DeliveryMode.ONLINE;
      b.prices = new Prices(new BigDecimal("250"), null);
      b.offerings.clear();
      b.offerings.add(new Offering("O1", List.of(today().plusDays(20)), OfferingLocation.ONLINE, 20,
          OfferingStatus.OPEN));
      b.offerings.add(new Offering("O2", List.of(today().plusDays(5)), OfferingLocation.ONLINE, 20,
          OfferingStatus.CANCELLED));
      b.claims.clear();
      b.claims.add(t.claim("SV.C6", 0, 2));
      b.claims.add(t.claim("SV.C7", 0, 1));
    }, -1);
    accredited(everywhere, b -> {
      b.title = "Reïntegratie naar werk " + w;
      b.summary = "Werkgevers en klantgesprek.";
      b.deliveryMode = DeliveryMode.BLENDED;
      b.prices = new Prices(new BigDecimal("999.99"), null);
      b.offerings.clear();
      b.offerings.add(new Offering("O3", List.of(today().plusMonths(5)), OfferingLocation.at("8011 AB", "Zwolle"), 12,
          OfferingStatus.PLANNED));
      b.claims.clear();
      b.claims.add(t.claim("SV.C4", 1, 2));
    }, -1);
    accredited(none, b -> {
      b.title = "Handhaving " + w;
      b.summary = "Fraude en bezwaar; motivatie.";
      b.deliveryMode = DeliveryMode.IN_COMPANY;
      b.prices = new Prices(null, new BigDecimal("5000"));
      b.claims.clear();
      b.claims.add(t.claim("SV.C7", 0, 2));
    }, 1);
    accredited(everywhere, b -> {
      b.title = "Klantgesprek voor gevorderden " + w;
      b.deliveryMode = DeliveryMode.ONLINE;
      b.prices = new Prices(new BigDecimal("1500"), null);
      b.claims.clear();
      b.claims.add(t.claim("SV.C6", 0, 1));
    }, -1);

    List<String> texts = List.of(w, "gespreksvoering " + w, "klantgesprek " + w, w + " or zqnietsgevondenx",
        "gespreksvoering or klantgesprek", w + " -schulden", w + " -klantgesprek -handhaving", "-" + w,
        "\"motiverende gespreksvoering\" " + w, "reintegratie " + w, "re-integratie " + w, "REÏNTEGRATIE " + w,
        "de het", "", "\"'&|!:*()", "klantmanager " + w, "opleider " + w, "zqnietsgevondenx");
    for (String text : texts) {
      CatalogueQuery q = CatalogueQuery.text(text);
      assertSame(q);
      assertSame(q.withCompetencies(Set.of(t.m.item("SV.C7"), t.m.item("SV.C4"))));
      assertSame(q.withLevels(Set.of(1)));
      assertSame(q.withRegions(Set.of("FRYSLAN")));
      assertSame(q.withRegions(Set.of("UTRECHT", CatalogueQuery.ONLINE)));
      assertSame(q.withDeliveryModes(Set.of(DeliveryMode.ONLINE, DeliveryMode.IN_COMPANY)));
      assertSame(q.withPriceRanges(Set.of(PriceRange.UP_TO_250, PriceRange.ON_REQUEST)));
      assertSame(q.withMaxPrice(new BigDecimal("250")));
      // cents, and more decimals than cents hold
      assertSame(q.withMaxPrice(new BigDecimal("425.50")).withPriceRanges(Set.of(PriceRange.values()[2])));
      assertSame(q.withMaxPrice(new BigDecimal("299.995")));
      assertSame(q.withPeriod(today().plusDays(1), today().plusMonths(1)));
      assertSame(q.withPeriod(null, today().plusMonths(6)).withLevels(Set.of(2)).withRegions(Set.of("GRONINGEN")));
    }

    // a query of one lexeme ranks as ts_rank does: the same order in both paths (ties: next offering,
    // updated_at, title, id)
    for (String one : List.of(w, "gespreksvoering", "klantgesprek")) {
      CatalogueQuery single = CatalogueQuery.text(one);
      assertThat(ids(store.search(single, today()))).as(one).isEqualTo(ids(store.searchInSql(single, today())));
    }
    // with two words PostgreSQL ranks by their distance (not kept in memory), but a title match still comes first
    CatalogueQuery two = CatalogueQuery.text("gespreksvoering " + w);
    assertThat(store.search(two, today()).hits().content().get(0).title()).startsWith("Motiverende");
    assertThat(store.searchInSql(two, today()).hits().content().get(0).title()).startsWith("Motiverende");
    // pages: the same first page at size 2
    CatalogueQuery paged = CatalogueQuery.text(w).withPage(1, 2);
    assertThat(store.search(paged, today()).hits().totalElements()).isEqualTo(5);
    assertThat(ids(store.search(paged, today()))).isEqualTo(ids(store.searchInSql(paged, today())));
  }

  @Test
  void prefixQueriesMatchAsPostgresqlDoes() throws Exception {
    accredited(t.m.provider(), b -> {
      b.title = "Voorvoegsel " + word + "abc";
      b.claims.clear();
      b.claims.add(t.claim("SV.C7", 0, 1));
    }, -1);
    accredited(t.m.provider(), b -> {
      b.title = "Voorvoegsel " + word + "abd";
      b.claims.clear();
      b.claims.add(t.claim("SV.C7", 0, 1));
    }, -1);
    for (String query : List.of(word + ":*", word + "abc:*", "voorvoegsel & !" + word + "abd:*",
        "(" + word + "abc | " + word + "abd) & voorvoeg:*")) {
      Set<UUID> expected = new HashSet<>();
      String tsquery;
      try (Connection c = t.m.db.getConnection()) {
        try (PreparedStatement s = c.prepareStatement("select to_tsquery('dutch', ?)::text")) {
          s.setString(1, query);
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            tsquery = rs.getString(1);
          }
        }
        try (PreparedStatement s = c.prepareStatement("select v.id from catalogue.module_version v"
            + " where v.status = 'GEACCREDITEERD' and (v.accredited_until is null or v.accredited_until >= ?)"
            + " and exists (select 1 from catalogue.module_claim c where c.version_id = v.id and c.accepted)"
            + " and (v.search_vector || coalesce(v.extra_vector, ''::tsvector)) @@ to_tsquery('dutch', ?)")) {
          s.setObject(1, today());
          s.setString(2, query);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              expected.add(rs.getObject(1, UUID.class));
            }
          }
        }
      }
      assertThat(store.indexMatches(tsquery, today())).as(query + " → " + tsquery).isEqualTo(expected);
    }
  }

  @Test
  void everyChangeIsSeenByTheNextSearch() {
    Actor provider = providerIn("DRENTHE");
    UUID organisation = provider.organisation().value();
    ModuleVersion module = accredited(provider, b -> {
      b.title = "Wijzigingen " + word;
      b.claims.clear();
      b.claims.add(t.claim("SV.C7", 0, 2));
    }, -1);
    CatalogueQuery byWord = CatalogueQuery.text(word);
    // loaded (in full, or by the change) and found
    assertThat(ids(store.search(byWord, today()))).containsExactly(module.id());
    assertThat(store.indexSize()).isPositive();

    // a claim's accepted level changes
    t.m.execute("update catalogue.module_claim set accepted_to_ordinal = 1 where version_id = ?", module.id().value());
    assertThat(counts(store.search(byWord, today()).facets().levels())).isEqualTo(Map.of("1", 1L));

    // the provider is renamed
    String newName = "Hernoemd" + word.substring(2) + "instituut";
    t.m.execute("update catalogue.organisation set name = ? where id = ?", newName, organisation);
    assertThat(ids(store.search(CatalogueQuery.text(newName), today()))).containsExactly(module.id());

    // the provider's regions change
    assertThat(ids(store.search(byWord.withRegions(Set.of("LIMBURG")), today()))).isEmpty();
    t.m.execute("insert into catalogue.provider_region (organisation_id, region_code) values (?, 'LIMBURG')",
        organisation);
    assertThat(ids(store.search(byWord.withRegions(Set.of("LIMBURG")), today()))).containsExactly(module.id());
    t.m.execute("delete from catalogue.provider_region where organisation_id = ?", organisation);
    assertThat(ids(store.search(byWord.withRegions(Set.of("LIMBURG")), today()))).isEmpty();
    assertThat(ids(store.search(byWord.withRegions(Set.of("DRENTHE")), today()))).isEmpty();

    // suspended, and no accepted claim left
    t.m.accreditation.end(module.id(), ModuleVersionStatus.GESCHORST);
    assertThat(ids(store.search(byWord, today()))).isEmpty();
    ModuleVersion second = accredited(t.m.provider(), b -> {
      b.title = "Tweede " + word;
      b.claims.clear();
      b.claims.add(t.claim("SV.C7", 0, 1));
    }, -1);
    assertThat(ids(store.search(byWord, today()))).containsExactly(second.id());
    t.m.execute("update catalogue.module_claim set accepted = false where version_id = ?", second.id().value());
    assertThat(ids(store.search(byWord, today()))).isEmpty();
    t.m.execute("update catalogue.module_claim set accepted = true where version_id = ?", second.id().value());
    assertThat(ids(store.search(byWord, today()))).containsExactly(second.id());

    // deleted
    t.m.execute("delete from catalogue.module_version where id = ?", second.id().value());
    assertThat(ids(store.search(byWord, today()))).isEmpty();
    assertThat(store.search(byWord, today()).hits().totalElements()).isZero();

    // a fresh store (another server) loads the same
    JdbcCatalogueSearchStore other = new JdbcCatalogueSearchStore(t.m.db, JdbcFrameworkRepository.TransactionMode.LOCAL);
    assertThat(other.indexSize()).isEqualTo(store.indexSize());
  }
}
