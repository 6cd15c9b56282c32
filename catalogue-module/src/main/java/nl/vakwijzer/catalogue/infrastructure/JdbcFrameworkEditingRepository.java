package nl.vakwijzer.catalogue.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CrosswalkLink;
import nl.vakwijzer.catalogue.api.EditableItem;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemStatus;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.domain.CaseCanonicalForm;
import nl.vakwijzer.catalogue.domain.FrameworkEditSession;
import nl.vakwijzer.catalogue.domain.FrameworkEditingRepository;
import nl.vakwijzer.catalogue.domain.StoredItem;

/**
 * Version editing in PostgreSQL through plain JDBC, on the same tables as
 * {@link JdbcFrameworkRepository} (whose item mapping and package reconstruction it reuses).
 *
 * <p>Copies and publications are set-based SQL ({@code insert … select}), so copying a framework
 * of a few thousand items is a handful of statements. Like {@link JdbcFrameworkRepository} it
 * commits itself on a plain DataSource ({@link JdbcFrameworkRepository.TransactionMode#LOCAL})
 * and leaves that to JTA in the container.
 */
public final class JdbcFrameworkEditingRepository implements FrameworkEditingRepository {
  private static final String CROSSWALK_TYPES = "('exactMatchOf', 'isRelatedTo')";
  private static final int MAX_TREE_DEPTH = 50;

  private static final String VERSION_QUERY =
      "select f.id, f.code, f.title, f.version, f.status, f.reference, f.previous_version_id, f.version_no,"
          + " n.active, n.retired, f.last_change_at, f.created_at"
          + " from catalogue.framework f"
          + " cross join lateral (select count(*) filter (where i.status = 'ACTIEF') as active,"
          + "   count(*) filter (where i.status = 'INGETROKKEN') as retired"
          + "   from catalogue.framework_item i where i.framework_id = f.id) n";
  private static final String STORED_ITEM_QUERY =
      "select i.id, i.framework_id, f.code, i.human_code, i.item_type, i.status, i.source_item_id,"
          + " i.full_statement, i.abbreviated_statement, i.notes, i.position"
          + " from catalogue.framework_item i join catalogue.framework f on f.id = i.framework_id";

  private final DataSource dataSource;
  private final JdbcFrameworkRepository.TransactionMode mode;
  /** For its item mapping and stored-package reconstruction (content hashes). */
  private final JdbcFrameworkRepository frameworks;

  public JdbcFrameworkEditingRepository(DataSource dataSource, JdbcFrameworkRepository.TransactionMode mode) {
    this.dataSource = dataSource;
    this.mode = mode;
    this.frameworks = new JdbcFrameworkRepository(dataSource, mode);
  }

