package nl.vakwijzer.catalogue.infrastructure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.search.CatalogueQuery;
import nl.vakwijzer.catalogue.api.search.OfferingPeriod;
import nl.vakwijzer.catalogue.api.search.PriceRange;

/**
 * The public catalogue in memory, for {@link JdbcCatalogueSearchStore}: every version with status
 * GEACCREDITEERD and at least one accepted claim (its end date is kept and checked against the
 * search's reference date), with what the filters, the facets and the ordering need, and an inverted
 * index from lexeme to versions. A search then computes the count, the order and every facet here;
 * PostgreSQL only turns the text into a tsquery and reads the page's rows (issue #6, "text search p95
 * ≤ 50 ms", {@code bench/gap-search.sh}).
 *
 * <p>The lexemes are those of the search document of migration V9 ({@code search_vector ||
 * extra_vector}), read at load time, so stemming, folding and weights are PostgreSQL's own.
 *
 * <p><b>Rank</b>: PostgreSQL's {@code ts_rank} for an "or" query (default weights D 0.1, C 0.2, B
 * 0.4, A 1.0): per query lexeme, with the weights {@code w_j} of its positions in document order and
 * {@code w_m} the highest at index {@code m}, {@code (w_m + Σ w_j/(j+1)² − w_m/(m+1)²) / 1.64493};
 * summed over the query's distinct lexemes (also those under "not"; a prefix counts its best matching
 * lexeme) and divided by their number. Precomputed per posting. For an "and" or phrase query
 * PostgreSQL uses a distance-based formula ({@code calc_rank_and}); this index does not keep
 * positions and uses the "or" formula for every query, so the order among matches can differ from
 * the SQL path's, but a title (weight A) match still ranks before a body match of the same word. Ties:
 * next offering ascending (none last), updated_at descending, title ({@link String#compareTo}, not
 * the database collation), id (as text, which is PostgreSQL's uuid order).
 *
 * <p>Immutable: {@link SupplyCache} replaces the whole instance when the supply revision moves; the
 * changed versions are swapped in and the postings rebuilt from the version map.
 */
final class CatalogueIndex implements SupplyCache.Snapshot {
  /** Weights D, C, B, A as in ts_rank. */
  private static final float[] WEIGHTS = {0.1f, 0.2f, 0.4f, 1.0f};
  private static final int NO_END = Integer.MAX_VALUE;
  private static final int NO_OFFERING = Integer.MAX_VALUE;
  private static final PriceRange[] PRICE_RANGES = PriceRange.values();

  /** One region of {@code catalogue.region}, in list order. */
  record Region(String code, String name) {}

  /**
   * One accredited version as loaded. {@code starts}: first dates (epoch days, sorted) of its
   * PLANNED/OPEN offerings; {@code competencies}/{@code toOrdinals}: its accepted claims;
   * {@code regions}: its provider's regions; {@code lexemes}/{@code scores}: its document's lexemes
   * ({@link Lexemes} ids) with their rank contribution.
   */
  record Version(UUID id, long revision, String title, long updatedAt, int accreditedUntil,
      DeliveryMode deliveryMode, BigDecimal price, boolean online, int[] starts, UUID[] competencies,
      int[] toOrdinals, String[] regions, int[] lexemes, float[] scores) {

    PriceRange bucket() {
      return PriceRange.of(price);
    }

    /** The earliest start on or after {@code day}, or {@link #NO_OFFERING}. */
    int nextStart(int day) {
      int at = Arrays.binarySearch(starts, day);
      int first = at >= 0 ? firstOf(starts, at) : -at - 1;
      return first < starts.length ? starts[first] : NO_OFFERING;
    }

    boolean startsBetween(int from, int to) {
      int next = nextStart(from);
      return next != NO_OFFERING && next <= to;
    }

    private static int firstOf(int[] sorted, int at) {
      while (at > 0 && sorted[at - 1] == sorted[at]) {
        at--;
      }
      return at;
    }
  }

