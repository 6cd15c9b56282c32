package nl.vakwijzer.catalogue.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.domain.GapStore.Candidates;
import nl.vakwijzer.catalogue.domain.GapStore.Need;
import nl.vakwijzer.catalogue.gap.CandidateColumns;

/**
 * The accredited supply as the gap search reads it, kept in memory: every version with status
 * GEACCREDITEERD and its accepted claims, plus an index from competency to the claims on it. A
 * search then touches only the claims on its gap's competencies (a few percent of all claims),
 * without a database round trip per search beyond one revision check (issue #6 performance goals,
 * {@code bench/gap-search.sh}).
 *
 * <p>Immutable: {@link JdbcGapStore}'s {@link SupplyCache} replaces the whole instance when the
 * database's supply revision (migration V11) moves, by {@link #with}: the changed versions are swapped in and the
 * index rebuilt from the version map, which costs tens of milliseconds at 100,000 versions and
 * happens only after a change.
 */
final class AccreditedSupply implements SupplyCache.Snapshot {
  /**
   * The accepted claims on one competency, as parallel arrays (the version's position, the claim's
   * from- and to-level, the id of its behaviour-example list): a search walks tens of thousands of
   * them, and arrays of numbers keep that walk on consecutive memory instead of one object per claim.
   */
  private record Entries(int[] version, byte[] from, byte[] to, int[] examples) {}

  static final AccreditedSupply EMPTY = new AccreditedSupply(Map.of(), Map.of(), 0, 0);

  private final Map<UUID, GapCandidate> byVersion;
  private final Map<UUID, Long> revisions;
  /** Versions ordered by id, so that a search returns them in a stable order. */
  private final GapCandidate[] versions;
  /**
   * Per version (same positions), the last day it is findable as an epoch day ({@code
   * Long.MAX_VALUE} without end): the findability check needs no visit to the version's object.
   */
  private final long[] until;
  /** Per version (same positions), its werkvormen as a mask ({@link CandidateColumns#mask}). */
  private final int[] werkvormen;
  private final Map<UUID, Entries> byCompetency;
  /** The distinct behaviour-example lists of the claims, by the id the entries hold. */
  private final List<ItemId>[] exampleLists;
  /** The highest supply revision applied. */
  final long revision;
  /**
   * The highest revision up to which nothing can still appear: when a change was in progress as
   * this was loaded, it is below {@link #revision} and the next search loads from here again.
   */
  final long safeRevision;

  @SuppressWarnings("unchecked")
  private AccreditedSupply(Map<UUID, GapCandidate> byVersion, Map<UUID, Long> revisions, long revision,
      long safeRevision) {
    this.byVersion = byVersion;
    this.revisions = revisions;
    this.revision = revision;
    this.safeRevision = safeRevision;
    this.versions = byVersion.values().toArray(GapCandidate[]::new);
    Arrays.sort(this.versions, Comparator.comparing((GapCandidate c) -> c.id().value()));
    this.until = new long[versions.length];
    this.werkvormen = new int[versions.length];
    for (int i = 0; i < versions.length; i++) {
      until[i] = versions[i].accreditedUntil() == null ? Long.MAX_VALUE : versions[i].accreditedUntil().toEpochDay();
      werkvormen[i] = CandidateColumns.mask(versions[i].werkvormen());
    }
    Map<UUID, Integer> counts = new HashMap<>();
    for (GapCandidate version : versions) {
      for (AcceptedClaim claim : version.claims()) {
        counts.merge(claim.competency().value(), 1, Integer::sum);
      }
    }
    Map<UUID, Entries> index = new HashMap<>(counts.size() * 2);
    counts.forEach((k, n) -> index.put(k, new Entries(new int[n], new byte[n], new byte[n], new int[n])));
    Map<UUID, Integer> filled = new HashMap<>(counts.size() * 2);
    // the store shares equal lists (one instance), so identity finds nearly all equal ones; an equal
    // list under another id only costs a second look-up of its coverage
    Map<List<ItemId>, Integer> exampleIds = new IdentityHashMap<>();
    List<List<ItemId>> lists = new ArrayList<>();
    for (int i = 0; i < versions.length; i++) {
      for (AcceptedClaim claim : versions[i].claims()) {
        UUID competency = claim.competency().value();
        Entries entries = index.get(competency);
        int at = filled.merge(competency, 1, Integer::sum) - 1;
        entries.version()[at] = i;
        entries.from()[at] = (byte) Math.min(claim.from().ordinal(), Byte.MAX_VALUE);
        entries.to()[at] = (byte) Math.min(claim.to().ordinal(), Byte.MAX_VALUE);
        entries.examples()[at] = exampleIds.computeIfAbsent(claim.behaviourExamples(), l -> {
          lists.add(l);
          return lists.size() - 1;
        });
      }
    }
    this.byCompetency = index;
    this.exampleLists = lists.toArray(List[]::new);
  }

