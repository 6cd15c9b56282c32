package nl.vakwijzer.catalogue.application;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import nl.vakwijzer.catalogue.api.search.CatalogueQuery;
import nl.vakwijzer.catalogue.infrastructure.JdbcCatalogueSearchStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimEvidence;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ClaimOptions;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ModuleSize;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OfferingLocation;
import nl.vakwijzer.catalogue.api.OfferingStatus;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.TeachingMethod;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.gap.GapQuery;
import nl.vakwijzer.catalogue.api.gap.GapSearchFilter;
import nl.vakwijzer.catalogue.api.gap.GapSearchResult;
import nl.vakwijzer.catalogue.api.gap.LearningPath;
import nl.vakwijzer.catalogue.api.gap.StoredTargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfileSource;
import nl.vakwijzer.catalogue.api.gap.Team;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.catalogue.infrastructure.DossierJson;
import nl.vakwijzer.catalogue.infrastructure.JdbcFrameworkRepository;
import nl.vakwijzer.catalogue.infrastructure.JdbcGapStore;
import nl.vakwijzer.catalogue.infrastructure.JdbcModuleRepository;
import nl.vakwijzer.catalogue.testing.DossierBuilder;
import nl.vakwijzer.catalogue.testing.TestDatabases;
import org.postgresql.PGConnection;

/**
 * Benchmark (not a test; run by {@code bench/gap-search.sh}): the gap search and the learning path
 * over a synthetic catalogue of accredited modules, on an embedded PostgreSQL migrated with the
 * real Flyway scripts and loaded with the reference frameworks.
 *
 * <p>The generator makes providers spread over the arbeidsmarktregio's, modules with Dutch-like
 * titles, about 4 accepted claims each spread over every competency of the shipped frameworks (levels
 * on each competency's own scale), prices, delivery modes and offerings, and about one in six
 * modules with an older, replaced version; it inserts them with COPY. For each size it measures
 * {@code GapService.search} (the real {@link DefaultGapService} over {@link JdbcGapStore}, as the
 * web tier calls it, on a small connection pool) at 1, 4 and 16 concurrent clients for an
 * 8-competency, 12-person gap, the candidate SQL of the store run directly over JDBC, and the
 * learning path with and without a budget.
 */
public final class GapSearchBenchmark {
  private static final Random RANDOM = new Random(20261126L);
  private static final String[] PREFIXES = {"Basistraining", "Verdiepingstraining", "Masterclass", "Leergang",
      "Workshop", "Praktijktraining", "Intervisietraject", "Coachingstraject", "E-learning", "Training",
      "Opleiding", "Module"};
  private static final String[] TOPICS = {"motiverende gespreksvoering", "handhaving en fraudebestrijding",
      "schuldhulpverlening", "Participatiewet in de praktijk", "klantgericht werken", "probleemanalyse",
      "integriteit en ethiek", "netwerken in de wijk", "omgaan met agressie", "rechtmatigheid en doelmatigheid",
      "de Wet inburgering", "werkgeversdienstverlening", "jobcoaching", "bezwaar en beroep", "casusregie",
      "signaleren van armoede", "het brede intakegesprek", "outreachend werken", "rapporteren en verslagleggen",
      "samenwerken in de keten", "digitale vaardigheden", "oplossingsgericht werken", "de Wmo-keukentafel",
      "beslagvrije voet", "terugvordering en verhaal", "loonkostensubsidie", "beschut werk"};
  private static final String[] SUFFIXES = {"voor klantmanagers", "voor consulenten Werk", "voor inkomensconsulenten",
      "in het sociaal domein", "voor handhavers", "voor teamleiders", "voor casemanagers", "voor wijkteams", "",
      "voor gevorderden", "voor starters"};
  private static final String[] PROVIDER_WORDS = {"Academie", "Opleidingen", "Training & Advies", "Instituut",
      "Leerhuis", "Kenniscentrum", "Bureau", "Groep"};
  private static final String[][] PLACES = {{"9711 AA", "Groningen"}, {"8911 AA", "Leeuwarden"}, {"9401 AA", "Assen"},
      {"8011 AA", "Zwolle"}, {"7511 AA", "Enschede"}, {"7411 AA", "Deventer"}, {"7311 AA", "Apeldoorn"},
      {"7001 AA", "Doetinchem"}, {"6811 AA", "Arnhem"}, {"6511 AA", "Nijmegen"}, {"6711 AA", "Ede"},
      {"4001 AA", "Tiel"}, {"3511 AA", "Utrecht"}, {"3811 AA", "Amersfoort"}, {"1311 AA", "Almere"},
      {"1811 AA", "Alkmaar"}, {"1501 AA", "Zaanstad"}, {"1011 AA", "Amsterdam"}, {"1211 AA", "Hilversum"},
      {"2011 AA", "Haarlem"}, {"2311 AA", "Leiden"}, {"2801 AA", "Gouda"}, {"2511 AA", "Den Haag"},
      {"2611 AA", "Delft"}, {"3011 AA", "Rotterdam"}, {"3311 AA", "Dordrecht"}, {"4331 AA", "Middelburg"},
      {"4811 AA", "Breda"}, {"5011 AA", "Tilburg"}, {"5211 AA", "'s-Hertogenbosch"}, {"5611 AA", "Eindhoven"},
      {"5701 AA", "Helmond"}, {"5911 AA", "Venlo"}, {"6211 AA", "Maastricht"}, {"6411 AA", "Heerlen"}};