  /** The ts_rank ("or") contribution of one lexeme with these position weights (0 = D … 3 = A), in position order. */
  static float score(byte[] weights) {
    float resj = 0;
    float wjm = -1;
    int jm = 0;
    for (int j = 0; j < weights.length; j++) {
      float w = WEIGHTS[weights[j]];
      resj += w / ((j + 1) * (j + 1));
      if (w > wjm) {
        wjm = w;
        jm = j;
      }
    }
    return (float) ((wjm + resj - wjm / ((jm + 1) * (jm + 1))) / 1.64493406685);
  }

  /**
   * The lexemes of one store's indexes as numbers: a lexeme gets the next id the first time it is
   * read and keeps it, so that an index is rebuilt after a change by counting numbers instead of
   * hashing every version's words again (at 100,000 versions about five million of them).
   */
  static final class Lexemes {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private Sorted sorted = new Sorted(new String[0], new int[0]);

    /** The lexemes in text order with their ids (for exact and prefix look-ups). */
    record Sorted(String[] texts, int[] ids) {}

    synchronized int id(String lexeme) {
      Integer known = ids.get(lexeme);
      if (known != null) {
        return known;
      }
      texts.add(lexeme);
      ids.put(lexeme, texts.size() - 1);
      return texts.size() - 1;
    }

