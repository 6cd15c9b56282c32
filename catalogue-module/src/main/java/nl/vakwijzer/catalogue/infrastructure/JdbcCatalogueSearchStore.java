package nl.vakwijzer.catalogue.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.Page;
import nl.vakwijzer.catalogue.api.search.CatalogueFacets;
import nl.vakwijzer.catalogue.api.search.CatalogueHit;
import nl.vakwijzer.catalogue.api.search.CatalogueQuery;
import nl.vakwijzer.catalogue.api.search.CatalogueSearchResult;
import nl.vakwijzer.catalogue.api.search.FacetValue;
import nl.vakwijzer.catalogue.api.search.HitClaim;
import nl.vakwijzer.catalogue.api.search.OfferingPeriod;
import nl.vakwijzer.catalogue.api.search.PriceRange;
import nl.vakwijzer.catalogue.domain.CatalogueSearchStore;

/**
 * {@link CatalogueSearchStore} over the generated {@code module_version.search_vector} (migration V9,
 * Dutch configuration over folded text).
 *
 * <p>A search is answered from the in-memory {@link CatalogueIndex} (count, order and every facet),
 * kept current by the supply revision ({@link SupplyCache}, migrations V11 and V12): PostgreSQL only
 * turns the text into a tsquery ({@link TextQuery}; no table access) and reads the page's rows and
 * their claims by id, plus the labels of the competencies in the facet. Inside a transaction that has
 * itself written, the search runs fully in SQL ({@link #searchInSql}): the generated search vector
 * with its partial GIN index, and facet counts as one grouped query per facet, each with every filter
 * but its own (disjunctive facets). Both give the same matches, counts and facets; the in-memory
 * order approximates {@code ts_rank} (see {@link CatalogueIndex}).
 *
 * <p>"Accredited" is evaluated here exactly as the {@code accredited_claim} view does, but against
 * the caller's reference date rather than {@code current_date}: status GEACCREDITEERD, end date not
 * before it, and at least one accepted claim.
 */
public final class JdbcCatalogueSearchStore implements CatalogueSearchStore {
  private static final String TSQUERY = "websearch_to_tsquery('dutch'::regconfig, catalogue.search_fold_query(?))";
  /** The indexed document (migration V9): dossier texts, accepted competencies, provider name. */
  private static final String DOCUMENT = "(v.search_vector || coalesce(v.extra_vector, ''::tsvector))";
  private static final String ONLINE_SQL = "(v.dossier ->> 'deliveryMode' = 'ONLINE'"
      + " or jsonb_path_exists(v.dossier, '$.offerings[*] ? (@.location.online == true)'))";
  private static final String PRICE_SQL = "(v.dossier -> 'prices' ->> 'perParticipant')::numeric";
  private static final String BUCKET_SQL = "(case when " + PRICE_SQL + " is null then 'ON_REQUEST'"
      + " when " + PRICE_SQL + " < 250 then 'UP_TO_250'"
      + " when " + PRICE_SQL + " < 500 then 'FROM_250_TO_500'"
      + " when " + PRICE_SQL + " < 1000 then 'FROM_500_TO_1000' else 'FROM_1000' end)";
  private static final String OFFERINGS = "jsonb_array_elements(coalesce(v.dossier -> 'offerings', '[]'::jsonb))";
  private static final String STARTS_BETWEEN = "exists (select 1 from " + OFFERINGS + " o"
      + " where o ->> 'status' in ('PLANNED', 'OPEN') and (o -> 'dates' ->> 0)::date between ? and ?)";
  private static final String NEXT_OFFERING = "(select min((o -> 'dates' ->> 0)::date) from " + OFFERINGS + " o"
      + " where o ->> 'status' in ('PLANNED', 'OPEN') and (o -> 'dates' ->> 0)::date >= ?)";

  /** Every accredited version with at least one accepted claim, as the index holds it (all, or those of the ids given). */
  private static final String INDEX_SQL = "select v.id, v.supply_revision, v.title, v.updated_at, v.accredited_until,"
      + " v.dossier ->> 'deliveryMode', " + PRICE_SQL + ", " + ONLINE_SQL + ","
      + " array(select (o -> 'dates' ->> 0)::date from " + OFFERINGS + " o where o ->> 'status' in ('PLANNED', 'OPEN')"
      + "   and (o -> 'dates' ->> 0) is not null order by 1),"
      + " array(select c.competency_id from catalogue.module_claim c where c.version_id = v.id and c.accepted"
      + "   order by c.competency_id),"
      + " array(select c.accepted_to_ordinal from catalogue.module_claim c where c.version_id = v.id and c.accepted"
      + "   order by c.competency_id),"
      + " array(select pr.region_code from catalogue.provider_region pr where pr.organisation_id = m.organisation_id),"
      + " " + DOCUMENT + "::text"
      + " from catalogue.module_version v join catalogue.module m on m.id = v.module_id"
      + " where v.status = 'GEACCREDITEERD'"
      + " and exists (select 1 from catalogue.module_claim ca where ca.version_id = v.id and ca.accepted)";

