package nl.vakwijzer.catalogue.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.AttachmentContent;
import nl.vakwijzer.catalogue.api.AttachmentId;
import nl.vakwijzer.catalogue.api.AttachmentKind;
import nl.vakwijzer.catalogue.api.AttachmentSummary;
import nl.vakwijzer.catalogue.api.CheckReport;
import nl.vakwijzer.catalogue.api.Claim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ModuleDossier;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.domain.ModuleRepository;
import nl.vakwijzer.catalogue.domain.ModuleSession;

/**
 * Modules in PostgreSQL through plain JDBC: the dossier as jsonb ({@link DossierJson}), its claims
 * also as rows of {@code module_claim} (what searches query), attachments as bytea. Like the
 * framework repositories it commits itself in {@link JdbcFrameworkRepository.TransactionMode#LOCAL}
 * and leaves that to JTA in the container.
 */
public final class JdbcModuleRepository implements ModuleRepository {
  private static final String VERSION_QUERY =
      "select v.id, v.module_id, m.organisation_id, o.name, v.number, v.status, v.accreditation_stage,"
          + " v.revision, v.dossier::text, v.explanations::text, v.based_on, v.created_at, v.updated_at,"
          + " v.submitted_at, v.accredited_until"
          + " from catalogue.module_version v join catalogue.module m on m.id = v.module_id"
          + " join catalogue.organisation o on o.id = m.organisation_id";
  private static final String ATTACHMENT_COLUMNS =
      "a.id, a.kind, a.file_name, a.media_type, a.size, a.sha256, a.uploaded_at";
  private static final String SCALE_ORDER =
      " order by case when i.extensions ->> 'scaleValue' ~ '^[0-9]+$'"
          + " then (i.extensions ->> 'scaleValue')::int end nulls last, i.position";

  private final DataSource dataSource;
  private final JdbcFrameworkRepository.TransactionMode mode;
  /** For its item mapping. */
  private final JdbcFrameworkRepository frameworks;

  public JdbcModuleRepository(DataSource dataSource, JdbcFrameworkRepository.TransactionMode mode) {
    this.dataSource = dataSource;
    this.mode = mode;
    this.frameworks = new JdbcFrameworkRepository(dataSource, mode);
  }

