package nl.vakwijzer.catalogue.infrastructure;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleSize;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.Offering;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.Prices;
import nl.vakwijzer.catalogue.api.TeachingMethod;
import nl.vakwijzer.catalogue.api.TeachingMethodKind;
import nl.vakwijzer.catalogue.api.gap.BehaviourScore;
import nl.vakwijzer.catalogue.api.gap.FeedbackSource;
import nl.vakwijzer.catalogue.api.gap.GapAlert;
import nl.vakwijzer.catalogue.api.gap.GapCandidate;
import nl.vakwijzer.catalogue.api.gap.GapNotification;
import nl.vakwijzer.catalogue.api.gap.GapQuery;
import nl.vakwijzer.catalogue.api.gap.GapSearchFilter;
import nl.vakwijzer.catalogue.api.gap.LevelDerivationRule;
import nl.vakwijzer.catalogue.api.gap.LocationFilter;
import nl.vakwijzer.catalogue.api.gap.NotificationId;
import nl.vakwijzer.catalogue.api.gap.PersonLabel;
import nl.vakwijzer.catalogue.api.gap.SavedGap;
import nl.vakwijzer.catalogue.api.gap.SavedGapId;
import nl.vakwijzer.catalogue.api.gap.StoredTargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetProfileId;
import nl.vakwijzer.catalogue.api.gap.Team;
import nl.vakwijzer.catalogue.api.gap.TeamId;
import nl.vakwijzer.catalogue.api.gap.TeamMember;
import nl.vakwijzer.catalogue.api.gap.TeamState;
import nl.vakwijzer.catalogue.api.municipality.Arbeidsmarktregio;
import nl.vakwijzer.catalogue.api.municipality.Gemeentecode;
import nl.vakwijzer.catalogue.api.municipality.MunicipalityProfile;
import nl.vakwijzer.catalogue.domain.GapStore;

/**
 * {@link GapStore} in PostgreSQL through plain JDBC (profiles, teams and filters as jsonb where they
 * are only ever read whole). Like the other repositories it commits itself in {@link
 * JdbcFrameworkRepository.TransactionMode#LOCAL} and leaves that to JTA in the container.
 */