  /** A version as loaded, with its supply revision. */
  record Loaded(GapCandidate candidate, long revision) {}

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
    return revisions.get(version);
  }

  /** A full load. */
  static AccreditedSupply of(List<Loaded> loaded, long revision, long safeRevision) {
    Map<UUID, GapCandidate> byVersion = new HashMap<>(loaded.size() * 2);
    Map<UUID, Long> revisions = new HashMap<>(loaded.size() * 2);
    for (Loaded l : loaded) {
      byVersion.put(l.candidate().id().value(), l.candidate());
      revisions.put(l.candidate().id().value(), l.revision());
    }
    return new AccreditedSupply(byVersion, revisions, revision, safeRevision);
  }

  /**
   * This supply with the changes applied: versions no longer accredited are dropped, those of
   * {@code replaced} ({@link SupplyCache#toLoad}) are replaced by what was {@code loaded} for them
   * (dropped when nothing was: no accepted claim left). The same maps, with the new revisions, when
   * nothing actually changed.
   */
  AccreditedSupply with(Collection<SupplyCache.Change> changes, List<UUID> replaced, List<Loaded> loaded,
      long newRevision, long newSafeRevision) {
    boolean dropping = changes.stream().anyMatch(c -> !c.accredited() && revisions.containsKey(c.version()));
    if (replaced.isEmpty() && !dropping) {
      return new AccreditedSupply(this, newRevision, newSafeRevision);
    }
    Map<UUID, GapCandidate> v = new HashMap<>(byVersion);
    Map<UUID, Long> r = new HashMap<>(revisions);
    for (SupplyCache.Change change : changes) {
      if (!change.accredited()) {
        v.remove(change.version());
        r.remove(change.version());
      }
    }
    for (UUID id : replaced) {
      v.remove(id);
      r.remove(id);
    }
    for (Loaded l : loaded) {
      v.put(l.candidate().id().value(), l.candidate());
      r.put(l.candidate().id().value(), l.revision());
    }
    return new AccreditedSupply(v, r, newRevision, newSafeRevision);
  }

  /** The same supply at new revisions. */
  private AccreditedSupply(AccreditedSupply same, long revision, long safeRevision) {
    this.byVersion = same.byVersion;
    this.revisions = same.revisions;
    this.revision = revision;
    this.safeRevision = safeRevision;
    this.versions = same.versions;
    this.until = same.until;
    this.werkvormen = same.werkvormen;
    this.byCompetency = same.byCompetency;
    this.exampleLists = same.exampleLists;
  }

  int size() {
    return versions.length;
  }

  /**
   * The versions with a claim that closes a step for a need (entry level at most the need's level,
   * to-level above it: {@code Bridging}), still accredited on {@code today}, ordered by id; the same
   * set as {@link JdbcGapStore#CANDIDATES_SQL}. Their claims are all their accepted claims (the
   * search picks those on the gap's competencies). With them their columns: the claims straight
   * from the index, without visiting a version's object.
   */
  Candidates candidates(Set<Need> needs, LocalDate today) {
    Map<UUID, int[]> levels = new HashMap<>();
    for (Need need : needs) {
      levels.merge(need.competency(), new int[] {need.level()}, (a, b) -> {
        int[] all = Arrays.copyOf(a, a.length + 1);
        all[a.length] = b[0];
        return all;
      });
    }
    BitSet found = new BitSet(versions.length);
    for (Map.Entry<UUID, int[]> need : levels.entrySet()) {
      Entries entries = byCompetency.get(need.getKey());
      if (entries == null) {
        continue;
      }
      // whether a claim from F to T meets one of the needs, by (F, T): worked out once, not per claim
      int[] atLevels = need.getValue();
      boolean[][] meets = new boolean[LEVELS][LEVELS];
      for (int from = 0; from < LEVELS; from++) {
        for (int to = 0; to < LEVELS; to++) {
          for (int level : atLevels) {
            meets[from][to] |= to > level && (from == 0 || from <= level);
          }
        }
      }
      int[] version = entries.version();
      byte[] from = entries.from();
      byte[] to = entries.to();
      for (int e = 0; e < version.length; e++) {
        if (from[e] < LEVELS && to[e] < LEVELS ? meets[from[e]][to[e]] : meetsAny(from[e], to[e], atLevels)) {
          found.set(version[e]);
        }
      }
    }
    long day = today.toEpochDay();
    GapCandidate[] result = new GapCandidate[found.cardinality()];
    int[] at = new int[result.length];
    // version position -> candidate position (-1: not a candidate), for the columns
    int[] position = new int[versions.length];
    Arrays.fill(position, -1);
    int n = 0;
    for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
      if (until[i] >= day) {
        position[i] = n;
        at[n] = i;
        result[n++] = versions[i];
      }
    }
    List<GapCandidate> list = Arrays.asList(n == result.length ? result : Arrays.copyOf(result, n));
    return new Candidates(list, new Columns(n, at, position));
  }

  /** {@link #candidates}' columns: the index's arrays seen through the candidates' positions. */
  private final class Columns implements CandidateColumns {
    private final int size;
    private final int[] at;
    private final int[] position;

    Columns(int size, int[] at, int[] position) {
      this.size = size;
      this.at = at;
      this.position = position;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public void forEachClaim(UUID competency, ClaimVisitor visitor) {
      Entries entries = byCompetency.get(competency);
      if (entries == null) {
        return;
      }
      int[] version = entries.version();
      byte[] from = entries.from();
      byte[] to = entries.to();
      int[] examples = entries.examples();
      for (int e = 0; e < version.length; e++) {
        int p = position[version[e]];
        if (p >= 0) {
          visitor.claim(p, from[e], to[e], examples[e], exampleLists[examples[e]], werkvormen[version[e]]);
        }
      }
    }

    @Override
    public int exampleLists() {
      return exampleLists.length;
    }

    @Override
    public long findableUntil(int candidate) {
      return until[at[candidate]];
    }
  }

  /** Level ordinals below this are looked up in a table; scales have at most a handful of levels. */
  private static final int LEVELS = 8;

  private static boolean meetsAny(int from, int to, int[] atLevels) {
    for (int level : atLevels) {
      if (to > level && (from == 0 || from <= level)) {
        return true;
      }
    }
    return false;
  }
}