  @Override
  public <T> T read(Function<ModuleSession, T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.apply(new Session(c));
    } catch (SQLException e) {
      throw new IllegalStateException("Module query failed", e);
    }
  }

  @Override
  public <T> T write(Function<ModuleSession, T> work) {
    return mode.unitOfWork(dataSource, c -> work.apply(new Session(c)), "Module change failed");
  }


  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  private static <T> T sql(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new IllegalStateException("Module statement failed", e);
    }
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private final class Session implements ModuleSession {
    private final Connection c;

    Session(Connection c) {
      this.c = c;
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
      PreparedStatement s = c.prepareStatement(sql);
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s;
    }

    private int update(String sql, Object... parameters) {
      return sql(() -> {
        try (PreparedStatement s = prepare(sql, parameters)) {
          return s.executeUpdate();
        }
      });
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
      return sql(() -> {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement s = prepare(sql, parameters);
            ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rows.add(mapper.map(rs));
          }
        }
        return rows;
      });
    }

    private Array uuids(List<UUID> ids) {
      return sql(() -> c.createArrayOf("uuid", ids.toArray()));
    }

    // ------------------------------------------------------------- organisations

    @Override
    public Optional<String> organisationStatus(UUID organisation) {
      return query("select status from catalogue.organisation where id = ?", rs -> rs.getString(1), organisation)
          .stream().findFirst();
    }

    // ------------------------------------------------------------- modules

    @Override
    public void insertModule(UUID module, UUID organisation, Instant now) {
      update("insert into catalogue.module (id, organisation_id, created_at) values (?, ?, ?)",
          module, organisation, at(now));
    }

    @Override
    public boolean lockModule(UUID module) {
      return !query("select id from catalogue.module where id = ? for update", rs -> rs.getObject(1), module)
          .isEmpty();
    }

    @Override
    public Optional<UUID> organisationOf(UUID module) {
      return query("select organisation_id from catalogue.module where id = ?",
          rs -> rs.getObject(1, UUID.class), module).stream().findFirst();
    }

    @Override
    public List<UUID> modules(UUID organisationOrNull) {
      return organisationOrNull == null
          ? query("select id from catalogue.module", rs -> rs.getObject(1, UUID.class))
          : query("select id from catalogue.module where organisation_id = ?",
              rs -> rs.getObject(1, UUID.class), organisationOrNull);
    }

    @Override
    public void deleteModule(UUID module) {
      update("delete from catalogue.module where id = ?", module);
    }

    // ------------------------------------------------------------- versions

    @Override
    public void insertVersion(NewVersion v) {
      update("insert into catalogue.module_version (id, module_id, number, status, revision, title, dossier,"
              + " explanations, based_on, created_at, updated_at, updated_by)"
              + " values (?, ?, ?, ?, 0, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)",
          v.id(), v.module(), v.number(), v.status().name(), v.dossier().title(),
          DossierJson.write(v.dossier()), DossierJson.writeTexts(v.explanations()), v.basedOn(),
          at(v.now()), at(v.now()), v.account());
      insertClaims(v.id(), v.dossier());
    }

    private void insertClaims(UUID version, ModuleDossier dossier) {
      int position = 0;
      for (Claim claim : dossier.claims()) {
        position++;
        update("insert into catalogue.module_claim (version_id, competency_id, framework_code, position,"
                + " from_ordinal, to_ordinal, from_level_id, to_level_id, behaviour_example_ids)"
                + " values (?, ?, (select f.code from catalogue.framework_item i"
                + "   join catalogue.framework f on f.id = i.framework_id where i.id = ?), ?, ?, ?, ?, ?, ?)"
                + " on conflict do nothing",
            version, claim.competency().value(), claim.competency().value(), position,
            claim.from().ordinal(), claim.to().ordinal(), levelItem(claim.from()), levelItem(claim.to()),
            uuids(claim.behaviourExamples().stream().map(ItemId::value).toList()));
      }
    }

    private UUID levelItem(ClaimLevel level) {
      return level.item() == null ? null : level.item().value();
    }

    @Override
    public Optional<ModuleVersion> version(UUID version) {
      return query(VERSION_QUERY + " where v.id = ?", this::moduleVersion, version).stream().findFirst();
    }

    @Override
    public List<ModuleVersion> versions(UUID module) {
      return query(VERSION_QUERY + " where v.module_id = ? order by v.number desc", this::moduleVersion, module);
    }

    private ModuleVersion moduleVersion(ResultSet rs) throws SQLException {
      UUID id = rs.getObject(1, UUID.class);
      UUID basedOn = rs.getObject(11, UUID.class);
      Date until = rs.getDate(15);
      return new ModuleVersion(
          new ModuleVersionId(id),
          new ModuleId(rs.getObject(2, UUID.class)),
          new OrganisationId(rs.getObject(3, UUID.class)),
          rs.getString(4),
          rs.getInt(5),
          ModuleVersionStatus.valueOf(rs.getString(6)),
          rs.getString(7),
          rs.getLong(8),
          DossierJson.read(rs.getString(9)),
          DossierJson.readTexts(rs.getString(10)),
          attachments(id),
          basedOn == null ? null : new ModuleVersionId(basedOn),
          instant(rs, 12),
          instant(rs, 13),
          instant(rs, 14),
          until == null ? null : until.toLocalDate());
    }

    private List<AttachmentSummary> attachments(UUID version) {
      return query("select " + ATTACHMENT_COLUMNS + " from catalogue.module_attachment a where a.version_id = ?"
          + " order by a.uploaded_at, a.file_name", JdbcModuleRepository::attachmentSummary, version);
    }

    @Override
    public boolean updateConcept(UUID version, long expectedRevision, ModuleDossier dossier,
        Map<String, String> explanations, UUID account, Instant now) {
      int rows = update("update catalogue.module_version set dossier = ?::jsonb, title = ?, explanations = ?::jsonb,"
              + " revision = revision + 1, updated_at = ?, updated_by = ?"
              + " where id = ? and revision = ? and status = 'CONCEPT'",
          DossierJson.write(dossier), dossier.title(), DossierJson.writeTexts(explanations), at(now), account,
          version, expectedRevision);
      if (rows == 0) {
        return false;
      }
      update("delete from catalogue.module_claim where version_id = ?", version);
      insertClaims(version, dossier);
      return true;
    }

    @Override
    public boolean submit(UUID version, long expectedRevision, CheckReport report,
        Map<String, String> explanations, UUID account, Instant now) {
      return update("update catalogue.module_version set status = 'INGEDIEND', check_report = ?::jsonb,"
              + " explanations = ?::jsonb, submitted_at = ?, revision = revision + 1, updated_at = ?, updated_by = ?"
              + " where id = ? and revision = ? and status = 'CONCEPT'",
          DossierJson.writeReport(report), DossierJson.writeTexts(explanations), at(now), at(now), account,
          version, expectedRevision) == 1;
    }

    @Override
    public boolean changeStatus(UUID version, Long expectedRevision, ModuleVersionStatus status, UUID account,
        Instant now) {
      String sql = "update catalogue.module_version set status = ?, revision = revision + 1, updated_at = ?,"
          + " updated_by = coalesce(?, updated_by) where id = ?";
      return expectedRevision == null
          ? update(sql, status.name(), at(now), account, version) == 1
          : update(sql + " and revision = ?", status.name(), at(now), account, version, expectedRevision) == 1;
    }

    @Override
    public boolean recordStage(UUID version, String stage, Instant now) {
      return update("update catalogue.module_version set accreditation_stage = ?, revision = revision + 1,"
          + " updated_at = ? where id = ?", stage, at(now), version) == 1;
    }

    @Override
    public boolean accredit(UUID version, LocalDate until, Instant now) {
      return update("update catalogue.module_version set status = 'GEACCREDITEERD', accredited_until = ?,"
          + " revision = revision + 1, updated_at = ? where id = ?", until, at(now), version) == 1;
    }

    @Override
    public boolean deleteVersion(UUID version, long expectedRevision) {
      return update("delete from catalogue.module_version where id = ? and revision = ?", version,
          expectedRevision) == 1;
    }

    // ------------------------------------------------------------- claims

    @Override
    public boolean acceptClaims(UUID version, List<AcceptedClaim> accepted) {
      for (AcceptedClaim claim : accepted) {
        int rows = update("update catalogue.module_claim set accepted = true, accepted_from_ordinal = ?,"
                + " accepted_to_ordinal = ?, accepted_from_level_id = ?, accepted_to_level_id = ?,"
                + " accepted_behaviour_example_ids = ? where version_id = ? and competency_id = ?",
            claim.from().ordinal(), claim.to().ordinal(), levelItem(claim.from()), levelItem(claim.to()),
            uuids(claim.behaviourExamples().stream().map(ItemId::value).toList()), version,
            claim.competency().value());
        if (rows == 0) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void copyAcceptance(UUID from, UUID to) {
      update("update catalogue.module_claim n set accepted = o.accepted,"
              + " accepted_from_ordinal = o.accepted_from_ordinal, accepted_to_ordinal = o.accepted_to_ordinal,"
              + " accepted_from_level_id = o.accepted_from_level_id, accepted_to_level_id = o.accepted_to_level_id,"
              + " accepted_behaviour_example_ids = o.accepted_behaviour_example_ids"
              + " from catalogue.module_claim o"
              + " where o.version_id = ? and n.version_id = ? and o.competency_id = n.competency_id",
          from, to);
    }

    @Override
    public List<AcceptedClaim> acceptedClaims(UUID version) {
      return query("select competency_id, accepted_from_level_id, accepted_from_ordinal, accepted_to_level_id,"
              + " accepted_to_ordinal, accepted_behaviour_example_ids from catalogue.module_claim"
              + " where version_id = ? and accepted order by position",
          rs -> new AcceptedClaim(
              new ItemId(rs.getObject(1, UUID.class)),
              level(rs.getObject(2, UUID.class), rs.getInt(3)),
              level(rs.getObject(4, UUID.class), rs.getInt(5)),
              itemIds(rs.getArray(6))),
          version);
    }

    private ClaimLevel level(UUID item, int ordinal) {
      return new ClaimLevel(item == null ? null : new ItemId(item), ordinal);
    }

    private List<ItemId> itemIds(Array array) throws SQLException {
      if (array == null) {
        return List.of();
      }
      return Arrays.stream((Object[]) array.getArray()).map(id -> new ItemId((UUID) id)).toList();
    }

    // ------------------------------------------------------------- attachments

    @Override
    public void insertAttachment(UUID version, AttachmentSummary a, byte[] content) {
      update("insert into catalogue.module_attachment (id, version_id, kind, file_name, media_type, size,"
              + " sha256, content, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          a.id().value(), version, a.kind().name(), a.fileName(), a.mediaType(), a.size(), a.sha256(),
          content, at(a.uploadedAt()));
    }

    @Override
    public boolean deleteAttachment(UUID version, UUID attachment) {
      return update("delete from catalogue.module_attachment where id = ? and version_id = ?", attachment,
          version) == 1;
    }

    @Override
    public Optional<Map.Entry<UUID, AttachmentContent>> attachment(UUID attachment) {
      return query("select " + ATTACHMENT_COLUMNS + ", a.content, a.version_id"
              + " from catalogue.module_attachment a where a.id = ?",
          rs -> (Map.Entry<UUID, AttachmentContent>) new AbstractMap.SimpleImmutableEntry<>(
              rs.getObject(9, UUID.class), new AttachmentContent(attachmentSummary(rs), rs.getBytes(8))),
          attachment).stream().findFirst();
    }

    @Override
    public void copyAttachments(UUID from, UUID to) {
      update("insert into catalogue.module_attachment (id, version_id, kind, file_name, media_type, size,"
              + " sha256, content, uploaded_at)"
              + " select gen_random_uuid(), ?, kind, file_name, media_type, size, sha256, content, uploaded_at"
              + " from catalogue.module_attachment where version_id = ?",
          to, from);
    }

    // ------------------------------------------------------------- frameworks

    @Override
    public Set<UUID> hardToLearn(Set<UUID> competencies) {
      if (competencies.isEmpty()) {
        return Set.of();
      }
      // the competency itself or an exact equivalent (a Divosa slot and its dictionary entry) is
      // marked hardToLearn, or is what a leerbaarheid note (ext:hardToLearn) is about
      return new HashSet<>(query(
          "select t.id from unnest(?::uuid[]) t(id) where exists ("
              + " select 1 from (select t.id as id"
              + "   union select a.destination_item_id from catalogue.framework_association a"
              + "     where a.association_type = 'exactMatchOf' and a.origin_item_id = t.id"
              + "   union select a.origin_item_id from catalogue.framework_association a"
              + "     where a.association_type = 'exactMatchOf' and a.destination_item_id = t.id) e"
              + " join catalogue.framework_item i on i.id = e.id"
              + " where i.extensions ->> 'hardToLearn' = 'true'"
              + "   or exists (select 1 from catalogue.framework_association h"
              + "     where h.destination_item_id = i.id and h.association_type = 'ext:hardToLearn'))",
          rs -> rs.getObject(1, UUID.class),
          uuids(List.copyOf(competencies))));
    }

    @Override
    public Optional<ItemSummary> item(UUID item) {
      return query("select " + JdbcFrameworkRepository.ITEM_COLUMNS + JdbcFrameworkRepository.ITEM_FROM
          + " where i.id = ?", frameworks::itemSummary, item).stream().findFirst();
    }

    @Override
    public Optional<String> frameworkStatus(UUID framework) {
      return query("select status from catalogue.framework where id = ?", rs -> rs.getString(1), framework)
          .stream().findFirst();
    }

    @Override
    public List<ItemSummary> skillLevels(UUID competency) {
      return query("select " + JdbcFrameworkRepository.ITEM_COLUMNS + JdbcFrameworkRepository.ITEM_FROM
              + " join catalogue.framework_association a on a.destination_item_id = i.id"
              + " where a.origin_item_id = ? and a.association_type = 'hasSkillLevel' and i.item_type = 'LEVEL'"
              + SCALE_ORDER,
          frameworks::itemSummary, competency);
    }

    @Override
    public List<ItemSummary> frameworkLevels(UUID framework) {
      return query("select " + JdbcFrameworkRepository.ITEM_COLUMNS + JdbcFrameworkRepository.ITEM_FROM
          + " where i.framework_id = ? and i.item_type = 'LEVEL'" + SCALE_ORDER, frameworks::itemSummary, framework);
    }

    @Override
    public List<ItemSummary> behaviourExamples(UUID competency) {
      return query("with recursive d(id) as ("
              + " select a.origin_item_id from catalogue.framework_association a"
              + "   where a.destination_item_id = ? and a.association_type = 'isChildOf'"
              + " union select a.origin_item_id from catalogue.framework_association a"
              + "   join d on a.destination_item_id = d.id where a.association_type = 'isChildOf')"
              + " select " + JdbcFrameworkRepository.ITEM_COLUMNS + JdbcFrameworkRepository.ITEM_FROM
              + " where i.id in (select id from d) and i.item_type in ('BEHAVIOUR_EXAMPLE', 'INDICATOR')"
              + " order by i.position",
          frameworks::itemSummary, competency);
    }
  }

  private static AttachmentSummary attachmentSummary(ResultSet rs) throws SQLException {
    return new AttachmentSummary(
        new AttachmentId(rs.getObject(1, UUID.class)),
        AttachmentKind.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getLong(5),
        rs.getString(6),
        instant(rs, 7));
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }
}
