package nl.vakwijzer.catalogue.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * An in-memory copy of (a view of) the accredited supply, kept current by the supply revision of
 * migration V11: every change of a version row, its claims, its provider's name (and, V12, its
 * provider's regions) gives the version a new revision from one sequence; deleted versions leave a
 * tombstone. Shared by the gap search ({@link AccreditedSupply}) and the catalogue text search
 * ({@link CatalogueIndex}).
 *
 * <p>Each use costs one query ({@link #STATE_SQL}: the highest revision, whether a transaction is in
 * progress, whether this transaction has written). When the revision moved, only the versions that
 * changed are read again ({@link #CHANGES_SQL}), or everything when very many did. A copy loaded
 * while some change was in progress is not "settled": its {@code safeRevision} stays below its
 * revision and the next use asks for the changes from there again, so a change that took its
 * revision earlier but committed later is not missed. Inside a transaction that has itself written,
 * the copy is not what everyone sees: {@link #current} answers {@code null} and the caller falls
 * back to SQL.
 *
 * @param <S> the immutable copy, replaced as a whole
 * @param <L> one loaded version
 */
final class SupplyCache<S extends SupplyCache.Snapshot, L> {
  /** The highest supply revision, whether no change is in progress, whether this transaction has written. */
  static final String STATE_SQL = """
      select greatest(coalesce((select max(supply_revision) from catalogue.module_version), 0),
                      coalesce((select max(supply_revision) from catalogue.supply_tombstone), 0)),
             not exists (select 1 from pg_snapshot_xip(pg_current_snapshot())),
             pg_current_xact_id_if_assigned() is not null
      """;

  static final String CHANGES_SQL = """
      select id, supply_revision, status = 'GEACCREDITEERD' from catalogue.module_version where supply_revision > ?
      union all
      select version_id, supply_revision, false from catalogue.supply_tombstone where supply_revision > ?
      """;

  /**
   * Above this many versions to reload one full load is cheaper than loading them by id. Counted
   * after leaving out versions already loaded at their revision: after a load while some change was
   * in progress, the next uses list every version again until a quiet moment, and must not each
   * reload them all.
   */
  static final int FULL_RELOAD_CHANGES = 5_000;

  /** A change since a copy's safe revision: the version, its revision, and whether it is accredited now. */
  record Change(UUID version, long revision, boolean accredited) {}

  /** What the cache needs to know of a copy. */
  interface Snapshot {
    /** The highest supply revision applied. */
    long revision();

    /** The highest revision up to which nothing can still appear. */
    long safeRevision();

    /** The supply revision at which the copy holds a version, {@code null} when it does not. */
    Long revisionOf(UUID version);
  }

  /** How a copy is loaded and updated. */
  interface Source<S, L> {
    /** The accredited versions (with at least one accepted claim) among {@code ids}, or all of them ({@code null}). */
    List<L> load(Connection c, List<UUID> ids) throws SQLException;

    long revisionOf(L loaded);

    S full(List<L> loaded, long revision, long safeRevision);

    /**
     * {@code known} with the changes applied: versions no longer accredited dropped, those of
     * {@code reloaded} replaced by what was {@code loaded} for them (dropped when nothing was).
     */
    S with(S known, Collection<Change> changes, List<UUID> reloaded, List<L> loaded, long revision, long safeRevision);
  }

  private final Source<S, L> source;
  private final boolean staleWhileUpdating;
  private volatile S copy;
  private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

  /** A cache whose {@link #current} always answers the up-to-date copy (waiting for an update in progress). */
  SupplyCache(Source<S, L> source) {
    this(source, false);
  }

  /**
   * With {@code staleWhileUpdating}, a use that finds another use updating the copy answers the
   * copy as it was instead of waiting for the update (the public catalogue: a search may miss a
   * change committed a moment ago, but searches do not all stall while one rebuilds the index).
   * The use that updates, and every use when none does, still gets the up-to-date copy.
   */
  SupplyCache(Source<S, L> source, boolean staleWhileUpdating) {
    this.source = source;
    this.staleWhileUpdating = staleWhileUpdating;
  }

  /** The versions among the changes that must be (re)loaded: accredited and not yet at that revision. */
  static List<UUID> toLoad(Snapshot known, Collection<Change> changes) {
    List<UUID> ids = new ArrayList<>();
    for (Change change : changes) {
      Long held = known.revisionOf(change.version());
      if (change.accredited() && (held == null || held != change.revision())) {
        ids.add(change.version());
      }
    }
    return ids;
  }

  /** The up-to-date copy, or {@code null} inside a transaction that has written. */
  S current(Connection c) throws SQLException {
    long revision;
    boolean settled;
    try (PreparedStatement s = c.prepareStatement(STATE_SQL);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      revision = rs.getLong(1);
      settled = rs.getBoolean(2);
      if (rs.getBoolean(3)) {
        return null;
      }
    }
    S known = copy;
    if (known != null && known.revision() == revision && known.safeRevision() == revision) {
      return known;
    }
    if (staleWhileUpdating && known != null) {
      if (!lock.tryLock()) {
        return known; // another use is updating it
      }
    } else {
      lock.lock();
    }
    try {
      known = copy;
      if (known != null && known.revision() == revision && known.safeRevision() == revision) {
        return known;
      }
      List<Change> changes = known == null ? null : changes(c, known.safeRevision());
      S next;
      if (changes == null || toLoad(known, changes).size() > FULL_RELOAD_CHANGES) {
        List<L> all = source.load(c, null);
        long loadedMax = all.stream().mapToLong(source::revisionOf).max().orElse(0);
        next = source.full(all, Math.max(revision, loadedMax), settled ? revision : 0);
      } else {
        long from = known.safeRevision();
        List<UUID> ids = toLoad(known, changes);
        List<L> loaded = ids.isEmpty() ? List.of() : source.load(c, ids);
        long seen = changes.stream().mapToLong(Change::revision).max().orElse(revision);
        next = source.with(known, changes, ids, loaded, Math.max(revision, seen), settled ? revision : from);
      }
      copy = next;
      return next;
    } finally {
      lock.unlock();
    }
  }

  private static List<Change> changes(Connection c, long since) throws SQLException {
    List<Change> changes = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(CHANGES_SQL)) {
      s.setLong(1, since);
      s.setLong(2, since);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          changes.add(new Change(rs.getObject(1, UUID.class), rs.getLong(2), rs.getBoolean(3)));
        }
      }
    }
    return changes;
  }
}
