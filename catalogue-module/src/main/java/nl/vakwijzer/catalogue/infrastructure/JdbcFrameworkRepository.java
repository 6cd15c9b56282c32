package nl.vakwijzer.catalogue.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CaseValidationError;
import nl.vakwijzer.catalogue.api.Equivalents;
import nl.vakwijzer.catalogue.api.FrameworkDetail;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkSummary;
import nl.vakwijzer.catalogue.api.ImportResult;
import nl.vakwijzer.catalogue.api.ItemDetail;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemLink;
import nl.vakwijzer.catalogue.api.ItemNode;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.Page;
import nl.vakwijzer.catalogue.api.RelatedItem;
import nl.vakwijzer.catalogue.domain.CaseAssociation;
import nl.vakwijzer.catalogue.domain.CaseCanonicalForm;
import nl.vakwijzer.catalogue.domain.CaseDocument;
import nl.vakwijzer.catalogue.domain.CaseItem;
import nl.vakwijzer.catalogue.domain.CaseNodeRef;
import nl.vakwijzer.catalogue.domain.CasePackage;
import nl.vakwijzer.catalogue.domain.CasePackageValidator;
import nl.vakwijzer.catalogue.domain.FrameworkRepository;
import nl.vakwijzer.catalogue.domain.ItemTypeLabel;
import nl.vakwijzer.catalogue.domain.StoredCaseElement;
import nl.vakwijzer.catalogue.domain.StoredFramework;
import nl.vakwijzer.catalogue.domain.StoredFrameworkState;

/**
 * Frameworks in PostgreSQL through plain JDBC: bulk inserts in batches for imports, and read
 * queries shaped for the pages (lists, trees, equivalents).
 *
 * <p>A plain class taking a {@link DataSource}, so that tests run it on an embedded PostgreSQL
 * without an application server. In the container ({@link TransactionMode#CONTAINER}) the
 * connections take part in the caller's JTA transaction; on a plain DataSource
 * ({@link TransactionMode#LOCAL}) each import commits or rolls back itself.
 *
 * <p>SQL casts its parameters explicitly ({@code cast(? as jsonb)}, UUID objects), so it does not
 * depend on the datasource's {@code stringType} setting.
 */
public final class JdbcFrameworkRepository implements FrameworkRepository {

  /** Who commits an import. */
  public enum TransactionMode {
    /** The repository commits (plain DataSource, tests, tools). */
    LOCAL,
    /** The surrounding JTA transaction commits. */
    CONTAINER;

    /**
     * Runs {@code work} on one connection of {@code dataSource} as one unit: under CONTAINER the
     * surrounding transaction decides; under LOCAL it is committed on success and rolled back on any
     * failure. A database failure becomes an {@link IllegalStateException} saying {@code failure}.
     */
    public <T> T unitOfWork(DataSource dataSource, ConnectionWork<T> work, String failure) {
      try (Connection c = dataSource.getConnection()) {
        if (this == CONTAINER) {
          return work.run(c);
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException | Error e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(autoCommit);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(failure, e);
      }
    }
  }

  private static final int BATCH_SIZE = 500;
  private static final int MAX_QUERY_WORDS = 20;

  static final String ITEM_COLUMNS =
      "i.id, i.framework_id, f.code, i.human_code, i.item_type, i.full_statement,"
          + " i.abbreviated_statement, i.position, i.extensions::text";
  static final String ITEM_FROM =
      " from catalogue.framework_item i join catalogue.framework f on f.id = i.framework_id";
  private static final String FRAMEWORK_COLUMNS =
      "f.id, f.code, f.title, f.version, f.status, f.publisher, f.reference,"
          + " (select count(*) from catalogue.framework_association a where a.framework_id = f.id)";
  /** The "current" version of a code: the published one, else the newest. */
  private static final String CURRENT_VERSION_OF_CODE =
      "select id from catalogue.framework where code = ?"
          + " order by (status = 'GEPUBLICEERD') desc, created_at desc limit 1";
  private static final String TEXT_MATCH =
      "(i.search_vector @@ plainto_tsquery('dutch', catalogue.search_fold(?))"
          + " or i.search_text like all (select '%' || catalogue.search_fold(t) || '%' from unnest(?::text[]) t))";

  private final DataSource dataSource;
  private final TransactionMode mode;
  private final CasePackageValidator validator = new CasePackageValidator();
  private final JsonReaderFactory jsonReaders = Json.createReaderFactory(Map.of());

  public JdbcFrameworkRepository(DataSource dataSource, TransactionMode mode) {
    this.dataSource = dataSource;
    this.mode = mode;
  }

  // ---------------------------------------------------------------- import