public final class JdbcGapStore implements GapStore {
  /**
   * One JSON-P provider for every call: {@code Json.createReader} and friends look the provider up
   * through the {@link java.util.ServiceLoader} on each call, which scans the class path (and
   * dominated reading thousands of dossiers in the gap search).
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private final DataSource dataSource;
  private final JdbcFrameworkRepository.TransactionMode mode;

  public JdbcGapStore(DataSource dataSource, JdbcFrameworkRepository.TransactionMode mode) {
    this.dataSource = dataSource;
    this.mode = mode;
  }

  // ------------------------------------------------------------------ plumbing

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> T unit(Work<T> work) {
    return mode.unitOfWork(dataSource, work::run, "Gap store statement failed");
  }


  private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object p = parameters[i];
      s.setObject(i + 1, p instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : p);
    }
    return s;
  }

  private static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, parameters)) {
      return s.executeUpdate();
    }
  }

  private static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... parameters)
      throws SQLException {
    List<T> rows = new ArrayList<>();
    try (PreparedStatement s = prepare(c, sql, parameters);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows.add(mapper.map(rs));
      }
    }
    return rows;
  }

  private <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
    return unit(c -> query(c, sql, mapper, parameters));
  }

  private int update(String sql, Object... parameters) {
    return unit(c -> update(c, sql, parameters));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static JsonObject json(String text) {
    try (var reader = JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static jakarta.json.JsonArray jsonArray(String text) {
    try (var reader = JSON.createReader(new StringReader(text))) {
      return reader.readArray();
    }
  }

  // ------------------------------------------------------------------ organisations

  @Override
  public Optional<String[]> organisation(UUID organisation) {
    return query("select type, name from catalogue.organisation where id = ?",
        rs -> new String[] {rs.getString(1), rs.getString(2)}, organisation).stream().findFirst();
  }

  // ------------------------------------------------------------------ municipality profiles

  @Override
  public Optional<MunicipalityProfile> municipalityProfile(UUID organisation) {
    return query("select p.organisation_id, o.name, p.gemeentecode, p.arbeidsmarktregio, p.inter_municipal,"
            + " p.served_codes, p.revision from catalogue.municipality_profile p"
            + " join catalogue.organisation o on o.id = p.organisation_id where p.organisation_id = ?",
        rs -> {
          Array served = rs.getArray(6);
          var codes = new java.util.TreeSet<Gemeentecode>();
          for (Object code : (Object[]) served.getArray()) {
            codes.add(Gemeentecode.of((String) code));
          }
          return new MunicipalityProfile(new OrganisationId(rs.getObject(1, UUID.class)), rs.getString(2),
              Gemeentecode.of(rs.getString(3)), Arbeidsmarktregio.valueOf(rs.getString(4)), rs.getBoolean(5),
              codes, rs.getLong(7));
        },
        organisation).stream().findFirst();
  }

  @Override
  public boolean codeTaken(String code, UUID organisation) {
    return !query("select 1 from catalogue.municipality_profile where gemeentecode = ? and organisation_id <> ?",
        rs -> 1, code, organisation).isEmpty();
  }

  @Override
  public boolean saveMunicipalityProfile(MunicipalityProfile p, long expectedRevision, Instant now) {
    return unit(c -> {
      Array served = c.createArrayOf("varchar", p.served().stream().map(Gemeentecode::value).toArray());
      UUID org = p.organisation().value();
      if (expectedRevision == 0) {
        return update(c, "insert into catalogue.municipality_profile (organisation_id, gemeentecode,"
                + " arbeidsmarktregio, inter_municipal, served_codes, revision, updated_at)"
                + " values (?, ?, ?, ?, ?, 1, ?) on conflict (organisation_id) do nothing",
            org, p.code().value(), p.region().name(), p.interMunicipalService(), served, now) == 1;
      }
      return update(c, "update catalogue.municipality_profile set gemeentecode = ?, arbeidsmarktregio = ?,"
              + " inter_municipal = ?, served_codes = ?, revision = revision + 1, updated_at = ?"
              + " where organisation_id = ? and revision = ?",
          p.code().value(), p.region().name(), p.interMunicipalService(), served, now, org, expectedRevision) == 1;
    });
  }

  // ------------------------------------------------------------------ target profiles

  static String profileJson(TargetProfile profile) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (TargetCompetency tc : profile.competencies()) {
      JsonArrayBuilder examples = JSON.createArrayBuilder();
      tc.behaviourExamples().forEach(e -> examples.add(e.toString()));
      a.add(JSON.createObjectBuilder()
          .add("competency", tc.competency().toString())
          .add("requiredLevel", tc.requiredLevel())
          .add("weight", tc.weight())
          .add("behaviourExamples", examples));
    }
    return a.build().toString();
  }

  static TargetProfile readProfile(String json) {
    List<TargetCompetency> list = new ArrayList<>();
    for (JsonValue v : jsonArray(json)) {
      JsonObject o = v.asJsonObject();
      list.add(new TargetCompetency(ItemId.of(o.getString("competency")), o.getInt("requiredLevel"),
          o.getJsonNumber("weight").doubleValue(),
          o.getJsonArray("behaviourExamples").getValuesAs(JsonString.class).stream()
              .map(s -> ItemId.of(s.getString())).toList()));
    }
    return new TargetProfile(list);
  }

  private static StoredTargetProfile storedProfile(ResultSet rs) throws SQLException {
    UUID source = rs.getObject("source_item_id", UUID.class);
    return new StoredTargetProfile(new TargetProfileId(rs.getObject("id", UUID.class)),
        new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("name"),
        source == null ? null : new ItemId(source), readProfile(rs.getString("competencies")),
        rs.getLong("revision"), instant(rs, "updated_at"));
  }

  private static final String PROFILE_COLUMNS =
      "select id, organisation_id, name, source_item_id, competencies::text as competencies, revision, updated_at"
          + " from catalogue.target_profile";

  @Override
  public void insertProfile(StoredTargetProfile p) {
    update("insert into catalogue.target_profile (id, organisation_id, name, source_item_id, competencies,"
            + " revision, created_at, updated_at) values (?, ?, ?, ?, ?::jsonb, ?, ?, ?)",
        p.id().value(), p.owner().value(), p.name(), p.sourceItem() == null ? null : p.sourceItem().value(),
        profileJson(p.profile()), p.revision(), p.changedAt(), p.changedAt());
  }

  @Override
  public Optional<StoredTargetProfile> profile(UUID id) {
    return query(PROFILE_COLUMNS + " where id = ?", JdbcGapStore::storedProfile, id).stream().findFirst();
  }

  @Override
  public List<StoredTargetProfile> profiles(UUID organisation) {
    return query(PROFILE_COLUMNS + " where organisation_id = ? order by lower(name), id",
        JdbcGapStore::storedProfile, organisation);
  }

  @Override
  public boolean updateProfile(UUID id, long expectedRevision, String name, TargetProfile profile, Instant now) {
    return update("update catalogue.target_profile set name = ?, competencies = ?::jsonb, revision = revision + 1,"
        + " updated_at = ? where id = ? and revision = ?", name, profileJson(profile), now, id, expectedRevision) == 1;
  }

  @Override
  public boolean deleteProfile(UUID id, long expectedRevision) {
    return update("delete from catalogue.target_profile where id = ? and revision = ?", id, expectedRevision) == 1;
  }

  // ------------------------------------------------------------------ teams

  static String ruleJson(LevelDerivationRule rule) {
    return JSON.createObjectBuilder().add("sources", rule.sources().name()).add("threshold", rule.threshold())
        .add("requiredShare", rule.requiredShare()).build().toString();
  }

  static LevelDerivationRule readRule(String json) {
    JsonObject o = json(json);
    return new LevelDerivationRule(LevelDerivationRule.SourcePolicy.valueOf(o.getString("sources")),
        o.getInt("threshold"), o.getJsonNumber("requiredShare").doubleValue());
  }

  private static String levelsJson(Map<ItemId, Integer> levels) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    new TreeMap<>(levels.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue)))
        .forEach(o::add);
    return o.build().toString();
  }

  private static Map<ItemId, Integer> readLevels(String json) {
    Map<ItemId, Integer> levels = new HashMap<>();
    json(json).forEach((k, v) -> levels.put(ItemId.of(k), ((JsonNumber) v).intValue()));
    return levels;
  }

  private static void writeMembers(Connection c, UUID team, TeamState state) throws SQLException {
    update(c, "delete from catalogue.gap_team_member where team_id = ?", team);
    try (PreparedStatement s = c.prepareStatement("insert into catalogue.gap_team_member (team_id, label, position,"
        + " levels) values (?, ?, ?, ?::jsonb)")) {
      int position = 0;
      for (TeamMember m : state.members()) {
        s.setObject(1, team);
        s.setString(2, m.label().value());
        s.setInt(3, position++);
        s.setString(4, levelsJson(m.levels()));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void writeScores(Connection c, UUID team, List<BehaviourScore> scores) throws SQLException {
    update(c, "delete from catalogue.gap_team_score where team_id = ?", team);
    try (PreparedStatement s = c.prepareStatement("insert into catalogue.gap_team_score (team_id, label,"
        + " behaviour_example_id, source, score) values (?, ?, ?, ?, ?)")) {
      for (BehaviourScore b : scores) {
        s.setObject(1, team);
        s.setString(2, b.person().value());
        s.setObject(3, b.behaviourExample().value());
        s.setString(4, b.source().name());
        s.setInt(5, b.score());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public void insertTeam(Team t) {
    unit(c -> {
      update(c, "insert into catalogue.gap_team (id, organisation_id, name, derivation_rule, revision, created_at,"
              + " updated_at) values (?, ?, ?, ?::jsonb, ?, ?, ?)",
          t.id().value(), t.owner().value(), t.name(), ruleJson(t.rule()), t.revision(), t.changedAt(), t.changedAt());
      writeMembers(c, t.id().value(), t.state());
      writeScores(c, t.id().value(), t.scores());
      return null;
    });
  }

  private static Team readTeam(Connection c, ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    List<TeamMember> members = query(c, "select label, levels::text from catalogue.gap_team_member"
            + " where team_id = ? order by position",
        m -> new TeamMember(PersonLabel.of(m.getString(1)), readLevels(m.getString(2))), id);
    List<BehaviourScore> scores = query(c, "select label, behaviour_example_id, source, score"
            + " from catalogue.gap_team_score where team_id = ? order by label, behaviour_example_id, source, score",
        s -> new BehaviourScore(PersonLabel.of(s.getString(1)), new ItemId(s.getObject(2, UUID.class)),
            FeedbackSource.valueOf(s.getString(3)), s.getInt(4)), id);
    return new Team(new TeamId(id), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
        rs.getString("name"), new TeamState(members), scores, readRule(rs.getString("rule")),
        rs.getLong("revision"), instant(rs, "updated_at"));
  }

  private static final String TEAM_COLUMNS = "select id, organisation_id, name, derivation_rule::text as rule,"
      + " revision, updated_at from catalogue.gap_team";

  private List<Team> teams(String where, Object parameter) {
    return unit(c -> {
      List<Team> teams = new ArrayList<>();
      try (PreparedStatement s = prepare(c, TEAM_COLUMNS + where, parameter);
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          teams.add(readTeam(c, rs));
        }
      }
      return teams;
    });
  }

  @Override
  public Optional<Team> team(UUID id) {
    return teams(" where id = ?", id).stream().findFirst();
  }

  @Override
  public List<Team> teams(UUID organisation) {
    return teams(" where organisation_id = ? order by lower(name), id", organisation);
  }

  @Override
  public boolean updateTeam(UUID id, long expectedRevision, String name, TeamState state, Instant now) {
    return unit(c -> {
      if (update(c, "update catalogue.gap_team set name = ?, revision = revision + 1, updated_at = ?"
          + " where id = ? and revision = ?", name, now, id, expectedRevision) != 1) {
        return false;
      }
      writeMembers(c, id, state);
      return true;
    });
  }

  @Override
  public boolean updateScores(UUID id, long expectedRevision, List<BehaviourScore> scores, LevelDerivationRule rule,
      Instant now) {
    return unit(c -> {
      if (update(c, "update catalogue.gap_team set derivation_rule = ?::jsonb, revision = revision + 1,"
          + " updated_at = ? where id = ? and revision = ?", ruleJson(rule), now, id, expectedRevision) != 1) {
        return false;
      }
      writeScores(c, id, scores);
      return true;
    });
  }

  @Override
  public boolean deleteTeam(UUID id, long expectedRevision) {
    return update("delete from catalogue.gap_team where id = ? and revision = ?", id, expectedRevision) == 1;
  }

  // ------------------------------------------------------------------ saved gaps

  static String filterJson(GapSearchFilter f) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    if (f.location() != null) {
      JsonArrayBuilder m = JSON.createArrayBuilder();
      f.location().municipalities().stream().sorted().forEach(m::add);
      o.add("location", JSON.createObjectBuilder().add("municipalities", m).add("online", f.location().online()));
    }
    JsonArrayBuilder modes = JSON.createArrayBuilder();
    f.deliveryModes().stream().map(Enum::name).sorted().forEach(modes::add);
    o.add("deliveryModes", modes);
    if (f.maxPricePerParticipant() != null) {
      o.add("maxPricePerParticipant", f.maxPricePerParticipant());
    }
    if (f.periodFrom() != null) {
      o.add("periodFrom", f.periodFrom().toString());
    }
    if (f.periodTo() != null) {
      o.add("periodTo", f.periodTo().toString());
    }
    if (f.maxStudyHours() != null) {
      o.add("maxStudyHours", f.maxStudyHours());
    }
    if (f.maxSpanWeeks() != null) {
      o.add("maxSpanWeeks", f.maxSpanWeeks());
    }
    JsonArrayBuilder languages = JSON.createArrayBuilder();
    f.languages().stream().sorted().forEach(languages::add);
    o.add("languages", languages);
    o.add("inCompanyOnly", f.inCompanyOnly());
    JsonArrayBuilder providers = JSON.createArrayBuilder();
    f.providers().stream().map(OrganisationId::toString).sorted().forEach(providers::add);
    o.add("providers", providers);
    return o.build().toString();
  }

  private static List<String> strings(JsonObject o, String name) {
    return o.containsKey(name)
        ? o.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
        : List.of();
  }

  static GapSearchFilter readFilter(String json) {
    JsonObject o = json(json);
    LocationFilter location = null;
    if (o.containsKey("location")) {
      JsonObject l = o.getJsonObject("location");
      location = new LocationFilter(Set.copyOf(strings(l, "municipalities")), l.getBoolean("online"));
    }
    return new GapSearchFilter(location,
        strings(o, "deliveryModes").stream().map(DeliveryMode::valueOf).collect(Collectors.toSet()),
        o.containsKey("maxPricePerParticipant") ? o.getJsonNumber("maxPricePerParticipant").bigDecimalValue() : null,
        o.containsKey("periodFrom") ? LocalDate.parse(o.getString("periodFrom")) : null,
        o.containsKey("periodTo") ? LocalDate.parse(o.getString("periodTo")) : null,
        o.containsKey("maxStudyHours") ? o.getJsonNumber("maxStudyHours").bigDecimalValue() : null,
        o.containsKey("maxSpanWeeks") ? o.getInt("maxSpanWeeks") : null,
        Set.copyOf(strings(o, "languages")),
        o.getBoolean("inCompanyOnly", false),
        strings(o, "providers").stream().map(p -> new OrganisationId(UUID.fromString(p))).collect(Collectors.toSet()));
  }

  @Override
  public void insertSavedGap(OrganisationId owner, SavedGap gap) {
    update("insert into catalogue.saved_gap (id, organisation_id, name, profile_id, team_id, filter, saved_at)"
            + " values (?, ?, ?, ?, ?, ?::jsonb, ?)",
        gap.id().value(), owner.value(), gap.name(), gap.query().profile().value(), gap.query().team().value(),
        filterJson(gap.query().filter()), gap.savedAt());
  }

  private static Owned<SavedGap> savedGap(ResultSet rs) throws SQLException {
    return new Owned<>(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
        new SavedGap(new SavedGapId(rs.getObject("id", UUID.class)), rs.getString("name"),
            new GapQuery(new TargetProfileId(rs.getObject("profile_id", UUID.class)),
                new TeamId(rs.getObject("team_id", UUID.class)), readFilter(rs.getString("filter"))),
            instant(rs, "saved_at")));
  }

  private static final String SAVED_GAP_COLUMNS =
      "select id, organisation_id, name, profile_id, team_id, filter::text as filter, saved_at from catalogue.saved_gap";

  @Override
  public Optional<Owned<SavedGap>> savedGap(UUID id) {
    return query(SAVED_GAP_COLUMNS + " where id = ?", JdbcGapStore::savedGap, id).stream().findFirst();
  }

  @Override
  public List<Owned<SavedGap>> savedGaps(UUID organisationOrNull) {
    return organisationOrNull == null
        ? query(SAVED_GAP_COLUMNS + " order by saved_at, id", JdbcGapStore::savedGap)
        : query(SAVED_GAP_COLUMNS + " where organisation_id = ? order by saved_at desc, id",
            JdbcGapStore::savedGap, organisationOrNull);
  }

  @Override
  public boolean deleteSavedGap(UUID id) {
    return update("delete from catalogue.saved_gap where id = ?", id) == 1;
  }

  @Override
  public boolean insertNotification(GapAlert a, Instant now) {
    return update("insert into catalogue.gap_notification (id, organisation_id, saved_gap_id, saved_gap_name,"
            + " module_version_id, module_title, rank, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (saved_gap_id, module_version_id) do nothing",
        a.notification().value(), a.municipality().value(), a.savedGap().value(), a.savedGapName(),
        a.module().value(), a.moduleTitle(), a.rank(), now) == 1;
  }

  @Override
  public List<GapNotification> notifications(UUID organisation) {
    return query("select id, organisation_id, saved_gap_id, saved_gap_name, module_version_id, module_title, rank,"
            + " created_at, read_at from catalogue.gap_notification where organisation_id = ?"
            + " order by created_at desc, id",
        rs -> new GapNotification(new GapAlert(new NotificationId(rs.getObject(1, UUID.class)),
            new SavedGapId(rs.getObject(3, UUID.class)), rs.getString(4),
            new OrganisationId(rs.getObject(2, UUID.class)), new ModuleVersionId(rs.getObject(5, UUID.class)),
            rs.getString(6), rs.getInt(7)), instant(rs, "created_at"), instant(rs, "read_at")),
        organisation);
  }

  @Override
  public boolean markRead(UUID notification, UUID organisation, Instant now) {
    return update("update catalogue.gap_notification set read_at = coalesce(read_at, ?)"
        + " where id = ? and organisation_id = ?", now, notification, organisation) == 1;
  }

  // ------------------------------------------------------------------ accredited supply

  /** One candidate row: the version, one accepted claim, the dossier members the search reads, the supply revision. */
  private static final String CANDIDATE_COLUMNS = """
      select v.id, c.competency_id, c.accepted_from_level_id, c.accepted_from_ordinal, c.accepted_to_level_id,
             c.accepted_to_ordinal, c.accepted_behaviour_example_ids,
             v.dossier ->> 'title', m.organisation_id, o.name, v.updated_at, v.accredited_until,
             v.dossier -> 'teachingMethods', v.dossier -> 'prices', v.dossier -> 'offerings',
             v.dossier ->> 'deliveryMode', v.dossier ->> 'language', v.dossier -> 'size', v.supply_revision
      """;