  private final DataSource dataSource;
  private final JdbcFrameworkRepository.TransactionMode mode;
  private final SupplyCache<CatalogueIndex, CatalogueIndex.Version> index = new SupplyCache<>(
      new SupplyCache.Source<>() {
        @Override
        public List<CatalogueIndex.Version> load(Connection c, List<UUID> ids) throws SQLException {
          regions(c);
          return ids == null
              ? query(c, Sql.of(INDEX_SQL), rs -> indexed(rs, lexemes))
              : query(c, Sql.of(INDEX_SQL + " and v.id = any (?)", c.createArrayOf("uuid", ids.toArray())),
                  rs -> indexed(rs, lexemes));
        }

        @Override
        public long revisionOf(CatalogueIndex.Version loaded) {
          return loaded.revision();
        }

        @Override
        public CatalogueIndex full(List<CatalogueIndex.Version> loaded, long revision, long safeRevision) {
          return CatalogueIndex.of(loaded, regions, lexemes, revision, safeRevision);
        }

        @Override
        public CatalogueIndex with(CatalogueIndex known, java.util.Collection<SupplyCache.Change> changes,
            List<UUID> reloaded, List<CatalogueIndex.Version> loaded, long revision, long safeRevision) {
          return known.with(changes, reloaded, loaded, revision, safeRevision);
        }
      }, true);

  public JdbcCatalogueSearchStore(DataSource dataSource, JdbcFrameworkRepository.TransactionMode mode) {
    this.dataSource = dataSource;
    this.mode = mode;
  }

  /** The filters of a query, one per facet. */
  private enum Facet { TEXT, COMPETENCY, LEVEL, REGION, DELIVERY, PRICE, PERIOD }