  @Override
  public ImportResult importPackage(
      CasePackage casePackage, List<CaseValidationError> readErrors, FrameworkStatus status, boolean reference) {
    return write(
        c -> {
          State state = new State(c);
          CaseDocument document = casePackage.document();
          String hash = CaseCanonicalForm.hash(casePackage);
          if (readErrors.isEmpty() && document != null && document.identifier() != null) {
            Optional<StoredFramework> existing = state.framework(document.identifier());
            if (existing.isPresent() && hash.equals(existing.get().contentHash())) {
              return unchanged(c, existing.get());
            }
          }
          CasePackageValidator.Result validation = validator.validate(casePackage, state);
          List<CaseValidationError> errors = new ArrayList<>(readErrors);
          errors.addAll(validation.errors());
          if (!errors.isEmpty()) {
            throw CasePackageValidator.refusal(errors);
          }
          int associations = insert(c, casePackage, validation.ignoredAssociations(), status, reference, hash);
          return new ImportResult(
              new FrameworkId(document.identifier()),
              document.code(),
              document.versionOrDefault(),
              status,
              ImportResult.Outcome.CREATED,
              casePackage.items().size(),
              associations,
              validation.warnings());
        });
  }

  private ImportResult unchanged(Connection c, StoredFramework existing) throws SQLException {
    int items = count(c, "select count(*) from catalogue.framework_item where framework_id = ?", existing.id());
    int associations =
        count(c, "select count(*) from catalogue.framework_association where framework_id = ?", existing.id());
    return new ImportResult(
        new FrameworkId(existing.id()),
        existing.code(),
        existing.version(),
        existing.status(),
        ImportResult.Outcome.UNCHANGED,
        items,
        associations,
        List.of());
  }

  private int insert(
      Connection c, CasePackage p, Set<Integer> ignored, FrameworkStatus status, boolean reference, String hash)
      throws SQLException {
    CaseDocument d = p.document();
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into catalogue.framework (id, uri, code, version, title, creator, publisher,"
                + " description, status, adoption_status, language, notes, source_file, source_section,"
                + " publication_date, official_source_url, extensions, reference, last_change_at, content_hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)")) {
      s.setObject(1, d.identifier());
      s.setString(2, d.uri());
      s.setString(3, d.code());
      s.setString(4, d.versionOrDefault());
      s.setString(5, d.title());
      s.setString(6, d.creator());
      s.setString(7, d.publisher());
      s.setString(8, d.description());
      s.setString(9, status.name());
      s.setString(10, d.adoptionStatus());
      s.setString(11, d.language());
      s.setString(12, d.notes());
      s.setString(13, d.sourceFile());
      s.setString(14, d.sourceSection());
      s.setString(15, d.publicationDate());
      s.setString(16, d.officialSourceUrl());
      s.setString(17, d.extensions() == null ? null : d.extensions().toString());
      s.setBoolean(18, reference);
      s.setObject(19, d.lastChange());
      s.setString(20, hash);
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into catalogue.framework_item (id, framework_id, uri, human_code, item_type,"
                + " full_statement, abbreviated_statement, notes, language, extensions, position, last_change_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)")) {
      int pending = 0;
      for (CaseItem item : p.items()) {
        s.setObject(1, item.identifier());
        s.setObject(2, d.identifier());
        s.setString(3, item.uri());
        s.setString(4, item.humanCode());
        s.setString(5, item.type().name());
        s.setString(6, item.fullStatement());
        s.setString(7, item.abbreviatedStatement());
        s.setString(8, item.notes());
        s.setString(9, item.language());
        s.setString(10, item.extensions() == null ? null : item.extensions().toString());
        s.setInt(11, item.index() + 1);
        s.setObject(12, item.lastChange());
        s.addBatch();
        if (++pending == BATCH_SIZE) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
    int stored = 0;
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into catalogue.framework_association (id, framework_id, uri, association_type,"
                + " origin_item_id, destination_item_id, sequence_number, notes, position, last_change_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (CaseAssociation a : p.associations()) {
        if (ignored.contains(a.index())) {
          continue;
        }
        s.setObject(1, a.identifier());
        s.setObject(2, d.identifier());
        s.setString(3, a.uri());
        s.setString(4, a.type().caseName());
        s.setObject(5, a.originId());
        s.setObject(6, a.destinationId());
        if (a.sequenceNumber() == null) {
          s.setNull(7, Types.INTEGER);
        } else {
          s.setInt(7, a.sequenceNumber());
        }
        s.setString(8, a.notes());
        s.setInt(9, a.index() + 1);
        s.setObject(10, a.lastChange());
        s.addBatch();
        stored++;
        if (++pending == BATCH_SIZE) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
    return stored;
  }

  /** The stored frameworks as validation sees them, on the importing connection. */
  private final class State implements StoredFrameworkState {
    private final Connection c;

    State(Connection c) {
      this.c = c;
    }

    @Override
    public Optional<StoredFramework> framework(UUID documentId) {
      return storedFramework("where id = ?", documentId);
    }

    @Override
    public Optional<StoredFramework> frameworkByCodeAndVersion(String code, String version) {
      return storedFramework("where code = ? and version = ?", code, version);
    }

    private Optional<StoredFramework> storedFramework(String where, Object... parameters) {
      return sql(
          () -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "select id, code, version, status, content_hash from catalogue.framework " + where)) {
              bind(s, parameters);
              try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                    ? Optional.of(
                        new StoredFramework(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            FrameworkStatus.valueOf(rs.getString(4)),
                            rs.getString(5)))
                    : Optional.empty();
              }
            }
          });
    }