  /**
   * The candidate query in SQL: the versions with a claim that closes a step for a need (index
   * {@code module_claim_gap_ix}, V10), then per version one row per accepted claim on the requested
   * competencies. Parameters: need competencies, need levels, accepted competencies. The search
   * answers the same question from {@link AccreditedSupply}; this query serves a search inside a
   * transaction that has written (it must see its own changes) and is the benchmark's raw reference.
   */
  public static final String CANDIDATES_SQL = """
      with need (competency_id, level) as (select * from unnest(?::uuid[], ?::int[])),
      found as (
        select distinct c.version_id
          from need n
          join catalogue.module_claim c on c.competency_id = n.competency_id and c.accepted
           and c.accepted_to_ordinal > n.level
           and (c.accepted_from_ordinal = 0 or c.accepted_from_ordinal <= n.level))
      """ + CANDIDATE_COLUMNS + """
        from found f
        join catalogue.module_version v on v.id = f.version_id
        join catalogue.module m on m.id = v.module_id
        join catalogue.organisation o on o.id = m.organisation_id
        join catalogue.module_claim c on c.version_id = v.id and c.accepted and c.competency_id = any (?::uuid[])
       where v.status = 'GEACCREDITEERD' and (v.accredited_until is null or v.accredited_until >= current_date)
       order by v.id, c.competency_id
      """;