  /** A piece of SQL with its parameters, in order. */
  private record Sql(String text, List<Object> parameters) {
    static Sql of(String text, Object... parameters) {
      return new Sql(text, List.of(parameters));
    }
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private static <T> List<T> query(Connection c, Sql sql, RowMapper<T> mapper) throws SQLException {
    List<T> rows = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql.text())) {
      for (int i = 0; i < sql.parameters().size(); i++) {
        Object p = sql.parameters().get(i);
        s.setObject(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
    }
    return rows;
  }

  /** The regions in list order: reference data that only a migration changes, so read once. */
  private volatile List<CatalogueIndex.Region> regions;

  private List<CatalogueIndex.Region> regions(Connection c) throws SQLException {
    List<CatalogueIndex.Region> known = regions;
    if (known == null) {
      known = List.copyOf(query(c, Sql.of("select code, name from catalogue.region order by position"),
          rs -> new CatalogueIndex.Region(rs.getString(1), rs.getString(2))));
      regions = known;
    }
    return known;
  }

  @Override
  public Set<String> regionCodes() {
    Set<String> codes = new LinkedHashSet<>();
    for (CatalogueIndex.Region region : mode.unitOfWork(dataSource, this::regions, "Region query failed")) {
      codes.add(region.code());
    }
    return codes;
  }

  @Override
  public CatalogueSearchResult search(CatalogueQuery q, LocalDate asOf) {
    return mode.unitOfWork(dataSource, c -> {
      CatalogueIndex current = index.current(c);
      return current == null ? run(c, q, asOf) : inMemory(c, current, q, asOf);
    }, "Catalogue search failed");
  }

  /** The search fully in SQL, as inside a transaction that has written (for tests and comparison). */
  public CatalogueSearchResult searchInSql(CatalogueQuery q, LocalDate asOf) {
    return mode.unitOfWork(dataSource, c -> run(c, q, asOf), "Catalogue search failed");
  }

  /**
   * For tests: the versions the index finds accredited on {@code asOf} for a tsquery in text form
   * (such as {@code to_tsquery(...)::text}, which may hold prefixes that web-search syntax cannot).
   */
  public Set<UUID> indexMatches(String tsquery, LocalDate asOf) {
    return mode.unitOfWork(dataSource, c -> {
      CatalogueIndex current = index.current(c);
      if (current == null) {
        throw new IllegalStateException("No catalogue index inside a transaction that has written");
      }
      CatalogueIndex.Result r = current.search(CatalogueQuery.all().withPage(0, Integer.MAX_VALUE / 2),
          asOf, TextQuery.parse(tsquery));
      return new LinkedHashSet<>(r.page());
    }, "Catalogue search failed");
  }

  @Override
  public int preload() {
    return indexSize();
  }

  /** The number of versions in the in-memory index, brought up to date first ({@code -1}: inside a writing transaction). */
  public int indexSize() {
    return mode.unitOfWork(dataSource, c -> {
      CatalogueIndex current = index.current(c);
      return current == null ? -1 : current.size();
    }, "Catalogue index load failed");
  }

  // ------------------------------------------------------------------ filters

  private static boolean hasText(Connection c, String text) throws SQLException {
    if (text.isBlank()) {
      return false;
    }
    // a query of stopwords only ("de het") is no query: list everything
    return query(c, Sql.of("select numnode(" + TSQUERY + ")", text), rs -> rs.getInt(1)).get(0) > 0;
  }

  private static Map<Facet, Sql> filters(CatalogueQuery q, LocalDate asOf, boolean text, Connection c)
      throws SQLException {
    Map<Facet, Sql> f = new EnumMap<>(Facet.class);
    if (text) {
      f.put(Facet.TEXT, Sql.of(DOCUMENT + " @@ " + TSQUERY, q.text()));
    }
    if (!q.competencies().isEmpty()) {
      f.put(Facet.COMPETENCY, Sql.of("exists (select 1 from catalogue.module_claim cf where cf.version_id = v.id"
          + " and cf.accepted and cf.competency_id = any (?))",
          c.createArrayOf("uuid", q.competencies().stream().map(ItemId::value).toArray())));
    }
    if (!q.levels().isEmpty()) {
      f.put(Facet.LEVEL, Sql.of("exists (select 1 from catalogue.module_claim cl where cl.version_id = v.id"
          + " and cl.accepted and cl.accepted_to_ordinal = any (?))",
          c.createArrayOf("int4", q.levels().toArray())));
    }
    if (!q.regions().isEmpty()) {
      List<String> codes = q.regions().stream().filter(r -> !CatalogueQuery.ONLINE.equals(r)).toList();
      List<String> parts = new ArrayList<>();
      List<Object> parameters = new ArrayList<>();
      if (!codes.isEmpty()) {
        parts.add("exists (select 1 from catalogue.provider_region pr where pr.organisation_id = m.organisation_id"
            + " and (pr.region_code = any (?) or pr.region_code = 'LANDELIJK'))");
        parameters.add(c.createArrayOf("varchar", codes.toArray()));
      }
      if (q.regions().contains(CatalogueQuery.ONLINE)) {
        parts.add(ONLINE_SQL);
      }
      f.put(Facet.REGION, new Sql("(" + String.join(" or ", parts) + ")", parameters));
    }
    if (!q.deliveryModes().isEmpty()) {
      f.put(Facet.DELIVERY, Sql.of("v.dossier ->> 'deliveryMode' = any (?)",
          c.createArrayOf("varchar", q.deliveryModes().stream().map(Enum::name).toArray())));
    }
    if (!q.priceRanges().isEmpty() || q.maxPrice() != null) {
      List<String> parts = new ArrayList<>();
      List<Object> parameters = new ArrayList<>();
      if (!q.priceRanges().isEmpty()) {
        parts.add(BUCKET_SQL + " = any (?)");
        parameters.add(c.createArrayOf("varchar", q.priceRanges().stream().map(Enum::name).toArray()));
      }
      if (q.maxPrice() != null) {
        parts.add(PRICE_SQL + " <= ?");
        parameters.add(q.maxPrice());
      }
      f.put(Facet.PRICE, new Sql("(" + String.join(" and ", parts) + ")", parameters));
    }
    if (q.from() != null || q.to() != null) {
      LocalDate from = q.from() == null || q.from().isBefore(asOf) ? asOf : q.from();
      LocalDate to = q.to() == null ? LocalDate.of(9999, 12, 31) : q.to();
      f.put(Facet.PERIOD, Sql.of(STARTS_BETWEEN, from, to));
    }
    return f;
  }

  /** FROM and WHERE over accredited versions with every filter except {@code except}'s. */
  private static Sql from(Map<Facet, Sql> filters, Facet except, LocalDate asOf) {
    StringBuilder sql = new StringBuilder(" from catalogue.module_version v"
        + " join catalogue.module m on m.id = v.module_id"
        + " join catalogue.organisation o on o.id = m.organisation_id"
        + " where v.status = 'GEACCREDITEERD' and (v.accredited_until is null or v.accredited_until >= ?)"
        + " and exists (select 1 from catalogue.module_claim ca where ca.version_id = v.id and ca.accepted)");
    List<Object> parameters = new ArrayList<>(List.of(asOf));
    filters.forEach((facet, filter) -> {
      if (facet != except) {
        sql.append(" and ").append(filter.text());
        parameters.addAll(filter.parameters());
      }
    });
    return new Sql(sql.toString(), parameters);
  }

  private static Sql concat(String head, List<Object> headParameters, Sql from, String tail, Object... tailParameters) {
    List<Object> parameters = new ArrayList<>(headParameters);
    parameters.addAll(from.parameters());
    parameters.addAll(List.of(tailParameters));
    return new Sql(head + from.text() + tail, parameters);
  }

  // ------------------------------------------------------------------ search

  private CatalogueSearchResult run(Connection c, CatalogueQuery q, LocalDate asOf) throws SQLException {
    boolean text = hasText(c, q.text());
    Map<Facet, Sql> filters = filters(q, asOf, text, c);
    Sql all = from(filters, null, asOf);

    long total = query(c, concat("select count(*)", List.of(), all, ""), rs -> rs.getLong(1)).get(0);

    String rank = text ? "ts_rank(" + DOCUMENT + ", " + TSQUERY + ")" : "0::real";
    List<Object> head = new ArrayList<>();
    if (text) {
      head.add(q.text());
    }
    head.add(asOf);
    List<Object[]> rows = query(c, concat("select v.id, v.module_id, v.dossier::text, m.organisation_id, o.name,"
            + " v.accredited_until, " + rank + " as rank, " + NEXT_OFFERING + " as next_offering",
            head, all, " order by rank desc, next_offering asc nulls last, v.updated_at desc, v.title, v.id"
                + " limit ? offset ?", q.size(), (long) q.page() * q.size()),
        rs -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getDouble(7)});

    List<CatalogueHit> hits = hits(c, rows, asOf);
    CatalogueFacets facets = new CatalogueFacets(
        competencyFacet(c, filters, asOf, q),
        levelFacet(c, filters, asOf, q),
        regionFacet(c, filters, asOf, q),
        grouped(c, filters, Facet.DELIVERY, asOf, "v.dossier ->> 'deliveryMode'",
            q.deliveryModes().stream().map(Enum::name).toList(),
            java.util.Arrays.stream(nl.vakwijzer.catalogue.api.DeliveryMode.values()).map(Enum::name).toList()),
        grouped(c, filters, Facet.PRICE, asOf, BUCKET_SQL, q.priceRanges().stream().map(Enum::name).toList(),
            java.util.Arrays.stream(PriceRange.values()).map(Enum::name).toList()),
        periodFacet(c, filters, asOf));
    return new CatalogueSearchResult(new Page<>(hits, q.page(), q.size(), total), facets, asOf);
  }