  /** After two requests per client, a measurement stops at this time (a busy machine and 100,000 modules). */
  private static final long CAP_NANOS = Long.getLong("gapbench.capSeconds", 90) * 1_000_000_000L;
  /** Distinct dossiers (the search reads only their prices, offerings, werkvormen, size and so on). */
  private static final int DOSSIERS = 3_000;
  private static final List<String[]> DOSSIER_POOL = new ArrayList<>();

  private GapSearchBenchmark() {}

  /** A competency as the generator uses it: its levels (ids, may be null) and behaviour examples. */
  private record Competency(ItemId id, String code, List<ItemId> levels, int scale, List<ItemId> examples) {}

  public static void main(String[] args) throws Exception {
    int[] sizes = java.util.Arrays.stream((args.length > 0 ? args[0] : "10000,100000").split(","))
        .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 96;
    int pathRuns = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    System.out.printf("gap-search: sizes %s, %d requests per concurrency level, %d learning-path runs%n",
        java.util.Arrays.toString(sizes), requests, pathRuns);
    System.out.println("machine: " + machine());
    System.out.println("load before: " + load());
    // -Dgapbench.dataDir=DIR keeps the database in DIR: a later run with the same sizes reuses the
    // generated catalogue (minutes at 100,000 modules) instead of generating it again
    String dataDir = System.getProperty("gapbench.dataDir");
    var builder = EmbeddedPostgres.builder()
        .setServerConfig("listen_addresses", "127.0.0.1")
        .setServerConfig("shared_buffers", "256MB")
        .setServerConfig("max_connections", "60");
    if (dataDir != null) {
      builder.setDataDirectory(java.nio.file.Path.of(dataDir)).setCleanDataDirectory(false);
    }
    try (EmbeddedPostgres postgres = builder.start()) {
      boolean reused = false;
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = 'gapbench'")) {
          reused = rs.next();
        }
        if (!reused) {
          s.execute("create database gapbench");
        }
        try (ResultSet rs = s.executeQuery("show server_version")) {
          rs.next();
          System.out.println("postgresql: " + rs.getString(1) + " (embedded, port " + postgres.getPort() + ")");
        }
      }
      DataSource direct = postgres.getDatabase("postgres", "gapbench");
      TestDatabases.migrate(direct);
      long t0 = System.nanoTime();
      if (!reused) {
        FrameworkTestSupport.serviceOn(direct).loadReferenceFrameworks();
      }
      System.out.printf("frameworks loaded in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
      Pool pool = new Pool(direct, 20);
      Clock clock = Clock.systemUTC();
      JdbcModuleRepository repository = new JdbcModuleRepository(pool, JdbcFrameworkRepository.TransactionMode.LOCAL);
      DefaultModuleService modules = new DefaultModuleService(repository, clock, null, null);
      DefaultFrameworkService frameworks = FrameworkTestSupport.serviceOn(pool);
      JdbcGapStore store = new JdbcGapStore(pool, JdbcFrameworkRepository.TransactionMode.LOCAL);
      DefaultGapService gaps = new DefaultGapService(store, frameworks, modules, clock);

      List<Competency> competencies = competencies(direct, modules);
      System.out.printf("competencies: %d over %d frameworks%n", competencies.size(),
          competencies.stream().map(c -> c.code().split("\\.")[0]).distinct().count());
      Actor gemeente = municipality(direct);
      GapQuery query = gap(direct, gaps, frameworks, gemeente, competencies);

      int generated = reused ? modulesIn(direct) : 0;
      if (reused) {
        System.out.printf("reusing the database in %s: %,d modules%n", dataDir, generated);
      }
      for (int size : sizes) {
        long g0 = System.nanoTime();
        if (size > generated) {
          generate(direct, competencies, generated, size - generated, clock);
        }
        generated = Math.max(generated, size);
        try (Connection c = direct.getConnection(); Statement s = c.createStatement()) {
          s.execute("vacuum analyze");
        }
        System.out.printf("%n== %,d accredited modules (generated and analysed in %.1f s; %s)%n", size,
            (System.nanoTime() - g0) / 1e9, counts(direct));
        measure(gaps, store, pool, gemeente, query, requests, pathRuns);
      }
    }
    System.out.println("load after: " + load());
  }

  // ------------------------------------------------------------------ measuring

  /** Times a first load into memory and the heap it took (after a GC on either side). */
  private static void load(String what, String verb, java.util.function.IntSupplier size) {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    long l0 = System.nanoTime();
    int inMemory = size.getAsInt();
    double loadMs = (System.nanoTime() - l0) / 1e6;
    System.gc();
    long heapAfter = runtime.totalMemory() - runtime.freeMemory();
    System.out.printf("%s: %,d accredited versions in memory, %s in %.0f ms, heap %+.0f MB%n", what, inMemory, verb,
        loadMs, (heapAfter - heapBefore) / 1048576.0);
  }

  private static void measure(DefaultGapService gaps, JdbcGapStore store, DataSource pool, Actor actor, GapQuery query,
      int requests, int pathRuns) throws Exception {
    load("gap supply", "brought up to date", store::supplySize);
    GapSearchResult first = gaps.search(actor, query);
    System.out.printf("gap: %d competencies with a gap, %d people; candidates %d, matching %d, returned %d%n",
        first.gap().byPriority().size(), first.gap().people().size(), first.candidates(), first.matching(),
        first.results().size());
    // warm-up: the JIT compiles the search's loops
    for (int i = 0; i < 40; i++) {
      gaps.search(actor, query);
    }
    // -Dgapbench.skipSearch=true: only the learning path and the catalogue search
    int[] levels = Boolean.getBoolean("gapbench.skipSearch") ? new int[0] : new int[] {1, 4, 16};
    for (int clients : levels) {
      quiet(pool);
      System.out.printf("gap-search %2d clients: service %s%n", clients,
          stats(concurrently(clients, requests, () -> gaps.search(actor, query))));
    }
    GapQuery regional = new GapQuery(query.profile(), query.team(), GapSearchFilter.NONE
        .withLocation(nl.vakwijzer.catalogue.api.gap.LocationFilter.in(Set.of("Zwolle", "Deventer", "Kampen"), true))
        .withMaxPricePerParticipant(new BigDecimal("1200")));
    List<Double> filtered = concurrently(1, Math.max(10, requests / 4), () -> gaps.search(actor, regional));
    System.out.printf("gap-search  1 client, region+price filter: service %s%n", stats(filtered));

    for (BigDecimal budget : new BigDecimal[] {null, new BigDecimal("15000")}) {
      List<Double> times = new ArrayList<>();
      LearningPath path = null;
      long pathDeadline = System.nanoTime() + CAP_NANOS;
      for (int i = 0; i < pathRuns + 1 && (i < 3 || System.nanoTime() < pathDeadline); i++) {
        long s = System.nanoTime();
        path = gaps.learningPath(actor, query, budget);
        if (i >= 1) {
          times.add((System.nanoTime() - s) / 1e6);
        }
      }
      Collections.sort(times);
      var cmp = path.comparison();
      System.out.printf("learning-path budget %s: %s; solver %s, %d modules, cost %s, closed %d/%d steps%s%n",
          budget == null ? "none" : "EUR " + budget, stats(times), path.solver(), path.modules().size(),
          path.totalCost(), path.stepsClosed(), path.stepsNeeded(),
          cmp == null ? "" : String.format(", exact %s, nodes %d", cmp.provenOptimal() ? "proven" : "NOT proven",
              cmp.nodes()));
    }
    if (!Boolean.getBoolean("gapbench.skipCatalogue")) {
      quiet(pool);
      catalogue(pool, requests);
    }
    // the same core query run directly in PostgreSQL, last: at 100,000 modules its queries take
    // seconds to a minute and keep both cores busy, which disturbed whatever was measured after them
    // (-Dgapbench.skipRaw=true: not measured)
    if (!Boolean.getBoolean("gapbench.skipRaw")) {
      for (int i = 0; i < 5; i++) { // fills PostgreSQL's caches
        RawQuery.run(store, pool, actor, gaps, query);
      }
      for (int clients : levels) {
        quiet(pool);
        System.out.printf("gap-search %2d clients: raw SQL %s%n", clients,
            stats(concurrently(clients, requests, () -> RawQuery.run(store, pool, actor, gaps, query))));
      }
    }
  }

  /** Waits (at most a minute) until no other query runs in the database, then a second more. */
  private static void quiet(DataSource pool) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      while (System.nanoTime() < deadline) {
        try (ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where state = 'active'"
            + " and pid <> pg_backend_pid() and backend_type = 'client backend'")) {
          rs.next();
          if (rs.getInt(1) == 0) {
            break;
          }
        }
        Thread.sleep(500);
      }
    }
    Thread.sleep(1000);
  }

  /**
   * Catalogue text search: full text, every facet, first page; 8 queries in turn. A search that takes
   * longer than a minute stops the measurement (printed as such) rather than the benchmark.
   */
  private static void catalogue(DataSource pool, int requests) throws Exception {
    JdbcCatalogueSearchStore store = new JdbcCatalogueSearchStore(pool, JdbcFrameworkRepository.TransactionMode.LOCAL);
    load("catalogue-search index", "loaded", store::indexSize);
    DefaultCatalogueSearchService catalogue = new DefaultCatalogueSearchService(store, Clock.systemUTC());
    String[] texts = {"klantgesprek", "motiverende gespreksvoering", "schulden armoede", "handhaving fraude",
        "Wmo keukentafel", "re-integratie werkgevers", "casusregie wijkteam", "bezwaar"};
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      for (String text : texts) {
        long s0 = System.nanoTime();
        var found = single.submit(() -> catalogue.search(CatalogueQuery.text(text))).get(60, TimeUnit.SECONDS);
        System.out.printf("catalogue-search warm-up '%s': %,d found in %.0f ms%n", text, found.hits().totalElements(),
            (System.nanoTime() - s0) / 1e6);
      }
    } catch (java.util.concurrent.TimeoutException e) {
      System.out.println("catalogue-search: one search took more than 60 s; not measured further");
      return;
    } finally {
      single.shutdownNow();
    }
    var hits = catalogue.search(CatalogueQuery.text(texts[0]));
    for (int clients : new int[] {1, 4, 16}) {
      List<Double> times = concurrently(clients, requests,
          () -> catalogue.search(CatalogueQuery.text(texts[next.getAndIncrement() % texts.length])));
      System.out.printf("catalogue-search %2d clients (text, facets, first page; '%s' finds %,d): %s%n", clients,
          texts[0], hits.hits().totalElements(), stats(times));
    }
    // with filters on three facets, and everything (no text) on page 5
    CatalogueQuery filtered = CatalogueQuery.text(texts[0]).withMaxPrice(new java.math.BigDecimal("800"))
        .withLevels(Set.of(1)).withDeliveryModes(Set.of(nl.vakwijzer.catalogue.api.DeliveryMode.KLASSIKAAL,
            nl.vakwijzer.catalogue.api.DeliveryMode.BLENDED));
    System.out.printf("catalogue-search  1 client, '%s' + price, level, delivery filters: %s%n", texts[0],
        stats(concurrently(1, Math.max(10, requests / 4), () -> catalogue.search(filtered))));
    System.out.printf("catalogue-search  1 client, everything, page 5: %s%n",
        stats(concurrently(1, Math.max(10, requests / 4), () -> catalogue.search(CatalogueQuery.all().withPage(4, 20)))));

    // one change (a title edited in place): the next search brings the index up to date (reload of
    // that version, postings rebuilt)
    List<Double> afterChange = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        s.executeUpdate("update catalogue.module_version set title = title || ' ' where id = (select id from"
            + " catalogue.module_version where status = 'GEACCREDITEERD' order by id offset " + i + " limit 1)");
      }
      long s0 = System.nanoTime();
      catalogue.search(CatalogueQuery.text(texts[0]));
      afterChange.add((System.nanoTime() - s0) / 1e6);
    }
    Collections.sort(afterChange);
    System.out.printf("catalogue-search  1 client, first search after one changed version: %s%n", stats(afterChange));
  }

  /** The store's candidate SQL, run directly over JDBC with the search's parameters: rows read, nothing parsed. */
  static final class RawQuery {
    private static final Map<GapQuery, Object[]> PARAMETERS = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    static int run(JdbcGapStore store, DataSource pool, Actor actor, DefaultGapService gaps, GapQuery query) {
      Object[] p = PARAMETERS.computeIfAbsent(query, q -> {
        Object[] captured = new Object[2];
        gaps.rawCandidateRows(actor, q, (competencies, needs) -> {
          captured[0] = competencies;
          captured[1] = needs;
          return 0;
        });
        return captured;
      });
      return store.rawCandidateRows((Set<UUID>) p[0], (Set<nl.vakwijzer.catalogue.domain.GapStore.Need>) p[1]);
    }
  }

  @FunctionalInterface
  private interface Call {
    Object run() throws Exception;
  }

  private static List<Double> concurrently(int clients, int requests, Call call) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(clients);
    ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    int perClient = Math.max(1, requests / clients);
    long deadline = System.nanoTime() + CAP_NANOS;
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      futures.add(executor.submit(() -> {
        start.await();
        for (int r = 0; r < perClient && (r < 2 || System.nanoTime() < deadline); r++) {
          long s = System.nanoTime();
          call.run();
          times.add((System.nanoTime() - s) / 1e6);
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get();
    }
    executor.shutdown();
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted;
  }

  static String stats(List<Double> sorted) {
    if (sorted.isEmpty()) {
      return "not measured";
    }
    return String.format("n=%d p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms", sorted.size(), pct(sorted, 50),
        pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1));
  }

  static double pct(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  // ------------------------------------------------------------------ the gap

  private static List<Competency> competencies(DataSource db, DefaultModuleService modules) throws SQLException {
    List<Competency> list = new ArrayList<>();
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select i.id, i.human_code from catalogue.framework_item i"
            + " join catalogue.framework f on f.id = i.framework_id"
            + " where i.item_type = 'COMPETENCY' and f.status <> 'CONCEPT' order by f.code, i.position")) {
      while (rs.next()) {
        list.add(new Competency(new ItemId(rs.getObject(1, UUID.class)), rs.getString(2), null, 0, null));
      }
    }
    List<Competency> full = new ArrayList<>();
    for (Competency c : list) {
      ClaimOptions o = modules.claimOptions(c.id());
      List<ItemId> levels = o.levels().stream().map(ItemSummary::id).toList();
      full.add(new Competency(c.id(), c.code(), levels, levels.isEmpty() ? 3 : levels.size(),
          o.behaviourExamples().stream().map(ItemSummary::id).toList()));
    }
    return full;
  }

  private static int modulesIn(DataSource db) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from catalogue.module")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static Actor municipality(DataSource db) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select a.id, a.organisation_id from catalogue.account a where a.username = 'bench'")) {
      if (rs.next()) {
        return new Actor(new AccountId(rs.getObject(1, UUID.class)), new OrganisationId(rs.getObject(2, UUID.class)),
            Set.of(Role.GEMEENTE));
      }
    }
    UUID organisation = UUID.randomUUID();
    UUID account = UUID.randomUUID();
    execute(db, "insert into catalogue.organisation (id, name, type, status) values (?, 'Gemeente Benchdorp',"
        + " 'GEMEENTE', 'ACTIEF')", organisation);
    execute(db, "insert into catalogue.account (id, username, display_name, email, password_hash, organisation_id)"
        + " values (?, 'bench', 'Bench', 'bench@example.org', 'x', ?)", account, organisation);
    execute(db, "insert into catalogue.account_role (account_id, role) values (?, 'GEMEENTE')", account);
    return new Actor(new AccountId(account), new OrganisationId(organisation), Set.of(Role.GEMEENTE));
  }

  /**
   * 8 competencies (those with crosswalk equivalents first, so the crosswalk is exercised), required
   * level Vakbekwaam or the top of a shorter scale, weights 1–3; 12 people KM-01..KM-12 at random
   * levels from below Basis up to the required level.
   */
  private static GapQuery gap(DataSource db, DefaultGapService gaps, DefaultFrameworkService frameworks, Actor actor,
      List<Competency> competencies) {
    List<Competency> chosen = new ArrayList<>();
    for (Competency c : competencies) {
      if (chosen.size() < 5 && !frameworks.equivalents(c.id()).exactMatches().isEmpty()) {
        chosen.add(c);
      }
    }
    for (Competency c : competencies) {
      if (chosen.size() < 8 && !chosen.contains(c) && c.code().startsWith("SV")) {
        chosen.add(c);
      }
    }
    for (Competency c : competencies) {
      if (chosen.size() < 8 && !chosen.contains(c)) {
        chosen.add(c);
      }
    }
    Random r = new Random(8);
    List<TargetCompetency> targets = new ArrayList<>();
    for (Competency c : chosen) {
      int required = Math.min(c.scale() - 1, 1 + r.nextInt(2));
      targets.add(new TargetCompetency(c.id(), required, 1 + r.nextInt(3), List.copyOf(c.examples().subList(0,
          Math.min(3, c.examples().size())))));
    }
    System.out.println("gap competencies: " + chosen.stream().map(Competency::code).toList());
    StoredTargetProfile profile = gaps.createTargetProfile(actor, "Benchmarkprofiel",
        new TargetProfileSource.Composed(targets));
    List<TeamMember> members = new ArrayList<>();
    for (int p = 1; p <= 12; p++) {
      Map<ItemId, Integer> levels = new HashMap<>();
      for (TargetCompetency t : targets) {
        levels.put(t.competency(), -1 + r.nextInt(t.requiredLevel() + 2));
      }
      members.add(TeamMember.of(String.format("KM-%02d", p), levels));
    }
    Team team = gaps.createTeam(actor, "Team Inkomen", new TeamState(members));
    return new GapQuery(profile.id(), team.id(), null);
  }

  // ------------------------------------------------------------------ the catalogue

  private static void generate(DataSource db, List<Competency> competencies, int offset, int count, Clock clock)
      throws Exception {
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    int batch = 5_000;
    try (Connection c = db.getConnection()) {
      PGConnection pg = c.unwrap(PGConnection.class);
      for (int done = 0; done < count; done += batch) {
        int n = Math.min(batch, count - done);
        StringBuilder organisations = new StringBuilder();
        StringBuilder moduleRows = new StringBuilder();
        StringBuilder versions = new StringBuilder();
        StringBuilder claims = new StringBuilder();
        for (int i = 0; i < n; i++) {
          int index = offset + done + i;
          // about 25 modules per provider
          UUID provider = new UUID(0x5eed_0000_0000_0000L, index / 25);
          if (index % 25 == 0) {
            String[] place = PLACES[(index / 25) % PLACES.length];
            csv(organisations, provider, "Opleider " + place[1] + " " + PROVIDER_WORDS[(index / 25) % PROVIDER_WORDS.length]
                + " " + (index / 25), "AANBIEDER", "ACTIEF");
          }
          UUID module = new UUID(0x0d01_0000_0000_0000L, index);
          csv(moduleRows, module, provider, now);
          boolean older = RANDOM.nextInt(6) == 0;
          List<Claim> moduleClaims = claims(competencies);
          if (older) {
            UUID v1 = new UUID(0x0e01_0000_0000_0000L, index);
            addVersion(versions, claims, v1, module, 1, "VERVANGEN", moduleClaims, today, now, competencies);
          }
          UUID v = new UUID(0x0e02_0000_0000_0000L, index);
          addVersion(versions, claims, v, module, older ? 2 : 1, "GEACCREDITEERD", moduleClaims, today, now,
              competencies);
        }
        var copy = pg.getCopyAPI();
        copy.copyIn("copy catalogue.organisation (id, name, type, status) from stdin (format csv)",
            new StringReader(organisations.toString()));
        copy.copyIn("copy catalogue.module (id, organisation_id, created_at) from stdin (format csv)",
            new StringReader(moduleRows.toString()));
        copy.copyIn("copy catalogue.module_version (id, module_id, number, status, revision, title, dossier,"
            + " created_at, updated_at, submitted_at, accredited_until) from stdin (format csv)",
            new StringReader(versions.toString()));
        // the claim trigger (V11) would update the version row once per claim; the versions get their
        // supply revision from their own insert trigger already
        try (Statement st = c.createStatement()) {
          st.execute("alter table catalogue.module_claim disable trigger module_claim_supply_revision");
        }
        copy.copyIn("copy catalogue.module_claim (version_id, competency_id, framework_code, position, from_ordinal,"
            + " to_ordinal, from_level_id, to_level_id, behaviour_example_ids, accepted, accepted_from_ordinal,"
            + " accepted_to_ordinal, accepted_from_level_id, accepted_to_level_id, accepted_behaviour_example_ids)"
            + " from stdin (format csv)", new StringReader(claims.toString()));
        try (Statement st = c.createStatement()) {
          st.execute("alter table catalogue.module_claim enable trigger module_claim_supply_revision");
        }
      }
    }
  }

  /** 3–5 claims (about 4) on distinct competencies, levels on each competency's scale. */
  private static List<Claim> claims(List<Competency> competencies) {
    int count = 3 + RANDOM.nextInt(3);
    Set<Competency> picked = new LinkedHashSet<>();
    while (picked.size() < count) {
      picked.add(competencies.get(RANDOM.nextInt(competencies.size())));
    }
    List<Claim> list = new ArrayList<>();
    for (Competency c : picked) {
      int from = RANDOM.nextInt(Math.max(1, c.scale() - 1));
      int to = from + 1 + RANDOM.nextInt(c.scale() - from - 1 <= 0 ? 1 : c.scale() - from - 1);
      to = Math.min(to, c.scale() - 1);
      List<ItemId> examples = new ArrayList<>();
      for (ItemId e : c.examples()) {
        if (examples.size() < 4 && RANDOM.nextInt(3) == 0) {
          examples.add(e);
        }
      }
      list.add(new Claim(c.id(), level(c, from), level(c, to), examples,
          new ClaimEvidence(List.of("LD1"), List.of(), List.of("T1")), false));
    }
    return list;
  }

  private static ClaimLevel level(Competency c, int ordinal) {
    return new ClaimLevel(c.levels().isEmpty() ? null : c.levels().get(ordinal), ordinal);
  }

  private static void addVersion(StringBuilder versions, StringBuilder claimRows, UUID id, UUID module, int number,
      String status, List<Claim> claims, LocalDate today, Instant now, List<Competency> competencies) {
    if (DOSSIER_POOL.size() < DOSSIERS) {
      DOSSIER_POOL.add(dossier(claims, today));
    }
    String[] dossier = DOSSIER_POOL.get(RANDOM.nextInt(DOSSIER_POOL.size()));
    LocalDate until = status.equals("GEACCREDITEERD")
        ? (RANDOM.nextInt(50) == 0 ? today.minusDays(1 + RANDOM.nextInt(90)) : today.plusDays(30 + RANDOM.nextInt(1500)))
        : today.minusDays(10);
    Instant accredited = now.minusSeconds(86_400L * RANDOM.nextInt(1000));
    csv(versions, id, module, number, status, 3, dossier[0], dossier[1], accredited, accredited, accredited, until);
    int position = 0;
    for (Claim claim : claims) {
      // accreditation accepts most claims as claimed, lowers a few and refuses some
      boolean accepted = RANDOM.nextInt(12) != 0;
      ClaimLevel to = claim.to();
      if (accepted && to.ordinal() > claim.from().ordinal() + 1 && RANDOM.nextInt(8) == 0) {
        Competency c = competencies.stream().filter(x -> x.id().equals(claim.competency())).findFirst().orElseThrow();
        to = level(c, to.ordinal() - 1);
      }
      String examples = uuidArray(claim.behaviourExamples());
      csv(claimRows, id, claim.competency().value(), null, position++, claim.from().ordinal(), claim.to().ordinal(),
          id(claim.from()), id(claim.to()), examples, accepted,
          accepted ? claim.from().ordinal() : null, accepted ? to.ordinal() : null,
          accepted ? id(claim.from()) : null, accepted ? id(to) : null, accepted ? examples : null);
    }
  }

  /** {title, dossier json}: a Dutch-like title, prices, delivery mode, size, werkvormen and offerings. */
  private static String[] dossier(List<Claim> claims, LocalDate today) {
    DossierBuilder b = DossierBuilder.valid();
    String suffix = SUFFIXES[RANDOM.nextInt(SUFFIXES.length)];
    b.title = PREFIXES[RANDOM.nextInt(PREFIXES.length)] + " " + TOPICS[RANDOM.nextInt(TOPICS.length)]
        + (suffix.isEmpty() ? "" : " " + suffix);
    b.summary = "Een " + b.title.toLowerCase() + " met oefeningen uit de eigen praktijk en een terugkomdag.";
    BigDecimal perParticipant = BigDecimal.valueOf(150 + RANDOM.nextInt(37) * 50L);
    BigDecimal inCompany = RANDOM.nextInt(3) == 0 ? perParticipant.multiply(BigDecimal.valueOf(4 + RANDOM.nextInt(7)))
        : null;
    b.prices = RANDOM.nextInt(40) == 0 ? new Prices(null, inCompany) : new Prices(perParticipant, inCompany);
    b.deliveryMode = DeliveryMode.values()[RANDOM.nextInt(DeliveryMode.values().length)];
    b.language = RANDOM.nextInt(20) == 0 ? "en" : "nl";
    b.size = new ModuleSize(BigDecimal.valueOf(4 + RANDOM.nextInt(40)), BigDecimal.valueOf(RANDOM.nextInt(30)),
        1 + RANDOM.nextInt(8), 1 + RANDOM.nextInt(20));
    TeachingMethodKind[] kinds = TeachingMethodKind.values();
    b.teachingMethods = new ArrayList<>(List.of(TeachingMethod.of(kinds[RANDOM.nextInt(kinds.length - 1)])));
    if (RANDOM.nextBoolean()) {
      b.teachingMethods.add(TeachingMethod.of(kinds[RANDOM.nextInt(kinds.length - 1)]));
    }
    b.offerings = new ArrayList<>();
    int offerings = RANDOM.nextInt(4);
    for (int o = 0; o < offerings; o++) {
      LocalDate start = today.plusDays(-30 + RANDOM.nextInt(400));
      OfferingLocation where;
      if (b.deliveryMode == DeliveryMode.ONLINE || RANDOM.nextInt(5) == 0) {
        where = OfferingLocation.ONLINE;
      } else {
        String[] place = PLACES[RANDOM.nextInt(PLACES.length)];
        where = OfferingLocation.at(place[0], place[1]);
      }
      OfferingStatus[] statuses = {OfferingStatus.OPEN, OfferingStatus.OPEN, OfferingStatus.PLANNED,
          OfferingStatus.FULL, OfferingStatus.CANCELLED};
      b.offerings.add(new Offering("U" + (o + 1), List.of(start, start.plusWeeks(2)), where, 8 + RANDOM.nextInt(12),
          statuses[RANDOM.nextInt(statuses.length)]));
    }
    b.claims = new ArrayList<>(claims);
    return new String[] {b.title, DossierJson.write(b.build())};
  }

  private static UUID id(ClaimLevel level) {
    return level.item() == null ? null : level.item().value();
  }

  private static String uuidArray(List<ItemId> ids) {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < ids.size(); i++) {
      s.append(i == 0 ? "" : ",").append(ids.get(i).value());
    }
    return s.append('}').toString();
  }

  /** One CSV row: null is an unquoted empty field (NULL), everything else quoted. */
  private static void csv(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      Object v = values[i];
      if (v == null) {
        continue;
      }
      String text = v instanceof Instant instant ? instant.toString() : v.toString();
      out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
    out.append('\n');
  }

  // ------------------------------------------------------------------ plumbing

  private static void execute(DataSource db, String sql, Object... parameters) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.execute();
    }
  }

  private static String counts(DataSource db) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select (select count(*) from catalogue.module_version),"
            + " (select count(*) from catalogue.module_claim), (select count(*) from catalogue.accredited_claim),"
            + " (select count(distinct version_id) from catalogue.accredited_claim),"
            + " (select count(*) from catalogue.organisation where type = 'AANBIEDER'),"
            + " pg_size_pretty(pg_database_size(current_database()))")) {
      rs.next();
      return String.format("%,d versions, %,d claims, %,d accredited claims of %,d findable versions, %,d providers,"
          + " database %s", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6));
    }
  }

  private static String machine() {
    try {
      String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
      String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
      return String.format("%s, %d cores, %s, Java %s (%s)", cpu, Runtime.getRuntime().availableProcessors(), mem,
          System.getProperty("java.version"), System.getProperty("java.vm.name"));
    } catch (Exception e) {
      return "?";
    }
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (Exception e) {
      return "?";
    }
  }

  /** A minimal connection pool (as the application server's JDBC pool would be): closed connections go back. */
  static final class Pool implements DataSource {
    private final DataSource target;
    private final LinkedBlockingQueue<Connection> idle = new LinkedBlockingQueue<>();

    Pool(DataSource target, int prefill) throws SQLException {
      this.target = target;
      for (int i = 0; i < prefill; i++) {
        idle.add(target.getConnection());
      }
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection real = idle.poll();
      Connection c = real == null ? target.getConnection() : real;
      boolean[] closed = {false};
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, margs) -> {
            switch (method.getName()) {
              case "close":
                if (!closed[0]) {
                  closed[0] = true;
                  if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                  }
                  idle.offer(c);
                }
                return null;
              case "isClosed":
                return closed[0];
              default:
                try {
                  return method.invoke(c, margs);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
            }
          });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