  /** Every accredited version with its accepted claims (all of them, or those of the ids given). */
  private static final String SUPPLY_SQL = CANDIDATE_COLUMNS + """
        from catalogue.module_version v
        join catalogue.module m on m.id = v.module_id
        join catalogue.organisation o on o.id = m.organisation_id
        join catalogue.module_claim c on c.version_id = v.id and c.accepted
       where v.status = 'GEACCREDITEERD'
      """;

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** The in-memory supply, kept current by the supply revision (migration V11). */
  private final SupplyCache<AccreditedSupply, AccreditedSupply.Loaded> supply = new SupplyCache<>(
      new SupplyCache.Source<>() {
        @Override
        public List<AccreditedSupply.Loaded> load(Connection c, List<UUID> ids) throws SQLException {
          List<AccreditedSupply.Loaded> loaded = new ArrayList<>();
          try (PreparedStatement s = ids == null
              ? c.prepareStatement(SUPPLY_SQL + " order by v.id, c.competency_id")
              : prepare(c, SUPPLY_SQL + " and v.id = any (?::uuid[]) order by v.id, c.competency_id",
                  c.createArrayOf("uuid", ids.toArray()));
              ResultSet rs = s.executeQuery()) {
            readCandidates(rs, (candidate, rev) -> loaded.add(new AccreditedSupply.Loaded(candidate, rev)));
          }
          return loaded;
        }

        @Override
        public long revisionOf(AccreditedSupply.Loaded loaded) {
          return loaded.revision();
        }

        @Override
        public AccreditedSupply full(List<AccreditedSupply.Loaded> loaded, long revision, long safeRevision) {
          return AccreditedSupply.of(loaded, revision, safeRevision);
        }

        @Override
        public AccreditedSupply with(AccreditedSupply known, java.util.Collection<SupplyCache.Change> changes,
            List<UUID> reloaded, List<AccreditedSupply.Loaded> loaded, long revision, long safeRevision) {
          return known.with(changes, reloaded, loaded, revision, safeRevision);
        }
      });