  /** Hits from rows (id, module, dossier, provider, provider name, end date, rank), with their claims. */
  private static List<CatalogueHit> hits(Connection c, List<Object[]> rows, LocalDate asOf) throws SQLException {
    Map<UUID, List<HitClaim>> claims = claims(c, rows.stream().map(r -> (UUID) r[0]).toList());
    List<CatalogueHit> hits = new ArrayList<>();
    for (Object[] r : rows) {
      hits.add(hit(pageRow(r, 0, 0, claims), (UUID) r[0], (double) r[6], asOf));
    }
    return hits;
  }

  /**
   * A hit's row as read: its dossier parsed, its claims with their labels. {@code revision} is the
   * version's supply revision (every change to the version, its claims or its provider's name moves
   * it, migration V11).
   */
  private record PageRow(long revision, long readAt, UUID module, ModuleDossier dossier, UUID provider,
      String providerName, LocalDate accreditedUntil, List<HitClaim> claims) {}

  /** A row (id, module, dossier, provider, provider name, end date, …) with its claims. */
  private static PageRow pageRow(Object[] r, long revision, long readAt, Map<UUID, List<HitClaim>> claims) {
    return new PageRow(revision, readAt, (UUID) r[1], DossierJson.read((String) r[2]), (UUID) r[3], (String) r[4],
        (LocalDate) r[5], claims.getOrDefault((UUID) r[0], List.of()));
  }

  private static CatalogueHit hit(PageRow row, UUID id, double rank, LocalDate asOf) {
    ModuleDossier d = row.dossier();
    Offering next = nextOffering(d.offerings(), asOf);
    return new CatalogueHit(new ModuleVersionId(id), new ModuleId(row.module()), d.title(), d.summary(),
        new OrganisationId(row.provider()), row.providerName(), row.claims(), row.accreditedUntil(),
        next == null ? null : next.dates().get(0),
        next == null ? null : next.location().online() ? "" : next.location().municipality(),
        d.deliveryMode(), d.prices().perParticipant(), d.prices().inCompany(), rank);
  }