    /** Every lexeme so far in text order; sorted again only when lexemes were added. */
    synchronized Sorted sorted() {
      if (sorted.texts().length != texts.size()) {
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
          order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(texts::get));
        String[] t = new String[order.length];
        int[] i = new int[order.length];
        for (int k = 0; k < order.length; k++) {
          t[k] = texts.get(order[k]);
          i[k] = order[k];
        }
        sorted = new Sorted(t, i);
      }
      return sorted;
    }
  }

  private static final int[] NO_POSTINGS = new int[0];
  private static final float[] NO_SCORES = new float[0];

  private final Map<UUID, Version> byId;
  private final Lexemes lexemes;
  private final List<Region> regions;
  /** Versions ordered by id. */
  private final Version[] versions;
  /** The lexemes in text order; postings per lexeme id: version positions ascending, with their scores. */
  private final Lexemes.Sorted dictionary;
  private final int[][] postings;
  private final float[][] postingScores;
  /** The competencies with an accepted claim, and per version position its claims' slots in it. */
  private final UUID[] competencies;
  /** The same as text (the facet's keys). */
  private final String[] competencyKeys;
  private final int[] claimStart;
  private final int[] claimSlots;
  /**
   * Per version position: its per-participant price in cents, {@link #NO_PRICE} without one, {@link
   * #EXACT_PRICE} when it has more than two decimals (then the version's own price is compared).
   */
  private final long[] cents;
  /** Per version position: its provider's regions as bits of {@link #regions} (all bits for LANDELIJK). */
  private final long[] regionMasks;
  /** The region bits of a LANDELIJK provider: every region. */
  private final long allRegions;
  /** Per version position: its price band's ordinal. */
  private final byte[] buckets;
  /** Per version position: its claims' distinct accepted to-levels as bits (ordinal 0 = bit 0). */
  private final int[] levelMasks;
  /** Per version position: its end date (epoch day, {@code Integer.MAX_VALUE} for none). */
  private final int[] ends;
  /** Per version position: whether it has an online offering, and its delivery mode's ordinal (-1: none). */
  private final boolean[] online;
  private final byte[] modes;
  /**
   * What depends only on the search's day, worked out by the first search of that day: the versions
   * still accredited and each one's next offering (otherwise every search visits every version's
   * object for them, which at 100,000 versions dominated a search under concurrency).
   */
  private record Day(int day, BitSet findable, int[] next) {}

  private volatile Day lastDay;
  private final long revision;
  private final long safeRevision;

  private CatalogueIndex(Map<UUID, Version> byId, List<Region> regions, Lexemes lexemes, long revision,
      long safeRevision) {
    this.byId = byId;
    this.regions = List.copyOf(regions);
    this.lexemes = lexemes;
    this.revision = revision;
    this.safeRevision = safeRevision;
    this.versions = byId.values().toArray(Version[]::new);
    // by id as text (PostgreSQL's uuid order): fixed-width hex, so the unsigned order of its two halves
    Arrays.sort(versions, (a, b) -> {
      int high = Long.compareUnsigned(a.id().getMostSignificantBits(), b.id().getMostSignificantBits());
      return high != 0 ? high : Long.compareUnsigned(a.id().getLeastSignificantBits(), b.id().getLeastSignificantBits());
    });
    dictionary = lexemes.sorted();
    int[] counts = new int[dictionary.ids().length];
    for (Version v : versions) {
      for (int l : v.lexemes()) {
        counts[l]++;
      }
    }
    postings = new int[counts.length][];
    postingScores = new float[counts.length][];
    for (int l = 0; l < counts.length; l++) {
      postings[l] = counts[l] == 0 ? NO_POSTINGS : new int[counts[l]];
      postingScores[l] = counts[l] == 0 ? NO_SCORES : new float[counts[l]];
    }
    int[] filled = new int[counts.length];
    for (int p = 0; p < versions.length; p++) {
      Version v = versions[p];
      for (int k = 0; k < v.lexemes().length; k++) {
        int l = v.lexemes()[k];
        postings[l][filled[l]] = p;
        postingScores[l][filled[l]] = v.scores()[k];
        filled[l]++;
      }
    }
    if (this.regions.size() > 64) {
      throw new IllegalStateException("The catalogue index holds at most 64 regions, not " + this.regions.size());
    }
    Map<String, Integer> regionBits = new HashMap<>();
    for (int r = 0; r < this.regions.size(); r++) {
      regionBits.put(this.regions.get(r).code(), r);
    }
    allRegions = this.regions.size() == 64 ? -1L : (1L << this.regions.size()) - 1;
    Map<UUID, Integer> competencySlots = new HashMap<>();
    for (Version v : versions) {
      for (UUID c : v.competencies()) {
        competencySlots.putIfAbsent(c, competencySlots.size());
      }
    }
    competencies = new UUID[competencySlots.size()];
    competencySlots.forEach((c, i) -> competencies[i] = c);
    competencyKeys = new String[competencies.length];
    for (int c = 0; c < competencies.length; c++) {
      competencyKeys[c] = competencies[c].toString();
    }
    claimStart = new int[versions.length + 1];
    for (int p = 0; p < versions.length; p++) {
      claimStart[p + 1] = claimStart[p] + versions[p].competencies().length;
    }
    claimSlots = new int[claimStart[versions.length]];
    cents = new long[versions.length];
    regionMasks = new long[versions.length];
    buckets = new byte[versions.length];
    levelMasks = new int[versions.length];
    ends = new int[versions.length];
    online = new boolean[versions.length];
    modes = new byte[versions.length];
    for (int p = 0; p < versions.length; p++) {
      Version v = versions[p];
      cents[p] = cents(v.price());
      for (int k = 0; k < v.competencies().length; k++) {
        claimSlots[claimStart[p] + k] = competencySlots.get(v.competencies()[k]);
      }
      long mask = 0;
      for (String r : v.regions()) {
        mask |= "LANDELIJK".equals(r) ? allRegions : 1L << regionBits.getOrDefault(r, 63);
      }
      regionMasks[p] = mask;
      buckets[p] = (byte) v.bucket().ordinal();
      for (int to : v.toOrdinals()) {
        if (to < 0 || to > 30) {
          throw new IllegalStateException("The catalogue index holds levels 0 to 30, not " + to);
        }
        levelMasks[p] |= 1 << to;
      }
      ends[p] = v.accreditedUntil();
      online[p] = v.online();
      modes[p] = (byte) (v.deliveryMode() == null ? -1 : v.deliveryMode().ordinal());
    }
  }

  /** A full load. */
  static CatalogueIndex of(List<Version> loaded, List<Region> regions, Lexemes lexemes, long revision,
      long safeRevision) {
    Map<UUID, Version> byId = new HashMap<>(loaded.size() * 2);
    for (Version v : loaded) {
      byId.put(v.id(), v);
    }
    return new CatalogueIndex(byId, regions, lexemes, revision, safeRevision);
  }

  /** This index with the changes applied (see {@link SupplyCache.Source#with}). */
  CatalogueIndex with(Collection<SupplyCache.Change> changes, List<UUID> replaced, List<Version> loaded,
      long newRevision, long newSafeRevision) {
    Map<UUID, Version> v = new HashMap<>(byId);
    boolean changed = false;
    for (SupplyCache.Change change : changes) {
      if (!change.accredited()) {
        changed |= v.remove(change.version()) != null;
      }
    }
    for (UUID id : replaced) {
      changed |= v.remove(id) != null;
    }
    for (Version l : loaded) {
      v.put(l.id(), l);
      changed = true;
    }
    if (!changed) {
      return new CatalogueIndex(this, newRevision, newSafeRevision);
    }
    return new CatalogueIndex(v, regions, lexemes, newRevision, newSafeRevision);
  }

  /** The same data at new revisions. */
  private CatalogueIndex(CatalogueIndex same, long revision, long safeRevision) {
    this.byId = same.byId;
    this.lexemes = same.lexemes;
    this.regions = same.regions;
    this.versions = same.versions;
    this.dictionary = same.dictionary;
    this.postings = same.postings;
    this.postingScores = same.postingScores;
    this.competencies = same.competencies;
    this.competencyKeys = same.competencyKeys;
    this.claimStart = same.claimStart;
    this.claimSlots = same.claimSlots;
    this.cents = same.cents;
    this.regionMasks = same.regionMasks;
    this.buckets = same.buckets;
    this.levelMasks = same.levelMasks;
    this.ends = same.ends;
    this.allRegions = same.allRegions;
    this.online = same.online;
    this.modes = same.modes;
    this.lastDay = same.lastDay;
    this.revision = revision;
    this.safeRevision = safeRevision;
  }

  @Override
  public long revision() {
    return revision;
  }

  @Override
  public long safeRevision() {
    return safeRevision;
  }

  @Override
  public Long revisionOf(UUID version) {
    Version v = byId.get(version);
    return v == null ? null : v.revision();
  }

  int size() {
    return versions.length;
  }

  List<Region> regions() {
    return regions;
  }

  /** Counts and the page of one search; facet counts by value (competency ids as text). */
  record Result(long total, List<UUID> page, List<Double> ranks, Map<String, Long> competencies,
      Map<Integer, Long> levels, Map<String, Long> regions, Map<DeliveryMode, Long> deliveryModes,
      Map<PriceRange, Long> priceRanges, long[] periods) {}

  /** The filters of a query, one per facet (as in the SQL path). */
  private enum Facet { COMPETENCY, LEVEL, REGION, DELIVERY, PRICE, PERIOD }

  /**
   * Runs a query: {@code text} as parsed from PostgreSQL's tsquery ({@code null}: no text filter).
   * The page holds the ids of the versions at {@code page * size …} in rank order.
   */
  Result search(CatalogueQuery q, LocalDate asOf, TextQuery text) {
    int n = versions.length;
    int today = (int) asOf.toEpochDay();
    Day day = day(today);
    BitSet base = (BitSet) day.findable().clone();
    if (text != null) {
      base.and(matches(text));
    }
    Map<Facet, BitSet> filters = filters(q, today, base, day.next());
    BitSet all = (BitSet) base.clone();
    filters.values().forEach(all::and);
    long total = all.cardinality();

    // the next offering of every version (for the order and the period facet)
    int[] next = day.next();
    float[] rank = text == null ? null : rank(text, all);
    int[] order = top(all, rank, next, (int) Math.min((long) (q.page() + 1) * q.size(), n));
    List<UUID> page = new ArrayList<>();
    List<Double> ranks = new ArrayList<>();
    for (long i = (long) q.page() * q.size(); i < order.length; i++) {
      int p = order[(int) i];
      page.add(versions[p].id());
      ranks.add(rank == null ? 0.0 : (double) rank[p]);
    }

    // the facets, in one pass: a version counts for every facet when it passes every filter, and
    // for one facet when it fails only that facet's own filter (a facet shows what choosing
    // another value of it would give)
    long[] perCompetency = new long[competencies.length];
    long[] perLevel = new long[31];
    long online = 0;
    long everywhere = 0;
    long[] perRegion = new long[64];
    long[] perMode = new long[DeliveryMode.values().length];
    long[] perBucket = new long[PRICE_RANGES.length];
    OfferingPeriod[] periods = OfferingPeriod.values();
    long[] periodCounts = new long[periods.length];
    int[] periodEnds = new int[periods.length];
    for (int i = 0; i < periods.length; i++) {
      periodEnds[i] = (int) periods[i].end(asOf).toEpochDay();
    }
    Facet[] active = filters.keySet().toArray(Facet[]::new);
    long[][] passing = new long[active.length][];
    for (int i = 0; i < active.length; i++) {
      passing[i] = filters.get(active[i]).toLongArray();
    }
    long[] words = base.toLongArray();
    for (int w = 0; w < words.length; w++) {
      for (long word = words[w]; word != 0; word &= word - 1) {
        int bit = Long.numberOfTrailingZeros(word);
        int p = (w << 6) + bit;
        Facet only = null;
        boolean out = false;
        for (int i = 0; i < active.length; i++) {
          if (w >= passing[i].length || (passing[i][w] & (1L << bit)) == 0) {
            if (only != null) {
              out = true;
              break;
            }
            only = active[i];
          }
        }
        if (out) {
          continue;
        }
        if (only == null || only == Facet.COMPETENCY) {
          for (int k = claimStart[p]; k < claimStart[p + 1]; k++) {
            perCompetency[claimSlots[k]]++;
          }
        }
        if (only == null || only == Facet.LEVEL) {
          for (int mask = levelMasks[p]; mask != 0; mask &= mask - 1) {
            perLevel[Integer.numberOfTrailingZeros(mask)]++;
          }
        }
        if (only == null || only == Facet.REGION) {
          if (this.online[p]) {
            online++;
          }
          long mask = regionMasks[p];
          if (mask == allRegions) {
            everywhere++;
          } else {
            for (; mask != 0; mask &= mask - 1) {
              perRegion[Long.numberOfTrailingZeros(mask)]++;
            }
          }
        }
        if ((only == null || only == Facet.DELIVERY) && modes[p] >= 0) {
          perMode[modes[p]]++;
        }
        if (only == null || only == Facet.PRICE) {
          perBucket[buckets[p]]++;
        }
        if ((only == null || only == Facet.PERIOD) && next[p] != NO_OFFERING) {
          for (int i = 0; i < periods.length; i++) {
            if (next[p] <= periodEnds[i]) {
              periodCounts[i]++;
            }
          }
        }
      }
    }
    Map<String, Long> competencyCounts = new HashMap<>();
    for (int c = 0; c < perCompetency.length; c++) {
      if (perCompetency[c] > 0) {
        competencyCounts.put(competencyKeys[c], perCompetency[c]);
      }
    }
    Map<Integer, Long> levels = new HashMap<>();
    for (int l = 0; l < perLevel.length; l++) {
      if (perLevel[l] > 0) {
        levels.put(l, perLevel[l]);
      }
    }
    Map<String, Long> regionCounts = new LinkedHashMap<>();
    regionCounts.put(CatalogueQuery.ONLINE, online);
    for (int r = 0; r < regions.size(); r++) {
      regionCounts.put(regions.get(r).code(), perRegion[r] + everywhere);
    }
    Map<DeliveryMode, Long> delivery = new HashMap<>();
    for (DeliveryMode mode : DeliveryMode.values()) {
      delivery.put(mode, perMode[mode.ordinal()]);
    }
    Map<PriceRange, Long> prices = new HashMap<>();
    for (PriceRange range : PRICE_RANGES) {
      prices.put(range, perBucket[range.ordinal()]);
    }
    return new Result(total, page, ranks, competencyCounts, levels, regionCounts, delivery, prices, periodCounts);
  }

  /** The day's findable versions and next offerings ({@link Day}), from the last search's when it was the same day. */
  private Day day(int today) {
    Day known = lastDay;
    if (known != null && known.day() == today) {
      return known;
    }
    BitSet findable = new BitSet(versions.length);
    int[] next = new int[versions.length];
    for (int p = 0; p < versions.length; p++) {
      if (ends[p] >= today) {
        findable.set(p);
      }
      next[p] = versions[p].nextStart(today);
    }
    Day day = new Day(today, findable, next);
    lastDay = day;
    return day;
  }

  /** One set of versions per active filter, evaluated only over {@code base}. */
  private Map<Facet, BitSet> filters(CatalogueQuery q, int today, BitSet base, int[] next) {
    Map<Facet, BitSet> filters = new java.util.EnumMap<>(Facet.class);
    if (!q.competencies().isEmpty()) {
      java.util.Set<UUID> ids = new java.util.HashSet<>();
      for (ItemId id : q.competencies()) {
        ids.add(id.value());
      }
      boolean[] wanted = new boolean[competencies.length];
      for (int c = 0; c < competencies.length; c++) {
        wanted[c] = ids.contains(competencies[c]);
      }
      filters.put(Facet.COMPETENCY, selectAt(base, p -> {
        for (int k = claimStart[p]; k < claimStart[p + 1]; k++) {
          if (wanted[claimSlots[k]]) {
            return true;
          }
        }
        return false;
      }));
    }
    if (!q.levels().isEmpty()) {
      int wanted = 0;
      for (int level : q.levels()) {
        wanted |= level >= 0 && level <= 30 ? 1 << level : 0;
      }
      int levelsWanted = wanted;
      filters.put(Facet.LEVEL, selectAt(base, p -> (levelMasks[p] & levelsWanted) != 0));
    }
    if (!q.regions().isEmpty()) {
      boolean online = q.regions().contains(CatalogueQuery.ONLINE);
      long codes = 0;
      for (int r = 0; r < regions.size(); r++) {
        if (q.regions().contains(regions.get(r).code())) {
          codes |= 1L << r;
        }
      }
      long wanted = codes;
      // a LANDELIJK provider has every bit, so it serves any region asked for
      filters.put(Facet.REGION, selectAt(base, p -> online && this.online[p] || (regionMasks[p] & wanted) != 0));
    }
    if (!q.deliveryModes().isEmpty()) {
      boolean[] wanted = new boolean[DeliveryMode.values().length];
      q.deliveryModes().forEach(m -> wanted[m.ordinal()] = true);
      filters.put(Facet.DELIVERY, selectAt(base, p -> modes[p] >= 0 && wanted[modes[p]]));
    }
    if (!q.priceRanges().isEmpty() || q.maxPrice() != null) {
      boolean[] ranges = new boolean[PRICE_RANGES.length];
      q.priceRanges().forEach(r -> ranges[r.ordinal()] = true);
      boolean anyRange = q.priceRanges().isEmpty();
      long maxCents = q.maxPrice() == null ? 0 : cents(q.maxPrice());
      filters.put(Facet.PRICE, selectAt(base, p -> (anyRange || ranges[buckets[p]])
          && (q.maxPrice() == null || atMost(p, q.maxPrice(), maxCents))));
    }
    if (q.from() != null || q.to() != null) {
      int from = q.from() == null ? today : Math.max(today, (int) q.from().toEpochDay());
      int to = q.to() == null ? (int) LocalDate.of(9999, 12, 31).toEpochDay() : (int) q.to().toEpochDay();
      // from today the day's next offerings answer; a later start needs the version's dates
      filters.put(Facet.PERIOD, from == today ? selectAt(base, p -> next[p] != NO_OFFERING && next[p] <= to)
          : select(base, v -> v.startsBetween(from, to)));
    }
    return filters;
  }

  private static final long NO_PRICE = Long.MIN_VALUE;
  private static final long EXACT_PRICE = Long.MAX_VALUE;

  /** A price in cents, {@link #NO_PRICE} for none, {@link #EXACT_PRICE} when cents do not hold it exactly. */
  private static long cents(BigDecimal price) {
    if (price == null) {
      return NO_PRICE;
    }
    try {
      return price.movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      return EXACT_PRICE;
    }
  }

  /** Whether the version's price is at most {@code max} ({@code maxCents}: the same in cents). */
  private boolean atMost(int p, BigDecimal max, long maxCents) {
    if (cents[p] == NO_PRICE) {
      return false;
    }
    if (cents[p] == EXACT_PRICE || maxCents == EXACT_PRICE) {
      return versions[p].price().compareTo(max) <= 0;
    }
    return cents[p] <= maxCents;
  }

  private BitSet selectAt(BitSet base, java.util.function.IntPredicate test) {
    BitSet result = new BitSet(versions.length);
    for (int p = base.nextSetBit(0); p >= 0; p = base.nextSetBit(p + 1)) {
      if (test.test(p)) {
        result.set(p);
      }
    }
    return result;
  }

  private BitSet select(BitSet base, java.util.function.Predicate<Version> test) {
    BitSet result = new BitSet(versions.length);
    for (int p = base.nextSetBit(0); p >= 0; p = base.nextSetBit(p + 1)) {
      if (test.test(versions[p])) {
        result.set(p);
      }
    }
    return result;
  }

  // ------------------------------------------------------------------ text

  /**
   * The lexeme ids of a query lexeme that have postings here: one exact lexeme, or every lexeme
   * starting with a prefix.
   */
  private int[] slots(TextQuery.Lexeme l) {
    String[] texts = dictionary.texts();
    int at = Arrays.binarySearch(texts, l.text());
    int from = at >= 0 ? at : -at - 1;
    int to = l.prefix() ? from : at >= 0 ? from + 1 : from;
    if (l.prefix()) {
      while (to < texts.length && texts[to].startsWith(l.text())) {
        to++;
      }
    }
    int[] slots = new int[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      int id = dictionary.ids()[i];
      if (id < postings.length && postings[id].length > 0) {
        slots[n++] = id;
      }
    }
    return n == slots.length ? slots : Arrays.copyOf(slots, n);
  }

  private BitSet matches(TextQuery q) {
    if (q instanceof TextQuery.Lexeme l) {
      BitSet set = new BitSet(versions.length);
      for (int slot : slots(l)) {
        for (int p : postings[slot]) {
          set.set(p);
        }
      }
      return set;
    }
    if (q instanceof TextQuery.Not not) {
      BitSet set = new BitSet(versions.length);
      set.set(0, versions.length);
      set.andNot(matches(not.operand()));
      return set;
    }
    if (q instanceof TextQuery.And and) {
      BitSet set = matches(and.left());
      set.and(matches(and.right()));
      return set;
    }
    TextQuery.Or or = (TextQuery.Or) q;
    BitSet set = matches(or.left());
    set.or(matches(or.right()));
    return set;
  }

  /** The rank of the matching versions (see the class comment), by position. */
  private float[] rank(TextQuery q, BitSet matching) {
    List<TextQuery.Lexeme> lexemes = TextQuery.lexemes(q);
    float[] rank = new float[versions.length];
    float[] best = null;
    for (TextQuery.Lexeme l : lexemes) {
      int[] slots = slots(l);
      if (slots.length == 1) {
        int[] ps = postings[slots[0]];
        float[] scores = postingScores[slots[0]];
        for (int k = 0; k < ps.length; k++) {
          if (matching.get(ps[k])) {
            rank[ps[k]] += scores[k];
          }
        }
      } else if (slots.length > 1) {
        if (best == null) {
          best = new float[versions.length];
        } else {
          Arrays.fill(best, 0);
        }
        for (int slot : slots) {
          int[] ps = postings[slot];
          float[] scores = postingScores[slot];
          for (int k = 0; k < ps.length; k++) {
            if (matching.get(ps[k]) && scores[k] > best[ps[k]]) {
              best[ps[k]] = scores[k];
            }
          }
        }
        for (int p = matching.nextSetBit(0); p >= 0; p = matching.nextSetBit(p + 1)) {
          rank[p] += best[p];
        }
      }
    }
    int size = lexemes.size();
    for (int p = matching.nextSetBit(0); p >= 0; p = matching.nextSetBit(p + 1)) {
      rank[p] = rank[p] / size;
    }
    return rank;
  }

  // ------------------------------------------------------------------ order

  /** An order on version positions. */
  @FunctionalInterface
  private interface PositionOrder {
    int compare(int a, int b);
  }

  /**
   * The first {@code limit} matching positions in search order: rank, next offering, updated_at,
   * title, id. A bounded max-heap of positions (no boxing), then sorted.
   */
  private int[] top(BitSet matching, float[] rank, int[] next, int limit) {
    PositionOrder order = (a, b) -> {
      if (rank != null && rank[a] != rank[b]) {
        return rank[a] > rank[b] ? -1 : 1;
      }
      if (next[a] != next[b]) {
        return Integer.compare(next[a], next[b]);
      }
      Version va = versions[a];
      Version vb = versions[b];
      if (va.updatedAt() != vb.updatedAt()) {
        return Long.compare(vb.updatedAt(), va.updatedAt());
      }
      int byTitle = va.title().compareTo(vb.title());
      // positions follow the id order (as text)
      return byTitle != 0 ? byTitle : Integer.compare(a, b);
    };
    if (limit <= 0) {
      return new int[0];
    }
    // heap[0] is the worst of the best found so far
    int[] heap = new int[limit];
    int size = 0;
    for (int p = matching.nextSetBit(0); p >= 0; p = matching.nextSetBit(p + 1)) {
      if (size < limit) {
        int i = size++;
        heap[i] = p;
        while (i > 0 && order.compare(heap[(i - 1) / 2], heap[i]) < 0) {
          int parent = (i - 1) / 2;
          int swap = heap[parent];
          heap[parent] = heap[i];
          heap[i] = swap;
          i = parent;
        }
      } else if (order.compare(p, heap[0]) < 0) {
        heap[0] = p;
        int i = 0;
        while (true) {
          int worst = i;
          int l = 2 * i + 1;
          int r = l + 1;
          if (l < size && order.compare(heap[l], heap[worst]) > 0) {
            worst = l;
          }
          if (r < size && order.compare(heap[r], heap[worst]) > 0) {
            worst = r;
          }
          if (worst == i) {
            break;
          }
          int swap = heap[worst];
          heap[worst] = heap[i];
          heap[i] = swap;
          i = worst;
        }
      }
    }
    Integer[] sorted = new Integer[size];
    for (int i = 0; i < size; i++) {
      sorted[i] = heap[i];
    }
    Arrays.sort(sorted, order::compare);
    int[] result = new int[size];
    for (int i = 0; i < size; i++) {
      result[i] = sorted[i];
    }
    return result;
  }
}