  private static Object[] candidateParameters(Connection c, Set<UUID> competencies, Set<Need> needs)
      throws SQLException {
    List<Need> list = List.copyOf(needs);
    return new Object[] {
        c.createArrayOf("uuid", list.stream().map(Need::competency).toArray()),
        c.createArrayOf("int4", list.stream().map(Need::level).toArray()),
        c.createArrayOf("uuid", competencies.toArray())};
  }

  /**
   * From the in-memory {@link AccreditedSupply}, brought up to date first: one query reads the
   * highest supply revision; only when it moved are the changed versions read again. Inside a
   * transaction that has itself written, the supply it sees is not yet everyone's: then the SQL
   * query answers and nothing is cached.
   */
  @Override
  public Candidates accreditedCandidates(Set<UUID> competencies, Set<Need> needs) {
    if (needs.isEmpty() || competencies.isEmpty()) {
      return Candidates.NONE;
    }
    return unit(c -> {
      AccreditedSupply current = currentSupply(c);
      if (current != null) {
        return current.candidates(needs, LocalDate.now(AMSTERDAM));
      }
      List<GapCandidate> candidates = new ArrayList<>();
      try (PreparedStatement s = prepare(c, CANDIDATES_SQL, candidateParameters(c, competencies, needs));
          ResultSet rs = s.executeQuery()) {
        readCandidates(rs, (candidate, revision) -> candidates.add(candidate));
      }
      return new Candidates(candidates, null);
    });
  }

