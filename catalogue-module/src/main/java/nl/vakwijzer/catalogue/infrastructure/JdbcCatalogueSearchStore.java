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
 * {@link CatalogueSearchStore} in PostgreSQL: the generated {@code module_version.search_vector}
 * (migration V9, Dutch configuration over folded text) with its partial GIN index, and facet
 * counts as one grouped query per facet, each with every filter but its own (disjunctive facets).
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

  private final DataSource dataSource;
  private final JdbcFrameworkRepository.TransactionMode mode;

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

  @Override
  public Set<String> regionCodes() {
    return mode.unitOfWork(dataSource, c -> new LinkedHashSet<>(
        query(c, Sql.of("select code from catalogue.region order by position"), rs -> rs.getString(1))),
        "Region query failed");
  }

  @Override
  public CatalogueSearchResult search(CatalogueQuery q, LocalDate asOf) {
    return mode.unitOfWork(dataSource, c -> run(c, q, asOf), "Catalogue search failed");
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

    Map<UUID, List<HitClaim>> claims = claims(c, rows.stream().map(r -> (UUID) r[0]).toList());
    List<CatalogueHit> hits = new ArrayList<>();
    for (Object[] r : rows) {
      ModuleDossier d = DossierJson.read((String) r[2]);
      Offering next = nextOffering(d.offerings(), asOf);
      hits.add(new CatalogueHit(new ModuleVersionId((UUID) r[0]), new ModuleId((UUID) r[1]), d.title(), d.summary(),
          new OrganisationId((UUID) r[3]), (String) r[4], claims.getOrDefault((UUID) r[0], List.of()),
          (LocalDate) r[5], next == null ? null : next.dates().get(0),
          next == null ? null : next.location().online() ? "" : next.location().municipality(),
          d.deliveryMode(), d.prices().perParticipant(), d.prices().inCompany(), (double) r[6]));
    }
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