    @Override
    public Map<UUID, String> existingItems(Collection<UUID> itemIds) {
      return codesById("select i.id, f.code" + ITEM_FROM + " where i.id = any(?)", itemIds);
    }

    @Override
    public Map<UUID, String> existingAssociations(Collection<UUID> associationIds) {
      return codesById(
          "select a.id, f.code from catalogue.framework_association a"
              + " join catalogue.framework f on f.id = a.framework_id where a.id = any(?)",
          associationIds);
    }

    /** Runs a query of (id, framework code) rows for the given ids. */
    private Map<UUID, String> codesById(String query, Collection<UUID> ids) {
      if (ids.isEmpty()) {
        return Map.of();
      }
      return sql(
          () -> {
            Map<UUID, String> found = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(query)) {
              s.setArray(1, uuids(c, ids));
              try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                  found.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
              }
            }
            return found;
          });
    }

    @Override
    public Map<UUID, List<UUID>> storedAncestry(Collection<UUID> itemIds) {
      return sql(
          () -> {
            Map<UUID, List<UUID>> parents = new HashMap<>();
            // union (not union all) ends the recursion even if stored data had a cycle
            try (PreparedStatement s =
                c.prepareStatement(
                    "with recursive up(child, parent) as ("
                        + " select origin_item_id, destination_item_id from catalogue.framework_association"
                        + "  where association_type = 'isChildOf' and origin_item_id = any(?)"
                        + " union"
                        + " select a.origin_item_id, a.destination_item_id"
                        + "  from catalogue.framework_association a join up on a.origin_item_id = up.parent"
                        + "  where a.association_type = 'isChildOf')"
                        + " select child, parent from up")) {
              s.setArray(1, uuids(c, itemIds));
              try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                  parents
                      .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                      .add(rs.getObject(2, UUID.class));
                }
              }
            }
            return parents;
          });
    }

    @Override
    public CasePackage storedPackage(UUID documentId) {
      return sql(() -> JdbcFrameworkRepository.this.storedPackage(c, documentId).orElseThrow());
    }
  }

  // ---------------------------------------------------------------- CASE export

  private static final String DOCUMENT_COLUMNS =
      "f.id, f.uri, f.creator, f.title, f.last_change_at, f.publisher, f.description, f.language, f.version,"
          + " f.adoption_status, f.notes, f.official_source_url, f.extensions::text, f.status";
  private static final String CASE_ITEM_COLUMNS =
      "i.id, i.uri, i.full_statement, i.human_code, i.item_type, i.abbreviated_statement, i.notes,"
          + " i.language, i.last_change_at, i.extensions::text, i.position";
  private static final String CASE_ASSOCIATION_COLUMNS =
      "a.id, a.uri, a.association_type, o.human_code, o.id, o.uri, d.human_code, d.id, d.uri,"
          + " a.sequence_number, a.notes, a.last_change_at, a.position";
  private static final String CASE_ASSOCIATION_FROM =
      " from catalogue.framework_association a"
          + " join catalogue.framework_item o on o.id = a.origin_item_id"
          + " join catalogue.framework_item d on d.id = a.destination_item_id";

  @Override
  public Optional<CasePackage> casePackage(FrameworkId id) {
    return read(c -> storedPackage(c, id.value()));
  }

  @Override
  public List<StoredCaseElement<CaseDocument>> caseDocuments() {
    return read(
        c -> {
          List<StoredCaseElement<CaseDocument>> documents = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "select " + DOCUMENT_COLUMNS + " from catalogue.framework f order by f.code, f.created_at");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              CaseDocument document = caseDocument(rs);
              documents.add(
                  new StoredCaseElement<>(
                      document,
                      new CaseNodeRef(document.title(), document.identifier(), document.uri()),
                      FrameworkStatus.valueOf(rs.getString(14))));
            }
          }
          return documents;
        });
  }

  @Override
  public Optional<StoredCaseElement<CaseItem>> caseItem(ItemId id) {
    return read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select " + CASE_ITEM_COLUMNS + ", f.title, f.id, f.uri, f.status"
                      + " from catalogue.framework_item i join catalogue.framework f on f.id = i.framework_id"
                      + " where i.id = ?")) {
            s.setObject(1, id.value());
            try (ResultSet rs = s.executeQuery()) {
              return rs.next()
                  ? Optional.of(
                      new StoredCaseElement<>(caseItem(rs), documentRef(rs, 12), FrameworkStatus.valueOf(rs.getString(15))))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public Optional<StoredCaseElement<CaseAssociation>> caseAssociation(UUID id) {
    return read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select " + CASE_ASSOCIATION_COLUMNS + ", f.title, f.id, f.uri, f.status" + CASE_ASSOCIATION_FROM
                      + " join catalogue.framework f on f.id = a.framework_id where a.id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next()
                  ? Optional.of(
                      new StoredCaseElement<>(
                          caseAssociation(rs), documentRef(rs, 14), FrameworkStatus.valueOf(rs.getString(17))))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public Map<ItemType, ItemTypeLabel> itemTypeLabels() {
    return read(
        c -> {
          Map<ItemType, ItemTypeLabel> labels = new EnumMap<>(ItemType.class);
          try (PreparedStatement s = c.prepareStatement("select code, label_nl, label_en from catalogue.item_type");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              Optional<ItemType> type = ItemType.fromCode(rs.getString(1));
              if (type.isPresent()) {
                labels.put(type.get(), new ItemTypeLabel(type.get(), rs.getString(2), rs.getString(3)));
              }
            }
          }
          return labels;
        });
  }

  Optional<CasePackage> storedPackage(Connection c, UUID id) throws SQLException {
    CaseDocument document;
    try (PreparedStatement s =
        c.prepareStatement("select " + DOCUMENT_COLUMNS + " from catalogue.framework f where f.id = ?")) {
      s.setObject(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        document = caseDocument(rs);
      }
    }
    List<CaseItem> items = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select " + CASE_ITEM_COLUMNS + " from catalogue.framework_item i where i.framework_id = ?"
                + " order by i.position")) {
      s.setObject(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          items.add(caseItem(rs));
        }
      }
    }
    List<CaseAssociation> associations = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select " + CASE_ASSOCIATION_COLUMNS + CASE_ASSOCIATION_FROM + " where a.framework_id = ? order by a.position")) {
      s.setObject(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          associations.add(caseAssociation(rs));
        }
      }
    }
    return Optional.of(new CasePackage(document, items, associations));
  }

  /** Maps the {@link #DOCUMENT_COLUMNS} at the start of a row. */
  private CaseDocument caseDocument(ResultSet rs) throws SQLException {
    return new CaseDocument(
        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), utc(rs, 5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
        rs.getString(12), jsonObject(rs.getString(13)));
  }

  /** Maps the {@link #CASE_ITEM_COLUMNS} at the start of a row. */
  private CaseItem caseItem(ResultSet rs) throws SQLException {
    ItemType type = ItemType.valueOf(rs.getString(5));
    return new CaseItem(
        rs.getInt(11) - 1, rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
        type.name(), type, rs.getString(6), rs.getString(7), rs.getString(8), utc(rs, 9),
        jsonObject(rs.getString(10)));
  }

  /** Maps the {@link #CASE_ASSOCIATION_COLUMNS} at the start of a row. */
  private static CaseAssociation caseAssociation(ResultSet rs) throws SQLException {
    String typeName = rs.getString(3);
    return new CaseAssociation(
        rs.getInt(13) - 1,
        rs.getObject(1, UUID.class),
        rs.getString(2),
        typeName,
        AssociationType.fromCaseName(typeName).orElseThrow(),
        new CaseNodeRef(rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6)),
        new CaseNodeRef(rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9)),
        (Integer) rs.getObject(10),
        rs.getString(11),
        utc(rs, 12));
  }

  /** title, id, uri of a framework from three columns starting at {@code first}. */
  private static CaseNodeRef documentRef(ResultSet rs, int first) throws SQLException {
    return new CaseNodeRef(rs.getString(first), rs.getObject(first + 1, UUID.class), rs.getString(first + 2));
  }

  // ---------------------------------------------------------------- frameworks

  @Override
  public List<FrameworkSummary> list() {
    return read(
        c -> {
          Map<UUID, Map<ItemType, Integer>> counts = itemCounts(c, null);
          List<FrameworkSummary> frameworks = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "select " + FRAMEWORK_COLUMNS + " from catalogue.framework f order by f.code, f.created_at");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              frameworks.add(frameworkSummary(rs, counts));
            }
          }
          return frameworks;
        });
  }

  @Override
  public Optional<FrameworkDetail> find(FrameworkId id) {
    return read(c -> detail(c, id.value()));
  }

  @Override
  public Optional<FrameworkDetail> findByCode(String code) {
    return read(
        c -> {
          Optional<UUID> id = firstUuid(c, CURRENT_VERSION_OF_CODE, code);
          return id.isPresent() ? detail(c, id.get()) : Optional.empty();
        });
  }

  private Optional<FrameworkDetail> detail(Connection c, UUID id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select " + FRAMEWORK_COLUMNS + ", f.creator, f.description, f.language, f.notes, f.source_file,"
                + " f.source_section, f.publication_date, f.official_source_url, f.last_change_at, f.created_at"
                + " from catalogue.framework f where f.id = ?")) {
      s.setObject(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        FrameworkSummary summary = frameworkSummary(rs, itemCounts(c, id));
        List<ItemSummary> topLevel =
            items(
                c,
                "select " + ITEM_COLUMNS + ITEM_FROM + " where i.framework_id = ? and not exists ("
                    + " select 1 from catalogue.framework_association a"
                    + " where a.origin_item_id = i.id and a.association_type = 'isChildOf')"
                    + " order by i.position",
                id);
        return Optional.of(
            new FrameworkDetail(
                summary,
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                rs.getObject(17, OffsetDateTime.class).toInstant(),
                rs.getObject(18, OffsetDateTime.class).toInstant(),
                topLevel));
      }
    }
  }

  private static FrameworkSummary frameworkSummary(ResultSet rs, Map<UUID, Map<ItemType, Integer>> counts)
      throws SQLException {
    UUID id = rs.getObject(1, UUID.class);
    return new FrameworkSummary(
        new FrameworkId(id),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        FrameworkStatus.valueOf(rs.getString(5)),
        rs.getString(6),
        rs.getBoolean(7),
        counts.getOrDefault(id, Map.of()),
        rs.getInt(8));
  }

  private static Map<UUID, Map<ItemType, Integer>> itemCounts(Connection c, UUID only) throws SQLException {
    Map<UUID, Map<ItemType, Integer>> counts = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select framework_id, item_type, count(*) from catalogue.framework_item"
                + (only == null ? "" : " where framework_id = ?")
                + " group by framework_id, item_type")) {
      if (only != null) {
        s.setObject(1, only);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counts
              .computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(ItemType.class))
              .put(ItemType.valueOf(rs.getString(2)), rs.getInt(3));
        }
      }
    }
    return counts;
  }

  // ---------------------------------------------------------------- items

  @Override
  public Optional<Page<ItemSummary>> items(
      FrameworkId framework, Set<ItemType> types, String query, int page, int size) {
    return read(
        c -> {
          if (firstUuid(c, "select id from catalogue.framework where id = ?", framework.value()).isEmpty()) {
            return Optional.empty();
          }
          Filter filter = new Filter(c, types, query);
          filter.where.add(0, "i.framework_id = ?");
          filter.parameters.add(0, framework.value());
          return Optional.of(page(c, filter, "i.position", List.of(), page, size));
        });
  }

  @Override
  public Page<ItemSummary> search(String query, Set<ItemType> types, int page, int size) {
    return read(
        c -> {
          Filter filter = new Filter(c, types, query);
          String text = String.join(" ", words(query));
          return page(
              c,
              filter,
              "ts_rank(i.search_vector, plainto_tsquery('dutch', catalogue.search_fold(?))) desc, f.code, i.position",
              List.of(text),
              page,
              size);
        });
  }

  /** WHERE conditions and their parameters for a type and text filter. */
  private static final class Filter {
    final List<String> where = new ArrayList<>();
    final List<Object> parameters = new ArrayList<>();

    Filter(Connection c, Set<ItemType> types, String query) throws SQLException {
      if (!types.isEmpty()) {
        where.add("i.item_type = any(?)");
        parameters.add(c.createArrayOf("text", types.stream().map(Enum::name).toArray()));
      }
      List<String> words = words(query);
      if (!words.isEmpty()) {
        where.add(TEXT_MATCH);
        parameters.add(String.join(" ", words));
        parameters.add(c.createArrayOf("text", words.stream().map(JdbcFrameworkRepository::likeEscaped).toArray()));
      }
    }

    String clause() {
      return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }
  }

  private Page<ItemSummary> page(
      Connection c, Filter filter, String orderBy, List<Object> orderParameters, int page, int size)
      throws SQLException {
    int pageSize = Math.max(1, Math.min(size, FrameworkService.MAX_PAGE_SIZE));
    int pageNumber = Math.max(0, page);
    long total;
    try (PreparedStatement s = c.prepareStatement("select count(*)" + ITEM_FROM + filter.clause())) {
      bind(s, filter.parameters.toArray());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
    }
    List<Object> parameters = new ArrayList<>(filter.parameters);
    parameters.addAll(orderParameters);
    parameters.add(pageSize);
    parameters.add((long) pageNumber * pageSize);
    List<ItemSummary> content =
        items(
            c,
            "select " + ITEM_COLUMNS + ITEM_FROM + filter.clause() + " order by " + orderBy + " limit ? offset ?",
            parameters.toArray());
    return new Page<>(content, pageNumber, pageSize, total);
  }

  /** The words of a query; a pasted essay is cut to its first {@value #MAX_QUERY_WORDS} words. */
  static List<String> words(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(query.strip().split("\\s+")).limit(MAX_QUERY_WORDS).toList();
  }

  static String likeEscaped(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public Optional<ItemDetail> findItem(ItemId id) {
    return read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select " + ITEM_COLUMNS + ", i.notes, i.language, i.uri, i.last_change_at" + ITEM_FROM
                      + " where i.id = ?")) {
            s.setObject(1, id.value());
            try (ResultSet rs = s.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              ItemSummary item = itemSummary(rs);
              List<ItemLink> outgoing = links(c, id.value(), true);
              List<ItemLink> incoming = links(c, id.value(), false);
              List<ItemSummary> parents =
                  outgoing.stream().filter(l -> l.type() == AssociationType.IS_CHILD_OF).map(ItemLink::other).toList();
              return Optional.of(
                  new ItemDetail(
                      item,
                      rs.getString(10),
                      rs.getString(11),
                      rs.getString(12),
                      rs.getObject(13, OffsetDateTime.class).toInstant(),
                      parents,
                      children(c, id.value()),
                      outgoing,
                      incoming,
                      equivalents(c, id.value())));
            }
          }
        });
  }

  @Override
  public Optional<ItemId> findItemId(String frameworkCode, String humanCode) {
    return read(
        c ->
            firstUuid(
                    c,
                    "select id from catalogue.framework_item where framework_id = (" + CURRENT_VERSION_OF_CODE
                        + ") and human_code = ?",
                    frameworkCode,
                    humanCode)
                .map(ItemId::new));
  }

  @Override
  public Optional<List<ItemSummary>> children(ItemId item) {
    return read(c -> itemExists(c, item.value()) ? Optional.of(children(c, item.value())) : Optional.empty());
  }

  @Override
  public Optional<Equivalents> equivalents(ItemId item) {
    return read(c -> itemExists(c, item.value()) ? Optional.of(equivalents(c, item.value())) : Optional.empty());
  }

  @Override
  public Optional<List<ItemNode>> tree(FrameworkId framework) {
    return read(
        c -> {
          if (firstUuid(c, "select id from catalogue.framework where id = ?", framework.value()).isEmpty()) {
            return Optional.empty();
          }
          Map<UUID, ItemSummary> items = new LinkedHashMap<>();
          for (ItemSummary item :
              items(c, "select " + ITEM_COLUMNS + ITEM_FROM + " where i.framework_id = ? order by i.position",
                  framework.value())) {
            items.put(item.id().value(), item);
          }
          // child links in sibling order (as children() orders them), so appending keeps each
          // parent's children in order; a parent outside this framework makes its child a root
          Map<UUID, List<UUID>> childIds = new HashMap<>();
          Set<UUID> hasParent = new HashSet<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select a.origin_item_id, a.destination_item_id from catalogue.framework_association a"
                      + " join catalogue.framework_item i on i.id = a.origin_item_id"
                      + " where i.framework_id = ? and a.association_type = 'isChildOf'"
                      + " order by case when i.item_type = 'LEVEL' then (i.extensions ->> 'scaleValue')::int end"
                      + " nulls last, a.sequence_number nulls last, i.position")) {
            s.setObject(1, framework.value());
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                UUID child = rs.getObject(1, UUID.class);
                UUID parent = rs.getObject(2, UUID.class);
                if (items.containsKey(parent)) {
                  childIds.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
                  hasParent.add(child);
                }
              }
            }
          }
          List<ItemNode> roots = new ArrayList<>();
          for (UUID id : items.keySet()) {
            if (!hasParent.contains(id)) {
              roots.add(node(id, items, childIds, new HashSet<>()));
            }
          }
          return Optional.of(roots);
        });
  }

  /** {@code path} guards against a cycle that stored data should never have. */
  private static ItemNode node(
      UUID id, Map<UUID, ItemSummary> items, Map<UUID, List<UUID>> childIds, Set<UUID> path) {
    path.add(id);
    List<ItemNode> children = new ArrayList<>();
    for (UUID child : childIds.getOrDefault(id, List.of())) {
      if (!path.contains(child)) {
        children.add(node(child, items, childIds, path));
      }
    }
    path.remove(id);
    return new ItemNode(items.get(id), children);
  }

  @Override
  public Optional<List<ItemSummary>> ancestors(ItemId item) {
    return read(
        c -> {
          if (!itemExists(c, item.value())) {
            return Optional.empty();
          }
          // one parent per step (the first in document order); the depth bound ends the walk
          // even if stored data had a cycle
          List<ItemSummary> chain =
              items(
                  c,
                  "with recursive up(id, depth) as ("
                      + " select (select a.destination_item_id from catalogue.framework_association a"
                      + "   join catalogue.framework_item p on p.id = a.destination_item_id"
                      + "   where a.origin_item_id = ? and a.association_type = 'isChildOf'"
                      + "   order by p.position limit 1), 1"
                      + " union all"
                      + " select (select a.destination_item_id from catalogue.framework_association a"
                      + "   join catalogue.framework_item p on p.id = a.destination_item_id"
                      + "   where a.origin_item_id = up.id and a.association_type = 'isChildOf'"
                      + "   order by p.position limit 1), up.depth + 1"
                      + "  from up where up.id is not null and up.depth < 50)"
                      + " select " + ITEM_COLUMNS + " from up"
                      + " join catalogue.framework_item i on i.id = up.id"
                      + " join catalogue.framework f on f.id = i.framework_id"
                      + " order by up.depth desc",
                  item.value());
          return Optional.of(chain);
        });
  }

  @Override
  public Map<ItemId, List<ItemLink>> incoming(Set<ItemId> itemIds, Set<AssociationType> types) {
    Map<ItemId, List<ItemLink>> links = new LinkedHashMap<>();
    itemIds.forEach(id -> links.put(id, new ArrayList<>()));
    if (itemIds.isEmpty()) {
      return links;
    }
    return read(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select " + ITEM_COLUMNS + ", a.id, a.association_type, a.sequence_number, a.notes, a.framework_id,"
                      + " a.destination_item_id"
                      + " from catalogue.framework_association a"
                      + " join catalogue.framework_item i on i.id = a.origin_item_id"
                      + " join catalogue.framework f on f.id = i.framework_id"
                      + " where a.destination_item_id = any(?)"
                      + (types.isEmpty() ? "" : " and a.association_type = any(?)")
                      + " order by a.association_type, a.sequence_number nulls last, f.code, i.position")) {
            s.setArray(1, uuids(c, itemIds.stream().map(ItemId::value).toList()));
            if (!types.isEmpty()) {
              s.setArray(2, c.createArrayOf("text", types.stream().map(AssociationType::caseName).toArray()));
            }
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                links
                    .get(new ItemId(rs.getObject(15, UUID.class)))
                    .add(itemLink(rs));
              }
            }
          }
          Map<ItemId, List<ItemLink>> result = new LinkedHashMap<>();
          links.forEach((id, list) -> result.put(id, List.copyOf(list)));
          return result;
        });
  }

  /** A link from a row of {@code ITEM_COLUMNS} (the other end) followed by the association's columns 10–14. */
  private ItemLink itemLink(ResultSet rs) throws SQLException {
    return new ItemLink(
        rs.getObject(10, UUID.class),
        AssociationType.fromCaseName(rs.getString(11)).orElseThrow(),
        itemSummary(rs),
        (Integer) rs.getObject(12),
        rs.getString(13),
        new FrameworkId(rs.getObject(14, UUID.class)));
  }

  private static boolean itemExists(Connection c, UUID id) throws SQLException {
    return firstUuid(c, "select id from catalogue.framework_item where id = ?", id).isPresent();
  }

  private List<ItemSummary> children(Connection c, UUID parent) throws SQLException {
    // the points of a scale go by scaleValue: sequenceNumber follows print order, which for the
    // Divosa scale runs 6..1
    return items(
        c,
        "select " + ITEM_COLUMNS + " from catalogue.framework_association a"
            + " join catalogue.framework_item i on i.id = a.origin_item_id"
            + " join catalogue.framework f on f.id = i.framework_id"
            + " where a.destination_item_id = ? and a.association_type = 'isChildOf'"
            + " order by case when i.item_type = 'LEVEL' then (i.extensions ->> 'scaleValue')::int end nulls last,"
            + " a.sequence_number nulls last, i.position",
        parent);
  }

  private List<ItemLink> links(Connection c, UUID item, boolean outgoing) throws SQLException {
    String self = outgoing ? "origin_item_id" : "destination_item_id";
    String other = outgoing ? "destination_item_id" : "origin_item_id";
    List<ItemLink> links = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select " + ITEM_COLUMNS + ", a.id, a.association_type, a.sequence_number, a.notes, a.framework_id"
                + " from catalogue.framework_association a"
                + " join catalogue.framework_item i on i.id = a." + other
                + " join catalogue.framework f on f.id = i.framework_id"
                + " where a." + self + " = ?"
                + " order by a.association_type, a.sequence_number nulls last, f.code, i.position")) {
      s.setObject(1, item);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          links.add(itemLink(rs));
        }
      }
    }
    return links;
  }

  /**
   * exactMatchOf breadth-first in both directions (one query per hop), then isRelatedTo one hop
   * from the item itself.
   */
  private Equivalents equivalents(Connection c, UUID item) throws SQLException {
    Map<UUID, Integer> distance = new LinkedHashMap<>();
    distance.put(item, 0);
    Set<UUID> frontier = Set.of(item);
    for (int hop = 1; !frontier.isEmpty() && hop <= 100; hop++) {
      Set<UUID> next = new LinkedHashSet<>();
      for (UUID[] pair : ends(c, "exactMatchOf", frontier)) {
        for (int side = 0; side < 2; side++) {
          UUID from = pair[side];
          UUID to = pair[1 - side];
          if (frontier.contains(from) && !distance.containsKey(to)) {
            distance.put(to, hop);
            next.add(to);
          }
        }
      }
      frontier = next;
    }
    Set<UUID> related = new LinkedHashSet<>();
    for (UUID[] pair : ends(c, "isRelatedTo", Set.of(item))) {
      UUID other = pair[0].equals(item) ? pair[1] : pair[0];
      if (!distance.containsKey(other)) {
        related.add(other);
      }
    }
    distance.remove(item);
    Set<UUID> all = new HashSet<>(distance.keySet());
    all.addAll(related);
    Map<UUID, ItemSummary> summaries =
        all.isEmpty()
            ? Map.of()
            : items(c, "select " + ITEM_COLUMNS + ITEM_FROM + " where i.id = any(?)", uuids(c, all)).stream()
                .collect(Collectors.toMap(s -> s.id().value(), s -> s));
    Comparator<RelatedItem> order =
        Comparator.comparingInt(RelatedItem::distance)
            .thenComparing(r -> r.item().frameworkCode())
            .thenComparing(r -> r.item().humanCode());
    List<RelatedItem> exact =
        distance.entrySet().stream()
            .map(e -> new RelatedItem(summaries.get(e.getKey()), AssociationType.EXACT_MATCH_OF, e.getValue()))
            .sorted(order)
            .toList();
    List<RelatedItem> overlapping =
        related.stream()
            .map(id -> new RelatedItem(summaries.get(id), AssociationType.IS_RELATED_TO, 1))
            .sorted(order)
            .toList();
    return new Equivalents(new ItemId(item), exact, overlapping);
  }

  private static List<UUID[]> ends(Connection c, String type, Set<UUID> items) throws SQLException {
    List<UUID[]> pairs = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select origin_item_id, destination_item_id from catalogue.framework_association"
                + " where association_type = ? and (origin_item_id = any(?) or destination_item_id = any(?))")) {
      Array ids = uuids(c, items);
      s.setString(1, type);
      s.setArray(2, ids);
      s.setArray(3, ids);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          pairs.add(new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
        }
      }
    }
    return pairs;
  }

  private List<ItemSummary> items(Connection c, String sql, Object... parameters) throws SQLException {
    List<ItemSummary> items = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, parameters);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          items.add(itemSummary(rs));
        }
      }
    }
    return items;
  }

  /** Maps the {@link #ITEM_COLUMNS} at the start of a row. */
  ItemSummary itemSummary(ResultSet rs) throws SQLException {
    return new ItemSummary(
        new ItemId(rs.getObject(1, UUID.class)),
        new FrameworkId(rs.getObject(2, UUID.class)),
        rs.getString(3),
        rs.getString(4),
        ItemType.valueOf(rs.getString(5)),
        rs.getString(6),
        rs.getString(7),
        rs.getInt(8),
        extensionTexts(rs.getString(9)));
  }

  private Map<String, String> extensionTexts(String json) {
    JsonObject extensions = jsonObject(json);
    if (extensions == null) {
      return Map.of();
    }
    Map<String, String> texts = new LinkedHashMap<>();
    extensions.forEach((name, value) -> texts.put(name, text(value)));
    return texts;
  }

  private static String text(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case ARRAY -> ((JsonArray) value).stream().map(JdbcFrameworkRepository::text).collect(Collectors.joining("; "));
      case NULL -> "";
      default -> value.toString(); // numbers, true, false, objects as JSON text
    };
  }

  private JsonObject jsonObject(String json) {
    if (json == null) {
      return null;
    }
    try (JsonReader reader = jsonReaders.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  // ---------------------------------------------------------------- JDBC plumbing

  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  @FunctionalInterface
  private interface SqlCall<T> {
    T call() throws SQLException;
  }

  private <T> T read(SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Framework query failed", e);
    }
  }

  private <T> T write(SqlWork<T> work) {
    return mode.unitOfWork(dataSource, work::run, "Framework import failed");
  }


  private static <T> T sql(SqlCall<T> call) {
    try {
      return call.call();
    } catch (SQLException e) {
      throw new IllegalStateException("Framework query failed", e);
    }
  }

  private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
  }

  private static Array uuids(Connection c, Collection<UUID> ids) throws SQLException {
    return c.createArrayOf("uuid", ids.toArray());
  }

  private static Optional<UUID> firstUuid(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, parameters);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
      }
    }
  }

  private static int count(Connection c, String sql, Object parameter) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, parameter);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static OffsetDateTime utc(ResultSet rs, int column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