  @Override
  public int preload() {
    return supplySize();
  }

  /** The number of accredited versions with an accepted claim held in memory (after bringing it up to date). */
  public int supplySize() {
    return unit(c -> {
      AccreditedSupply current = currentSupply(c);
      return current == null ? -1 : current.size();
    });
  }

  /** The up-to-date supply, or null inside a transaction that has written. */
  private AccreditedSupply currentSupply(Connection c) throws SQLException {
    return supply.current(c);
  }

  /** Reads candidate rows (ordered by version) into candidates, each with its supply revision. */
  private void readCandidates(ResultSet rs, java.util.function.ObjLongConsumer<GapCandidate> sink)
      throws SQLException {
    UUID current = null;
    List<AcceptedClaim> claims = null;
    Object[] version = null;
    long revision = 0;
    while (rs.next()) {
      UUID id = rs.getObject(1, UUID.class);
      if (!id.equals(current)) {
        if (current != null) {
          sink.accept(candidate(current, version, claims), revision);
        }
        current = id;
        claims = new ArrayList<>();
        OffsetDateTime since = rs.getObject(11, OffsetDateTime.class);
        java.sql.Date until = rs.getDate(12);
        String deliveryMode = rs.getString(16);
        version = new Object[] {rs.getString(8), rs.getObject(9, UUID.class), rs.getString(10),
            shared(since == null ? null : since.toLocalDate()), shared(until == null ? null : until.toLocalDate()),
            shared(Set.copyOf(DossierJson.teachingMethods(rs.getString(13)).stream().map(TeachingMethod::kind)
                .collect(Collectors.toSet()))),
            shared(DossierJson.prices(rs.getString(14))), DossierJson.offerings(rs.getString(15)),
            deliveryMode == null ? null : DeliveryMode.valueOf(deliveryMode), shared(rs.getString(17)),
            shared(DossierJson.size(rs.getString(18)))};
        revision = rs.getLong(19);
      }
      claims.add(acceptedClaim(rs));
    }
    if (current != null) {
      sink.accept(candidate(current, version, claims), revision);
    }
  }