  @Override
  public <T> T read(Function<FrameworkEditSession, T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.apply(new Session(c));
    } catch (SQLException e) {
      throw new IllegalStateException("Framework query failed", e);
    }
  }

  @Override
  public <T> T write(Function<FrameworkEditSession, T> work) {
    return mode.unitOfWork(dataSource, c -> work.apply(new Session(c)), "Framework change failed");
  }


  /** One unit of work on one connection. */
  private final class Session implements FrameworkEditSession {
    private final Connection c;

    Session(Connection c) {
      this.c = c;
    }

    // ---------------------------------------------------------- versions

    @Override
    public List<FrameworkVersion> versions(String code) {
      return sql(() -> {
        List<FrameworkVersion> versions = new ArrayList<>();
        try (PreparedStatement s =
            c.prepareStatement(
                VERSION_QUERY + (code == null ? "" : " where f.code = ?") + " order by f.code, f.created_at, f.id")) {
          if (code != null) {
            s.setString(1, code);
          }
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              versions.add(version(rs));
            }
          }
        }
        return versions;
      });
    }

    @Override
    public Optional<FrameworkVersion> version(UUID id) {
      return sql(() -> {
        try (PreparedStatement s = c.prepareStatement(VERSION_QUERY + " where f.id = ?")) {
          s.setObject(1, id);
          try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(version(rs)) : Optional.empty();
          }
        }
      });
    }

    private FrameworkVersion version(ResultSet rs) throws SQLException {
      FrameworkStatus status = FrameworkStatus.valueOf(rs.getString(5));
      int active = rs.getInt(9);
      int retired = rs.getInt(10);
      UUID previous = rs.getObject(7, UUID.class);
      return new FrameworkVersion(
          new FrameworkId(rs.getObject(1, UUID.class)),
          rs.getString(2),
          rs.getString(3),
          rs.getString(4),
          status,
          rs.getBoolean(6),
          previous == null ? null : new FrameworkId(previous),
          rs.getLong(8),
          // in a concept retired items are on their way out; elsewhere they were part of the version
          status == FrameworkStatus.CONCEPT ? active : active + retired,
          retired,
          rs.getObject(11, OffsetDateTime.class).toInstant(),
          rs.getObject(12, OffsetDateTime.class).toInstant());
    }

    @Override
    public List<FrameworkVersion> lockCode(String code) {
      sql(() -> {
        try (PreparedStatement s =
            c.prepareStatement("select id from catalogue.framework where code = ? order by id for update")) {
          s.setString(1, code);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              // the rows are locked by reading them
            }
          }
        }
        return null;
      });
      return versions(code);
    }

    @Override
    public Optional<String> codeOf(UUID frameworkId) {
      return sql(() -> {
        try (PreparedStatement s = c.prepareStatement("select code from catalogue.framework where id = ?")) {
          s.setObject(1, frameworkId);
          try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
          }
        }
      });
    }

    @Override
    public UUID copyAsConcept(UUID source, String newVersion, Instant now) {
      UUID copy = UUID.randomUUID();
      sql(() -> {
        update(
            "insert into catalogue.framework (id, uri, code, version, title, creator, publisher, description,"
                + " status, adoption_status, language, notes, source_file, source_section, publication_date,"
                + " official_source_url, extensions, reference, last_change_at, content_hash, previous_version_id)"
                + " select ?, ?, code, ?, title, creator, publisher, description, 'CONCEPT', 'Draft', language, notes,"
                + " source_file, source_section, publication_date, official_source_url, extensions, false, ?, null, id"
                + " from catalogue.framework where id = ?",
            copy, "urn:uuid:" + copy, newVersion, utc(now), source);
        // a volatile function in a FROM subquery is evaluated once per row and the subquery is
        // not flattened, so id and uri of a row agree
        update(
            "insert into catalogue.framework_item (id, framework_id, uri, human_code, item_type, full_statement,"
                + " abbreviated_statement, notes, language, extensions, position, last_change_at, status, source_item_id)"
                + " select x.new_id, ?, 'urn:uuid:' || x.new_id, x.human_code, x.item_type, x.full_statement,"
                + " x.abbreviated_statement, x.notes, x.language, x.extensions, x.position, x.last_change_at,"
                + " 'ACTIEF', x.id"
                + " from (select gen_random_uuid() as new_id, i.* from catalogue.framework_item i"
                + "       where i.framework_id = ?) x",
            copy, source);
        update(
            "insert into catalogue.framework_association (id, framework_id, uri, association_type, origin_item_id,"
                + " destination_item_id, sequence_number, notes, position, last_change_at)"
                + " select x.new_id, ?, 'urn:uuid:' || x.new_id, x.association_type,"
                + " coalesce(o.id, x.origin_item_id), coalesce(d.id, x.destination_item_id), x.sequence_number,"
                + " x.notes, x.dense_position, x.last_change_at"
                + " from (select gen_random_uuid() as new_id, row_number() over (order by a.position, a.id) as dense_position,"
                + "       a.* from catalogue.framework_association a"
                + "       where a.framework_id = ? and a.association_type <> 'replacedBy') x"
                + " left join catalogue.framework_item o on o.framework_id = ? and o.source_item_id = x.origin_item_id"
                + " left join catalogue.framework_item d on d.framework_id = ? and d.source_item_id = x.destination_item_id",
            copy, source, copy, copy);
        return null;
      });
      return copy;
    }

    @Override
    public void touch(UUID frameworkId, Instant now) {
      sql(() -> update(
          "update catalogue.framework set version_no = version_no + 1, last_change_at = ?, content_hash = null"
              + " where id = ?",
          utc(now), frameworkId));
    }

    @Override
    public void setStatus(UUID frameworkId, FrameworkStatus status) {
      sql(() -> update(
          "update catalogue.framework set status = ?, version_no = version_no + 1 where id = ?",
          status.name(), frameworkId));
    }

    @Override
    public void markPublished(UUID frameworkId, Instant now) {
      sql(() -> {
        // dense document order, as a package of this version would have it
        update(
            "update catalogue.framework_item i set position = n.rn"
                + " from (select id, row_number() over (order by position, id) as rn"
                + "       from catalogue.framework_item where framework_id = ?) n"
                + " where i.id = n.id and i.position <> n.rn",
            frameworkId);
        update(
            "update catalogue.framework_association a set position = n.rn"
                + " from (select id, row_number() over (order by position, id) as rn"
                + "       from catalogue.framework_association where framework_id = ?) n"
                + " where a.id = n.id and a.position <> n.rn",
            frameworkId);
        update(
            "update catalogue.framework set status = 'GEPUBLICEERD', adoption_status = 'Adopted',"
                + " last_change_at = ?, version_no = version_no + 1 where id = ?",
            utc(now), frameworkId);
        // the hash an identical re-import is recognised by (see JdbcFrameworkRepository.importPackage)
        String hash = CaseCanonicalForm.hash(frameworks.storedPackage(c, frameworkId).orElseThrow());
        return update("update catalogue.framework set content_hash = ? where id = ?", hash, frameworkId);
      });
    }

    // ---------------------------------------------------------- items

    @Override
    public List<EditableItem> items(UUID frameworkId) {
      return sql(() -> {
        List<EditableItem> items = new ArrayList<>();
        // path = (sequence, position) per level: siblings by sequenceNumber, then document order
        try (PreparedStatement s =
            c.prepareStatement(
                "with recursive tree(id, parent, depth, path) as ("
                    + "  select i.id, null::uuid, 0, array[0, i.position]"
                    + "    from catalogue.framework_item i"
                    + "   where i.framework_id = ? and not exists ("
                    + "     select 1 from catalogue.framework_association a"
                    + "       join catalogue.framework_item p on p.id = a.destination_item_id"
                    + "      where a.origin_item_id = i.id and a.association_type = 'isChildOf'"
                    + "        and p.framework_id = i.framework_id)"
                    + "  union all"
                    + "  select ch.id, t.id, t.depth + 1,"
                    + "         t.path || array[coalesce(a.sequence_number, 2147483647), ch.position]"
                    + "    from tree t"
                    + "    join catalogue.framework_association a"
                    + "      on a.destination_item_id = t.id and a.association_type = 'isChildOf'"
                    + "    join catalogue.framework_item ch on ch.id = a.origin_item_id and ch.framework_id = ?"
                    + "   where t.depth < ?)"
                    + " select i.id, t.parent, t.depth, i.human_code, i.item_type, i.full_statement,"
                    + "        i.abbreviated_statement, i.notes, i.status, i.source_item_id"
                    + "   from (select distinct on (id) id, parent, depth, path from tree order by id, path) t"
                    + "   join catalogue.framework_item i on i.id = t.id"
                    + "  order by t.path")) {
          s.setObject(1, frameworkId);
          s.setObject(2, frameworkId);
          s.setInt(3, MAX_TREE_DEPTH);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              UUID parent = rs.getObject(2, UUID.class);
              UUID source = rs.getObject(10, UUID.class);
              items.add(
                  new EditableItem(
                      new ItemId(rs.getObject(1, UUID.class)),
                      parent == null ? null : new ItemId(parent),
                      rs.getInt(3),
                      rs.getString(4),
                      ItemType.valueOf(rs.getString(5)),
                      rs.getString(6),
                      rs.getString(7),
                      rs.getString(8),
                      ItemStatus.valueOf(rs.getString(9)),
                      source == null ? null : new ItemId(source)));
            }
          }
        }
        return items;
      });
    }

    @Override
    public Optional<StoredItem> item(UUID itemId) {
      return sql(() -> {
        List<StoredItem> found = storedItems(STORED_ITEM_QUERY + " where i.id = ?", itemId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
      });
    }

    @Override
    public List<StoredItem> storedItems(UUID frameworkId) {
      return sql(() -> storedItems(STORED_ITEM_QUERY + " where i.framework_id = ? order by i.position", frameworkId));
    }

    private List<StoredItem> storedItems(String query, Object parameter) throws SQLException {
      List<StoredItem> items = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(query)) {
        s.setObject(1, parameter);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            items.add(
                new StoredItem(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getString(4),
                    ItemType.valueOf(rs.getString(5)),
                    ItemStatus.valueOf(rs.getString(6)),
                    rs.getObject(7, UUID.class),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getInt(11)));
          }
        }
      }
      return items;
    }

    @Override
    public Map<UUID, ItemSummary> summaries(UUID frameworkId) {
      return sql(() -> summaries(
          "select " + JdbcFrameworkRepository.ITEM_COLUMNS + JdbcFrameworkRepository.ITEM_FROM
              + " where i.framework_id = ? order by i.position",
          frameworkId));
    }

    private Map<UUID, ItemSummary> summaries(String query, Object parameter) throws SQLException {
      Map<UUID, ItemSummary> summaries = new LinkedHashMap<>();
      try (PreparedStatement s = c.prepareStatement(query)) {
        s.setObject(1, parameter);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            ItemSummary summary = frameworks.itemSummary(rs);
            summaries.put(summary.id().value(), summary);
          }
        }
      }
      return summaries;
    }

    private Map<UUID, ItemSummary> summariesOf(Collection<UUID> ids) throws SQLException {
      if (ids.isEmpty()) {
        return Map.of();
      }
      return summaries(
          "select " + JdbcFrameworkRepository.ITEM_COLUMNS + JdbcFrameworkRepository.ITEM_FROM + " where i.id = any(?)",
          c.createArrayOf("uuid", ids.toArray()));
    }

    @Override
    public boolean codeTaken(UUID frameworkId, String humanCode) {
      return sql(() -> exists(
          "select 1 from catalogue.framework_item where framework_id = ? and human_code = ?", frameworkId, humanCode));
    }

    @Override
    public UUID insertItem(
        UUID frameworkId, UUID parent, ItemType type, String humanCode, String fullStatement,
        String abbreviatedStatement, String notes, Instant now) {
      UUID id = UUID.randomUUID();
      sql(() -> {
        update(
            "insert into catalogue.framework_item (id, framework_id, uri, human_code, item_type, full_statement,"
                + " abbreviated_statement, notes, language, position, last_change_at, status)"
                + " select ?, f.id, ?, ?, ?, ?, ?, ?, f.language,"
                + " (select coalesce(max(position), 0) + 1 from catalogue.framework_item where framework_id = f.id),"
                + " ?, 'ACTIEF' from catalogue.framework f where f.id = ?",
            id, "urn:uuid:" + id, humanCode, type.name(), fullStatement, abbreviatedStatement, notes, utc(now),
            frameworkId);
        if (parent != null) {
          UUID association = UUID.randomUUID();
          update(
              "insert into catalogue.framework_association (id, framework_id, uri, association_type,"
                  + " origin_item_id, destination_item_id, sequence_number, position, last_change_at)"
                  + " values (?, ?, ?, 'isChildOf', ?, ?,"
                  + " (select coalesce(max(sequence_number), 0) + 1 from catalogue.framework_association"
                  + "   where destination_item_id = ? and association_type = 'isChildOf'),"
                  + " (select coalesce(max(position), 0) + 1 from catalogue.framework_association where framework_id = ?),"
                  + " ?)",
              association, frameworkId, "urn:uuid:" + association, id, parent, parent, frameworkId, utc(now));
        }
        return null;
      });
      return id;
    }

    @Override
    public void updateItem(UUID itemId, String fullStatement, String abbreviatedStatement, String notes, Instant now) {
      sql(() -> update(
          "update catalogue.framework_item set full_statement = ?, abbreviated_statement = ?, notes = ?,"
              + " last_change_at = ? where id = ?",
          fullStatement, abbreviatedStatement, notes, utc(now), itemId));
    }

    @Override
    public List<UUID> subtree(UUID itemId) {
      return sql(() -> {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement s =
            c.prepareStatement(
                "with recursive sub(id, depth) as ("
                    + "  select i.id, 0 from catalogue.framework_item i where i.id = ?"
                    + "  union"
                    + "  select ch.id, sub.depth + 1 from sub"
                    + "    join catalogue.framework_association a"
                    + "      on a.destination_item_id = sub.id and a.association_type = 'isChildOf'"
                    + "    join catalogue.framework_item ch on ch.id = a.origin_item_id"
                    + "    join catalogue.framework_item p on p.id = sub.id and p.framework_id = ch.framework_id"
                    + "   where sub.depth < ?)"
                    + " select distinct id from sub")) {
          s.setObject(1, itemId);
          s.setInt(2, MAX_TREE_DEPTH);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getObject(1, UUID.class));
            }
          }
        }
        return ids;
      });
    }

    @Override
    public void setItemStatus(Collection<UUID> itemIds, ItemStatus status) {
      if (itemIds.isEmpty()) {
        return;
      }
      sql(() -> update(
          "update catalogue.framework_item set status = ? where id = any(?)",
          status.name(), c.createArrayOf("uuid", itemIds.toArray())));
    }

    @Override
    public void dropRetiredItems(UUID frameworkId) {
      sql(() -> {
        String retired = "select id from catalogue.framework_item where framework_id = ? and status = 'INGETROKKEN'";
        update(
            "delete from catalogue.framework_association"
                + " where origin_item_id in (" + retired + ") or destination_item_id in (" + retired + ")",
            frameworkId, frameworkId);
        return update(
            "delete from catalogue.framework_item where framework_id = ? and status = 'INGETROKKEN'", frameworkId);
      });
    }

    @Override
    public List<Map.Entry<UUID, UUID>> ancestry(UUID of, UUID in) {
      return sql(() -> {
        List<Map.Entry<UUID, UUID>> pairs = new ArrayList<>();
        try (PreparedStatement s =
            c.prepareStatement(
                "with recursive chain(item, ancestor, depth) as ("
                    + "  select id, source_item_id, 1 from catalogue.framework_item"
                    + "   where framework_id = ? and source_item_id is not null"
                    + "  union all"
                    + "  select chain.item, i.source_item_id, chain.depth + 1"
                    + "    from chain join catalogue.framework_item i on i.id = chain.ancestor"
                    + "   where i.framework_id <> ? and i.source_item_id is not null and chain.depth < 1000)"
                    + " select chain.ancestor, chain.item from chain"
                    + "   join catalogue.framework_item a on a.id = chain.ancestor"
                    + "  where a.framework_id = ?")) {
          s.setObject(1, of);
          s.setObject(2, in);
          s.setObject(3, in);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              pairs.add(new AbstractMap.SimpleImmutableEntry<>(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
            }
          }
        }
        return pairs;
      });
    }

    @Override
    public void addReplacedBy(UUID declaringFramework, Map<UUID, UUID> successors, Instant now) {
      if (successors.isEmpty()) {
        return;
      }
      sql(() -> {
        int position = intValue(
            "select coalesce(max(position), 0) from catalogue.framework_association where framework_id = ?",
            declaringFramework);
        try (PreparedStatement s =
            c.prepareStatement(
                "insert into catalogue.framework_association (id, framework_id, uri, association_type,"
                    + " origin_item_id, destination_item_id, position, last_change_at)"
                    + " values (?, ?, ?, 'replacedBy', ?, ?, ?, ?)")) {
          int pending = 0;
          for (Map.Entry<UUID, UUID> successor : successors.entrySet()) {
            UUID id = UUID.randomUUID();
            s.setObject(1, id);
            s.setObject(2, declaringFramework);
            s.setString(3, "urn:uuid:" + id);
            s.setObject(4, successor.getKey());
            s.setObject(5, successor.getValue());
            s.setInt(6, ++position);
            s.setObject(7, utc(now));
            s.addBatch();
            if (++pending == 500) {
              s.executeBatch();
              pending = 0;
            }
          }
          if (pending > 0) {
            s.executeBatch();
          }
        }
        return null;
      });
    }

    // ---------------------------------------------------------- crosswalk

    @Override
    public UUID createLivingCrosswalk(String code, Instant now) {
      UUID id = UUID.randomUUID();
      sql(() -> update(
          "insert into catalogue.framework (id, uri, code, version, title, creator, publisher, description, status,"
              + " adoption_status, language, notes, extensions, reference, last_change_at)"
              + " values (?, ?, ?, '1', 'Crosswalk van de beheerder', 'Vakwijzer', 'Vakwijzer', ?, 'GEPUBLICEERD',"
              + " 'Adopted', 'nl', ?, cast(? as jsonb), false, ?)",
          id, "urn:uuid:" + id, code,
          "Overeenkomsten tussen items van verschillende competentiekaders die een beheerder in Vakwijzer heeft"
              + " vastgelegd, als exactMatchOf- en isRelatedTo-associaties.",
          "Aangemaakt bij de eerste koppeling van een beheerder. Bevat geen items; de koppelingen veranderen"
              + " zonder nieuwe versie.",
          "{\"code\": \"" + code.replace("\"", "") + "\"}",
          utc(now)));
      return id;
    }

    @Override
    public boolean linked(UUID item, UUID other) {
      return sql(() -> exists(
          "select 1 from catalogue.framework_association where association_type in " + CROSSWALK_TYPES
              + " and ((origin_item_id = ? and destination_item_id = ?)"
              + "   or (origin_item_id = ? and destination_item_id = ?))",
          item, other, other, item));
    }

    @Override
    public UUID insertLink(
        UUID declaringFramework, AssociationType type, UUID origin, UUID destination, String notes, Instant now) {
      UUID id = UUID.randomUUID();
      sql(() -> update(
          "insert into catalogue.framework_association (id, framework_id, uri, association_type, origin_item_id,"
              + " destination_item_id, notes, position, last_change_at)"
              + " values (?, ?, ?, ?, ?, ?, ?,"
              + " (select coalesce(max(position), 0) + 1 from catalogue.framework_association where framework_id = ?),"
              + " ?)",
          id, declaringFramework, "urn:uuid:" + id, type.caseName(), origin, destination, notes, declaringFramework,
          utc(now)));
      return id;
    }

    @Override
    public Optional<CrosswalkLink> link(UUID associationId, String livingCrosswalkCode) {
      return sql(() -> links("a.id = ?", associationId, livingCrosswalkCode).stream().findFirst());
    }

    @Override
    public void deleteAssociation(UUID associationId) {
      sql(() -> update("delete from catalogue.framework_association where id = ?", associationId));
    }

    @Override
    public List<CrosswalkLink> linksDeclaredBy(UUID frameworkId, String livingCrosswalkCode) {
      return sql(() -> links("a.framework_id = ?", frameworkId, livingCrosswalkCode));
    }

    @Override
    public List<CrosswalkLink> linksOf(UUID itemId, String livingCrosswalkCode) {
      return sql(() -> {
        List<CrosswalkLink> links = new ArrayList<>(links("a.origin_item_id = ?", itemId, livingCrosswalkCode));
        links.addAll(links("a.destination_item_id = ?", itemId, livingCrosswalkCode));
        return links;
      });
    }

    /** exactMatchOf/isRelatedTo links matching a condition with one parameter, by origin. */
    private List<CrosswalkLink> links(String condition, UUID parameter, String livingCrosswalkCode)
        throws SQLException {
      record Row(UUID id, AssociationType type, UUID origin, UUID destination, String notes, UUID framework, String code) {}
      List<Row> rows = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "select a.id, a.association_type, a.origin_item_id, a.destination_item_id, a.notes, a.framework_id,"
                  + " f.code from catalogue.framework_association a"
                  + " join catalogue.framework f on f.id = a.framework_id"
                  + " join catalogue.framework_item o on o.id = a.origin_item_id"
                  + " join catalogue.framework fo on fo.id = o.framework_id"
                  + " where a.association_type in " + CROSSWALK_TYPES + " and " + condition
                  + " order by fo.code, o.human_code, a.position")) {
        s.setObject(1, parameter);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rows.add(
                new Row(
                    rs.getObject(1, UUID.class),
                    AssociationType.fromCaseName(rs.getString(2)).orElseThrow(),
                    rs.getObject(3, UUID.class),
                    rs.getObject(4, UUID.class),
                    rs.getString(5),
                    rs.getObject(6, UUID.class),
                    rs.getString(7)));
          }
        }
      }
      Set<UUID> ends = new HashSet<>();
      rows.forEach(r -> {
        ends.add(r.origin());
        ends.add(r.destination());
      });
      Map<UUID, ItemSummary> summaries = summariesOf(ends);
      return rows.stream()
          .map(r -> new CrosswalkLink(
              r.id(), r.type(), summaries.get(r.origin()), summaries.get(r.destination()), r.notes(),
              new FrameworkId(r.framework()), r.code(), livingCrosswalkCode.equals(r.code())))
          .toList();
    }

    // ---------------------------------------------------------- plumbing

    private int update(String sql, Object... parameters) throws SQLException {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        bind(s, parameters);
        return s.executeUpdate();
      }
    }

    private boolean exists(String sql, Object... parameters) throws SQLException {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        bind(s, parameters);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next();
        }
      }
    }

    private int intValue(String sql, Object parameter) throws SQLException {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setObject(1, parameter);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    }
  }

  @FunctionalInterface
  private interface SqlCall<T> {
    T call() throws SQLException;
  }

  private static <T> T sql(SqlCall<T> call) {
    try {
      return call.call();
    } catch (SQLException e) {
      throw new IllegalStateException("Framework change failed", e);
    }
  }

  private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