  /**
   * The rows of recent hits, by version: a page of a popular search is then built without reading
   * and parsing its dossiers again (at 100,000 modules that was a fifth of a search's time). A row
   * counts while its supply revision is the index's and it was read less than {@link
   * #PAGE_ROW_TTL_NANOS} ago (the claims' competency and level labels come from the frameworks,
   * which do not move the revision). At most {@link #PAGE_ROWS} rows are kept; past that the map
   * starts again.
   */
  private final Map<UUID, PageRow> pageRows = new java.util.concurrent.ConcurrentHashMap<>();

  private static final long PAGE_ROW_TTL_NANOS = 60_000_000_000L;
  private static final int PAGE_ROWS = 20_000;

  /** The page's rows, from {@link #pageRows} or read; versions deleted meanwhile are left out. */
  private Map<UUID, PageRow> pageRows(Connection c, CatalogueIndex index, List<UUID> page) throws SQLException {
    Map<UUID, PageRow> rows = new HashMap<>();
    List<UUID> missing = new ArrayList<>();
    long now = System.nanoTime();
    for (UUID id : page) {
      PageRow known = pageRows.get(id);
      Long revision = index.revisionOf(id);
      if (known != null && revision != null && known.revision() == revision && now - known.readAt() < PAGE_ROW_TTL_NANOS) {
        rows.put(id, known);
      } else {
        missing.add(id);
      }
    }
    if (missing.isEmpty()) {
      return rows;
    }
    List<Object[]> read = query(c, Sql.of("select v.id, v.module_id, v.dossier::text, m.organisation_id, o.name,"
            + " v.accredited_until, v.supply_revision from catalogue.module_version v"
            + " join catalogue.module m on m.id = v.module_id"
            + " join catalogue.organisation o on o.id = m.organisation_id where v.id = any (?)",
            c.createArrayOf("uuid", missing.toArray())),
        rs -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getLong(7)});
    Map<UUID, List<HitClaim>> claims = claims(c, read.stream().map(r -> (UUID) r[0]).toList());
    if (pageRows.size() + read.size() > PAGE_ROWS) {
      pageRows.clear();
    }
    for (Object[] r : read) {
      PageRow row = pageRow(r, (long) r[6], now, claims);
      rows.put((UUID) r[0], row);
      pageRows.put((UUID) r[0], row);
    }
    return rows;
  }

  // ------------------------------------------------------------------ in memory

  /**
   * The search on the index: PostgreSQL parses the text (stemming, folding, stopwords) without
   * touching a table, the index counts, orders and computes the facets, and only the page's rows,
   * their claims and the facet's competency labels are read.
   */
  private CatalogueSearchResult inMemory(Connection c, CatalogueIndex index, CatalogueQuery q, LocalDate asOf)
      throws SQLException {
    TextQuery text = q.text().isBlank() ? null : parsed(c, q.text());
    CatalogueIndex.Result r = index.search(q, asOf, text);

    Map<UUID, PageRow> rows = r.page().isEmpty() ? Map.of() : pageRows(c, index, r.page());
    List<CatalogueHit> hits = new ArrayList<>();
    for (int i = 0; i < r.page().size(); i++) {
      PageRow row = rows.get(r.page().get(i));
      if (row != null) { // deleted since the index was brought up to date: left out
        hits.add(hit(row, r.page().get(i), r.ranks().get(i), asOf));
      }
    }

    CatalogueFacets facets = new CatalogueFacets(
        competencyFacet(c, r.competencies(), q),
        withSelected(r.levels().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new FacetValue(String.valueOf(e.getKey()), "", e.getValue())).toList(),
            q.levels().stream().sorted().map(String::valueOf).toList()),
        regionFacet(index, r.regions(), q),
        counted(r.deliveryModes(), nl.vakwijzer.catalogue.api.DeliveryMode.values(), q.deliveryModes()),
        counted(r.priceRanges(), PriceRange.values(), q.priceRanges()),
        periods(r.periods()));
    return new CatalogueSearchResult(new Page<>(hits, q.page(), q.size(), r.total()), facets, asOf);
  }

  /**
   * Texts as PostgreSQL parsed them (stemming, folding and stopwords depend only on the text search
   * configuration, which only a migration changes): a repeated search text skips that round trip.
   * At most {@link #PARSED_TEXTS} texts are kept; past that the map starts again.
   */
  private final Map<String, java.util.Optional<TextQuery>> parsed = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int PARSED_TEXTS = 10_000;

  private TextQuery parsed(Connection c, String text) throws SQLException {
    java.util.Optional<TextQuery> known = parsed.get(text);
    if (known == null) {
      known = java.util.Optional.ofNullable(
          TextQuery.parse(query(c, Sql.of("select " + TSQUERY + "::text", text), rs -> rs.getString(1)).get(0)));
      if (parsed.size() >= PARSED_TEXTS) {
        parsed.clear();
      }
      parsed.put(text, known);
    }
    return known.orElse(null);
  }

  /** A competency's code and facet label, as read at {@code readAt}. */
  private record Label(String humanCode, String text, long readAt) {}

  /**
   * The competency facet's labels, read again after {@link #PAGE_ROW_TTL_NANOS} like the page rows
   * (the same hundred-odd competencies label every search's facet).
   */
  private final Map<UUID, Label> labels = new java.util.concurrent.ConcurrentHashMap<>();

  private List<FacetValue> competencyFacet(Connection c, Map<String, Long> counts, CatalogueQuery q)
      throws SQLException {
    long now = System.nanoTime();
    Map<String, Label> found = new HashMap<>();
    List<UUID> missing = new ArrayList<>();
    for (String id : counts.keySet()) {
      UUID item = UUID.fromString(id);
      Label known = labels.get(item);
      if (known != null && now - known.readAt() < PAGE_ROW_TTL_NANOS) {
        found.put(id, known);
      } else {
        missing.add(item);
      }
    }
    if (!missing.isEmpty()) {
      for (Object[] l : query(c, Sql.of("select fi.id, fi.human_code,"
              + " fi.human_code || ' ' || coalesce(nullif(fi.abbreviated_statement, ''), fi.full_statement)"
              + " from catalogue.framework_item fi where fi.id = any (?)", c.createArrayOf("uuid", missing.toArray())),
          rs -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)})) {
        Label label = new Label((String) l[1], (String) l[2], now);
        labels.put((UUID) l[0], label);
        found.put(l[0].toString(), label);
      }
    }
    List<Map.Entry<String, Label>> sorted = new ArrayList<>(found.entrySet());
    sorted.sort(java.util.Comparator.comparing((Map.Entry<String, Label> e) -> -counts.get(e.getKey()))
        .thenComparing(e -> e.getValue().humanCode(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    List<FacetValue> values = sorted.stream()
        .map(e -> new FacetValue(e.getKey(), e.getValue().text(), counts.get(e.getKey()))).toList();
    return withSelected(values, q.competencies().stream().map(ItemId::toString).toList());
  }

  private static List<FacetValue> regionFacet(CatalogueIndex index, Map<String, Long> counts, CatalogueQuery q) {
    List<FacetValue> values = new ArrayList<>();
    if (counts.getOrDefault(CatalogueQuery.ONLINE, 0L) > 0) {
      values.add(new FacetValue(CatalogueQuery.ONLINE, "", counts.get(CatalogueQuery.ONLINE)));
    }
    for (CatalogueIndex.Region region : index.regions()) {
      long n = counts.getOrDefault(region.code(), 0L);
      if (n > 0) {
        values.add(new FacetValue(region.code(), region.name(), n));
      }
    }
    return withSelected(values, q.regions().stream().sorted().toList());
  }

  /** Values in enum order: those with a count, and the selected ones. */
  private static <E extends Enum<E>> List<FacetValue> counted(Map<E, Long> counts, E[] order, Set<E> selected) {
    List<FacetValue> values = new ArrayList<>();
    for (E value : order) {
      long n = counts.getOrDefault(value, 0L);
      if (n > 0 || selected.contains(value)) {
        values.add(new FacetValue(value.name(), "", n));
      }
    }
    return values;
  }

  private static List<FacetValue> periods(long[] counts) {
    List<FacetValue> values = new ArrayList<>();
    OfferingPeriod[] periods = OfferingPeriod.values();
    for (int i = 0; i < periods.length; i++) {
      values.add(new FacetValue(periods[i].name(), "", counts[i]));
    }
    return values;
  }

  /** The lexeme ids of this store's indexes. */
  private final CatalogueIndex.Lexemes lexemes = new CatalogueIndex.Lexemes();

  /** One row of {@link #INDEX_SQL} as an index entry, its lexemes as ids of {@code lexemes}. */
  private static CatalogueIndex.Version indexed(ResultSet rs, CatalogueIndex.Lexemes lexemes) throws SQLException {
    java.time.OffsetDateTime updated = rs.getObject(4, java.time.OffsetDateTime.class);
    LocalDate until = rs.getObject(5, LocalDate.class);
    String mode = rs.getString(6);
    Object[] starts = (Object[]) rs.getArray(9).getArray();
    int[] days = new int[starts.length];
    for (int i = 0; i < starts.length; i++) {
      days[i] = (int) ((Date) starts[i]).toLocalDate().toEpochDay();
    }
    Object[] competencies = (Object[]) rs.getArray(10).getArray();
    Object[] ordinals = (Object[]) rs.getArray(11).getArray();
    int[] to = new int[ordinals.length];
    for (int i = 0; i < to.length; i++) {
      to[i] = ((Number) ordinals[i]).intValue();
    }
    Object[] regions = (Object[]) rs.getArray(12).getArray();
    List<Integer> words = new ArrayList<>();
    List<byte[]> weights = new ArrayList<>();
    TsVector.parse(rs.getString(13), (lexeme, w) -> {
      words.add(lexemes.id(lexeme));
      weights.add(w);
    });
    float[] scores = new float[weights.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = CatalogueIndex.score(weights.get(i));
    }
    java.time.Instant at = updated.toInstant();
    return new CatalogueIndex.Version(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
        at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000,
        until == null ? Integer.MAX_VALUE : (int) until.toEpochDay(),
        mode == null ? null : nl.vakwijzer.catalogue.api.DeliveryMode.valueOf(mode), rs.getBigDecimal(7),
        rs.getBoolean(8), days, java.util.Arrays.copyOf(competencies, competencies.length, UUID[].class), to,
        java.util.Arrays.copyOf(regions, regions.length, String[].class),
        words.stream().mapToInt(Integer::intValue).toArray(), scores);
  }

  /** The earliest PLANNED or OPEN offering starting on or after {@code asOf}. */
  static Offering nextOffering(List<Offering> offerings, LocalDate asOf) {
    Offering best = null;
    for (Offering o : offerings) {
      if ((o.status() == OfferingStatus.PLANNED || o.status() == OfferingStatus.OPEN) && !o.dates().isEmpty()
          && !o.dates().get(0).isBefore(asOf) && (best == null || o.dates().get(0).isBefore(best.dates().get(0)))) {
        best = o;
      }
    }
    return best;
  }

  private static Map<UUID, List<HitClaim>> claims(Connection c, List<UUID> versions) throws SQLException {
    Map<UUID, List<HitClaim>> claims = new HashMap<>();
    if (versions.isEmpty()) {
      return claims;
    }
    String label = "coalesce(nullif(%1$s.abbreviated_statement, ''), %1$s.full_statement)";
    for (Object[] row : query(c, Sql.of("select c.version_id, c.competency_id, coalesce(fi.human_code, ''),"
            + " coalesce(" + label.formatted("fi") + ", ''), c.accepted_from_ordinal, " + label.formatted("lf") + ","
            + " c.accepted_to_ordinal, " + label.formatted("lt")
            + " from catalogue.module_claim c"
            + " left join catalogue.framework_item fi on fi.id = c.competency_id"
            + " left join catalogue.framework_item lf on lf.id = c.accepted_from_level_id"
            + " left join catalogue.framework_item lt on lt.id = c.accepted_to_level_id"
            + " where c.accepted and c.version_id = any (?) order by c.version_id, c.position",
            c.createArrayOf("uuid", versions.toArray())),
        rs -> new Object[] {rs.getObject(1, UUID.class), new HitClaim(new ItemId(rs.getObject(2, UUID.class)),
            rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getInt(7), rs.getString(8))})) {
      claims.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((HitClaim) row[1]);
    }
    return claims;
  }

  // ------------------------------------------------------------------ facets

  private static List<FacetValue> competencyFacet(Connection c, Map<Facet, Sql> filters, LocalDate asOf,
      CatalogueQuery q) throws SQLException {
    Sql from = from(filters, Facet.COMPETENCY, asOf);
    // the matches first, then their claims (a join, not "in (select …)", which PostgreSQL planned as a
    // nested loop re-running the text match per claim at 100,000 modules); one claim per version and
    // competency (primary key), so count(*) counts versions
    List<FacetValue> values = query(c, concat("select fi.id, fi.human_code || ' ' || coalesce(nullif(fi.abbreviated_statement, ''),"
            + " fi.full_statement), count(*) from (select v.id", List.of(), from,
            ") f join catalogue.module_claim cc on cc.version_id = f.id and cc.accepted"
                + " join catalogue.framework_item fi on fi.id = cc.competency_id"
                + " group by fi.id, fi.human_code, fi.abbreviated_statement, fi.full_statement"
                + " order by count(*) desc, fi.human_code"),
        rs -> new FacetValue(rs.getObject(1, UUID.class).toString(), rs.getString(2), rs.getLong(3)));
    return withSelected(values, q.competencies().stream().map(ItemId::toString).toList());
  }

  private static List<FacetValue> levelFacet(Connection c, Map<Facet, Sql> filters, LocalDate asOf, CatalogueQuery q)
      throws SQLException {
    Sql from = from(filters, Facet.LEVEL, asOf);
    List<FacetValue> values = query(c, concat("select cl.accepted_to_ordinal, count(distinct cl.version_id)"
            + " from (select v.id", List.of(), from, ") f join catalogue.module_claim cl on cl.version_id = f.id"
                + " and cl.accepted group by cl.accepted_to_ordinal order by cl.accepted_to_ordinal"),
        rs -> new FacetValue(String.valueOf(rs.getInt(1)), "", rs.getLong(2)));
    return withSelected(values, q.levels().stream().sorted().map(String::valueOf).toList());
  }

  private static List<FacetValue> regionFacet(Connection c, Map<Facet, Sql> filters, LocalDate asOf, CatalogueQuery q)
      throws SQLException {
    Sql from = from(filters, Facet.REGION, asOf);
    List<FacetValue> values = new ArrayList<>();
    long online = query(c, concat("select count(*)", List.of(), from, " and " + ONLINE_SQL), rs -> rs.getLong(1)).get(0);
    if (online > 0) {
      values.add(new FacetValue(CatalogueQuery.ONLINE, "", online));
    }
    // one pass over the matches (not one per region): a version counts for each region its provider
    // works in, and for every region when the provider works nationwide
    values.addAll(query(c, concat("select r.code, r.name, count(distinct f.id) from (select v.id, m.organisation_id",
            List.of(), from, ") f join catalogue.provider_region pr on pr.organisation_id = f.organisation_id"
                + " join catalogue.region r on r.code = pr.region_code or pr.region_code = 'LANDELIJK'"
                + " group by r.code, r.name, r.position order by r.position"),
        rs -> new FacetValue(rs.getString(1), rs.getString(2), rs.getLong(3))));
    values.removeIf(v -> v.count() == 0);
    return withSelected(values, q.regions().stream().sorted().toList());
  }

  private static List<FacetValue> grouped(Connection c, Map<Facet, Sql> filters, Facet facet, LocalDate asOf,
      String expression, List<String> selected, List<String> order) throws SQLException {
    Sql from = from(filters, facet, asOf);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object[] row : query(c, concat("select " + expression + ", count(*)", List.of(), from,
        " group by 1"), rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
      if (row[0] != null) {
        counts.put((String) row[0], (Long) row[1]);
      }
    }
    List<FacetValue> values = new ArrayList<>();
    for (String value : order) {
      if (counts.getOrDefault(value, 0L) > 0 || selected.contains(value)) {
        values.add(new FacetValue(value, "", counts.getOrDefault(value, 0L)));
      }
    }
    return values;
  }

  private static List<FacetValue> periodFacet(Connection c, Map<Facet, Sql> filters, LocalDate asOf)
      throws SQLException {
    Sql from = from(filters, Facet.PERIOD, asOf);
    StringBuilder select = new StringBuilder("select ");
    List<Object> parameters = new ArrayList<>();
    OfferingPeriod[] periods = OfferingPeriod.values();
    for (int i = 0; i < periods.length; i++) {
      select.append(i == 0 ? "" : ", ").append("count(*) filter (where ").append(STARTS_BETWEEN).append(")");
      parameters.add(asOf);
      parameters.add(periods[i].end(asOf));
    }
    long[] counts = query(c, concat(select.toString(), parameters, from, ""), rs -> {
      long[] n = new long[periods.length];
      for (int i = 0; i < n.length; i++) {
        n[i] = rs.getLong(i + 1);
      }
      return n;
    }).get(0);
    List<FacetValue> values = new ArrayList<>();
    for (int i = 0; i < periods.length; i++) {
      values.add(new FacetValue(periods[i].name(), "", counts[i]));
    }
    return values;
  }

  /** Keeps every selected value visible, with count 0 when nothing matches it. */
  private static List<FacetValue> withSelected(List<FacetValue> values, List<String> selected) {
    List<FacetValue> result = new ArrayList<>(values);
    for (String s : selected) {
      if (result.stream().noneMatch(v -> v.value().equals(s))) {
        result.add(new FacetValue(s, "", 0));
      }
    }
    return result;
  }
}