  private AcceptedClaim acceptedClaim(ResultSet rs) throws SQLException {
    UUID fromLevel = rs.getObject(3, UUID.class);
    UUID toLevel = rs.getObject(5, UUID.class);
    Array examples = rs.getArray(7);
    List<ItemId> ids = new ArrayList<>();
    if (examples != null) {
      for (Object e : (Object[]) examples.getArray()) {
        ids.add(itemId((UUID) e));
      }
    }
    return shared(new AcceptedClaim(itemId(rs.getObject(2, UUID.class)),
        shared(new ClaimLevel(fromLevel == null ? null : itemId(fromLevel), rs.getInt(4))),
        shared(new ClaimLevel(toLevel == null ? null : itemId(toLevel), rs.getInt(6))), shared(List.copyOf(ids))));
  }

  /**
   * Equal values of the in-memory supply as one instance: hundreds of thousands of claims share a
   * few hundred competencies, levels and behaviour examples, and far fewer distinct claims, sets of
   * werkvormen and dates than there are versions. This keeps the supply smaller and, above all, the
   * search's walk over tens of thousands of candidates on memory that is already in the CPU cache
   * (at 100,000 modules the search was bound by cache misses, not by arithmetic). Values are
   * immutable records, lists and sets; the map only grows with values never seen before.
   */
  private final Map<Object, Object> shared = new java.util.concurrent.ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  private <T> T shared(T value) {
    if (value == null) {
      return null;
    }
    Object known = shared.putIfAbsent(value, value);
    return known == null ? value : (T) known;
  }

  private ItemId itemId(UUID id) {
    return shared(new ItemId(id));
  }

  @SuppressWarnings("unchecked")
  private static GapCandidate candidate(UUID id, Object[] v, List<AcceptedClaim> claims) {
    return new GapCandidate(new ModuleVersionId(id), (String) v[0], new OrganisationId((UUID) v[1]), (String) v[2],
        claims, (Set<TeachingMethodKind>) v[5], (Prices) v[6], (List<Offering>) v[7], (DeliveryMode) v[8],
        (String) v[9], (ModuleSize) v[10], (LocalDate) v[3], (LocalDate) v[4]);
  }

  /**
   * For the benchmark ({@code bench/gap-search.sh}): {@link #CANDIDATES_SQL} run directly, every
   * column of every row read as text, nothing mapped. Returns the number of rows.
   */
  public int rawCandidateRows(Set<UUID> competencies, Set<Need> needs) {
    return unit(c -> {
      int rows = 0;
      try (PreparedStatement s = prepare(c, CANDIDATES_SQL, candidateParameters(c, competencies, needs));
          ResultSet rs = s.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            rs.getString(i);
          }
          rows++;
        }
      }
      return rows;
    });
  }

  @Override
  public List<SupplyClaim> supply() {
    return query("select competency_id, from_ordinal, to_ordinal from catalogue.accredited_claim",
        rs -> new SupplyClaim(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)));
  }
}
