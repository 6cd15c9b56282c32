package nl.vakwijzer.accreditation.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.vakwijzer.accreditation.api.AccreditationCondition;
import nl.vakwijzer.accreditation.api.Advice;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AssessmentFrameworkId;
import nl.vakwijzer.accreditation.api.Assignment;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AssignmentStatus;
import nl.vakwijzer.accreditation.api.AuditEntry;
import nl.vakwijzer.accreditation.api.ClaimedCompetency;
import nl.vakwijzer.accreditation.api.ConcurrentApplicationChangeException;
import nl.vakwijzer.accreditation.api.ConditionStatus;
import nl.vakwijzer.accreditation.api.Decision;
import nl.vakwijzer.accreditation.api.DecisionOutcome;
import nl.vakwijzer.accreditation.api.Objection;
import nl.vakwijzer.accreditation.api.ObjectionOutcome;
import nl.vakwijzer.accreditation.api.Observation;
import nl.vakwijzer.accreditation.api.ObservationResult;
import nl.vakwijzer.accreditation.api.RecordedScore;
import nl.vakwijzer.accreditation.api.RecordedVerdict;
import nl.vakwijzer.accreditation.api.Score;
import nl.vakwijzer.accreditation.api.VerdictType;
import nl.vakwijzer.accreditation.domain.Application;
import nl.vakwijzer.accreditation.domain.ApplicationRepository;
import nl.vakwijzer.accreditation.domain.AuditRecord;
import nl.vakwijzer.accreditation.domain.Json;
import nl.vakwijzer.accreditation.domain.Milestones;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.ClaimLevel;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * Applications in PostgreSQL through plain JDBC: the {@code application} row with its parts
 * (claims, assignments, scores, verdicts, observations, conditions) and the append-only audit
 * trail. A save writes the row (checking the revision), replaces the parts and appends the pending
 * audit records in one transaction.
 */
public final class JdbcApplicationRepository extends JdbcSupport implements ApplicationRepository {
  private static final String COLUMNS =
      "id, module_version_id, module_id, provider_id, version_number, module_title, framework_id, state, revision,"
          + " submitted_at, received_at, resubmission_of, previous_accredited, decision_maker, expertise_frameworks,"
          + " expertise_profiles, return_reasons, advice_outcome, advice_motivation, advice_validity_years, advised_by,"
          + " advised_at, decision_outcome, decision_motivation, decided_by, decided_at, valid_until,"
          + " objection_grounds, objection_lodged_at, objection_prior_state, objection_outcome, objection_motivation,"
          + " ended_reason";

  public JdbcApplicationRepository(DataSource dataSource, TransactionMode mode) {
    super(dataSource, mode);
  }

  // ------------------------------------------------------------------ reading

  @Override
  public Optional<Application> find(ApplicationId id) {
    return first(" where id = ?", id.value());
  }

  @Override
  public Optional<Application> findBySubmission(ModuleVersionId version, Instant submittedAt) {
    return first(" where module_version_id = ? and submitted_at = ?", version.value(), submittedAt);
  }

  @Override
  public Optional<Application> latestOfVersion(ModuleVersionId version) {
    return first(" where module_version_id = ? order by received_at desc limit 1", version.value());
  }

  @Override
  public Optional<Application> latestAccreditedOfModule(ModuleId module, ModuleVersionId except) {
    return first(" where module_id = ? and module_version_id <> ? and valid_until is not null"
        + " order by version_number desc, decided_at desc limit 1", module.value(), except.value());
  }

  @Override
  public List<Application> findByStates(Set<ApplicationState> states) {
    return read(c -> load(c, " where state = any(?) order by received_at",
        new TextArray(states.stream().map(Enum::name).toList())));
  }

  @Override
  public List<Application> all() {
    return read(c -> load(c, " order by received_at"));
  }

  @Override
  public Map<AccountId, Integer> openWorkload() {
    return read(c -> {
      Map<AccountId, Integer> workload = new HashMap<>();
      query(c, """
          select a.account_id, count(distinct a.application_id) as open
          from accreditation.assignment a join accreditation.application p on p.id = a.application_id
          where a.status <> 'RECUSED'
            and ((a.assignment_role <> 'OBJECTION' and p.state in ('TOEGEWEZEN', 'IN_BEOORDELING', 'VISITATIE', 'ADVIES'))
              or (a.assignment_role = 'OBJECTION' and p.state = 'BEZWAAR'))
          group by a.account_id""",
          rs -> workload.put(new AccountId(uuid(rs, "account_id")), rs.getInt("open")));
      return workload;
    });
  }

  @Override
  public List<AuditEntry> timeline(ApplicationId id) {
    return read(c -> query(c, "select id, application_id, at, actor, action, details::text as details"
            + " from accreditation.audit_entry where application_id = ? order by id",
        rs -> {
          UUID actor = uuid(rs, "actor");
          return new AuditEntry(rs.getLong("id"), new ApplicationId(uuid(rs, "application_id")), instant(rs, "at"),
              actor == null ? null : new AccountId(actor), rs.getString("action"), rs.getString("details"));
        },
        id.value()));
  }

  private Optional<Application> first(String where, Object... parameters) {
    return read(c -> load(c, where, parameters)).stream().findFirst();
  }

  private static List<Application> load(Connection c, String whereAndOrder, Object... parameters) throws SQLException {
    List<ApplicationView> rows = query(c, "select " + COLUMNS + " from accreditation.application" + whereAndOrder,
        JdbcApplicationRepository::row, parameters);
    List<Application> applications = new ArrayList<>();
    for (ApplicationView row : rows) {
      applications.add(Application.restore(withParts(c, row)));
    }
    return applications;
  }

  private static ApplicationView row(ResultSet rs) throws SQLException {
    Advice advice = rs.getString("advice_outcome") == null ? null
        : new Advice(enumOf(DecisionOutcome.class, rs.getString("advice_outcome")), rs.getInt("advice_validity_years"),
            rs.getString("advice_motivation"), account(rs, "advised_by"), instant(rs, "advised_at"));
    Decision decision = rs.getString("decision_outcome") == null ? null
        : new Decision(enumOf(DecisionOutcome.class, rs.getString("decision_outcome")), rs.getString("decision_motivation"),
            account(rs, "decided_by"), instant(rs, "decided_at"), date(rs, "valid_until"), Map.of());
    Objection objection = rs.getString("objection_grounds") == null ? null
        : new Objection(rs.getString("objection_grounds"), instant(rs, "objection_lodged_at"),
            enumOf(ApplicationState.class, rs.getString("objection_prior_state")),
            enumOf(ObjectionOutcome.class, rs.getString("objection_outcome")), rs.getString("objection_motivation"));
    UUID resubmissionOf = uuid(rs, "resubmission_of");
    UUID previous = uuid(rs, "previous_accredited");
    return new ApplicationView(
        new ApplicationId(uuid(rs, "id")), new ModuleVersionId(uuid(rs, "module_version_id")), new ModuleId(uuid(rs, "module_id")),
        new OrganisationId(uuid(rs, "provider_id")), rs.getInt("version_number"), rs.getString("module_title"),
        new AssessmentFrameworkId(uuid(rs, "framework_id")), enumOf(ApplicationState.class, rs.getString("state")),
        rs.getLong("revision"), instant(rs, "submitted_at"), instant(rs, "received_at"),
        resubmissionOf == null ? null : new ApplicationId(resubmissionOf), previous == null ? null : new ApplicationId(previous),
        account(rs, "decision_maker"), texts(rs, "expertise_frameworks"), texts(rs, "expertise_profiles"),
        rs.getString("return_reasons"), List.of(), List.of(), List.of(), List.of(), List.of(), advice, decision, List.of(),
        objection, rs.getString("ended_reason"));
  }

  private static ApplicationView withParts(Connection c, ApplicationView v) throws SQLException {
    UUID id = v.id().value();
    List<ClaimedCompetency> claims = query(c, "select competency, from_item, from_ordinal, to_item, to_ordinal, behaviour_examples"
            + " from accreditation.application_claim where application_id = ? order by position",
        rs -> new ClaimedCompetency(new ItemId(uuid(rs, "competency")), level(rs, "from_item", "from_ordinal"),
            level(rs, "to_item", "to_ordinal"), uuids(rs, "behaviour_examples").stream().map(ItemId::new).toList()),
        id);
    List<Assignment> assignments = query(c, "select account_id, assignment_role, status, assigned_at, declared_at,"
            + " recusal_reason, review_submitted_at from accreditation.assignment where application_id = ? order by position",
        rs -> new Assignment(new AccountId(uuid(rs, "account_id")), enumOf(AssignmentRole.class, rs.getString("assignment_role")),
            enumOf(AssignmentStatus.class, rs.getString("status")), instant(rs, "assigned_at"), instant(rs, "declared_at"),
            rs.getString("recusal_reason"), instant(rs, "review_submitted_at")),
        id);
    List<RecordedScore> scores = query(c, "select account_id, criterion_code, score, finding, carried_over, scored_at"
            + " from accreditation.criterion_score where application_id = ? order by scored_at, account_id, criterion_code",
        rs -> new RecordedScore(new AccountId(uuid(rs, "account_id")), rs.getString("criterion_code"),
            enumOf(Score.class, rs.getString("score")), rs.getString("finding"), rs.getBoolean("carried_over"), instant(rs, "scored_at")),
        id);
    List<RecordedVerdict> verdicts = query(c, "select account_id, competency, verdict, accepted_to_item, accepted_to_ordinal,"
            + " reason, carried_over, consolidated, given_at from accreditation.claim_verdict where application_id = ?"
            + " order by given_at, account_id, competency",
        rs -> new RecordedVerdict(new AccountId(uuid(rs, "account_id")), new ItemId(uuid(rs, "competency")),
            enumOf(VerdictType.class, rs.getString("verdict")),
            integer(rs, "accepted_to_ordinal") == null ? null : level(rs, "accepted_to_item", "accepted_to_ordinal"),
            rs.getString("reason"), rs.getBoolean("carried_over"), rs.getBoolean("consolidated"), instant(rs, "given_at")),
        id);
    List<Observation> observations = query(c, "select competency, behaviour_example, result, note, observed_by, observed_at"
            + " from accreditation.observation where application_id = ? order by competency, behaviour_example",
        rs -> new Observation(new ItemId(uuid(rs, "competency")), new ItemId(uuid(rs, "behaviour_example")),
            enumOf(ObservationResult.class, rs.getString("result")), rs.getString("note"), account(rs, "observed_by"),
            instant(rs, "observed_at")),
        id);
    List<AccreditationCondition> conditions = query(c, "select id, description, deadline, status, evidence_reference,"
            + " evidence_at, checked_by, checked_at, check_note from accreditation.accreditation_condition"
            + " where application_id = ? order by position",
        rs -> new AccreditationCondition(uuid(rs, "id"), rs.getString("description"), date(rs, "deadline"),
            enumOf(ConditionStatus.class, rs.getString("status")), rs.getString("evidence_reference"), instant(rs, "evidence_at"),
            account(rs, "checked_by"), instant(rs, "checked_at"), rs.getString("check_note")),
        id);
    Decision decision = v.decision();
    if (decision != null) {
      Map<String, String> reasons = new LinkedHashMap<>();
      query(c, "select r.key, r.value from accreditation.application a, jsonb_each_text(a.rejection_reasons) r"
              + " where a.id = ? order by r.key",
          rs -> reasons.put(rs.getString("key"), rs.getString("value")), id);
      decision = new Decision(decision.outcome(), decision.motivation(), decision.by(), decision.at(), decision.validUntil(), reasons);
    }
    return new ApplicationView(v.id(), v.version(), v.module(), v.provider(), v.versionNumber(), v.moduleTitle(), v.framework(),
        v.state(), v.revision(), v.submittedAt(), v.receivedAt(), v.resubmissionOf(), v.previousAccredited(), v.decisionMaker(),
        v.expertiseFrameworks(), v.expertiseProfiles(), v.returnReasons(), claims, assignments, scores, verdicts, observations,
        v.advice(), decision, conditions, v.objection(), v.endedReason());
  }

  private static ClaimLevel level(ResultSet rs, String itemColumn, String ordinalColumn) throws SQLException {
    UUID item = uuid(rs, itemColumn);
    return new ClaimLevel(item == null ? null : new ItemId(item), rs.getInt(ordinalColumn));
  }

  private static AccountId account(ResultSet rs, String column) throws SQLException {
    UUID value = uuid(rs, column);
    return value == null ? null : new AccountId(value);
  }

  // ------------------------------------------------------------------ writing

  @Override
  public void save(Application application) {
    ApplicationView v = application.view();
    long newRevision = write(c -> {
      long revision;
      if (application.isNew()) {
        insertRow(c, v);
        insertClaims(c, v);
        revision = 1; // the insert stores revision 0, the row update below makes it 1
      } else {
        int updated = updateRow(c, v);
        if (updated == 0) {
          throw new ConcurrentApplicationChangeException(v.moduleTitle());
        }
        revision = v.revision() + 1;
      }
      replaceParts(c, v);
      for (AuditRecord r : application.pendingAudit()) {
        appendAudit(c, v.id(), r);
      }
      return revision;
    });
    application.saved(newRevision);
  }

  @Override
  public boolean recordReminder(ApplicationId id, int daysBefore, LocalDate validUntil, AuditRecord record) {
    return write(c -> {
      int inserted = update(c, "insert into accreditation.reminder (application_id, days_before, valid_until, sent_at)"
          + " values (?, ?, ?, ?) on conflict do nothing", id.value(), daysBefore, validUntil, record.at());
      if (inserted == 0) {
        return false;
      }
      appendAudit(c, id, record);
      return true;
    });
  }

  @Override
  public Map<ApplicationId, Milestones> milestones() {
    return read(c -> {
      Map<ApplicationId, Milestones> milestones = new HashMap<>();
      query(c, """
          select application_id,
            min(at) filter (where action = 'STATE_CHANGED' and details->>'from' = 'INGEDIEND') as intake_decided,
            min(at) filter (where action = 'STATE_CHANGED' and details->>'to' = 'IN_BEOORDELING') as file_opened,
            min(at) filter (where action = 'STATE_CHANGED' and details->>'to' = 'BESLUIT') as advised,
            min(at) filter (where action = 'STATE_CHANGED' and details->>'from' = 'BESLUIT') as decided,
            array_remove(array_agg(details->>'stage') filter (where action = ?), null) as exceeded
          from accreditation.audit_entry
          where application_id is not null
          group by application_id""",
          rs -> milestones.put(new ApplicationId(uuid(rs, "application_id")), new Milestones(
              instant(rs, "intake_decided"), instant(rs, "file_opened"), instant(rs, "advised"), instant(rs, "decided"),
              texts(rs, "exceeded"))),
          Milestones.SERVICE_LEVEL_EXCEEDED);
      return milestones;
    });
  }

  @Override
  public boolean recordOnce(ApplicationId id, String key, String value, AuditRecord record) {
    return write(c -> {
      query(c, "select pg_advisory_xact_lock(hashtext(?))", rs -> null, "accreditation.audit:" + id.value());
      boolean present = !query(c, "select 1 from accreditation.audit_entry"
              + " where application_id = ? and action = ? and details->>'" + safeKey(key) + "' = ? limit 1",
          rs -> true, id.value(), record.action(), value).isEmpty();
      if (present) {
        return false;
      }
      appendAudit(c, id, record);
      return true;
    });
  }

  private static String safeKey(String key) {
    if (!key.matches("[A-Za-z]+")) {
      throw new IllegalArgumentException("Unsafe audit detail key: " + key);
    }
    return key;
  }

  private static void insertRow(Connection c, ApplicationView v) throws SQLException {
    update(c, "insert into accreditation.application (id, module_version_id, module_id, provider_id, version_number,"
            + " module_title, framework_id, state, revision, submitted_at, received_at, resubmission_of, previous_accredited)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
        v.id().value(), v.version().value(), v.module().value(), v.provider().value(), v.versionNumber(), v.moduleTitle(),
        v.framework().value(), v.state(), v.submittedAt(), v.receivedAt(),
        v.resubmissionOf() == null ? null : v.resubmissionOf().value(),
        v.previousAccredited() == null ? null : v.previousAccredited().value());
    updateRow(c, v);
  }

  private static int updateRow(Connection c, ApplicationView v) throws SQLException {
    Advice a = v.advice();
    Decision d = v.decision();
    Objection o = v.objection();
    return update(c, "update accreditation.application set state = ?, revision = revision + 1, decision_maker = ?,"
            + " expertise_frameworks = ?, expertise_profiles = ?, return_reasons = ?, advice_outcome = ?,"
            + " advice_motivation = ?, advice_validity_years = ?, advised_by = ?, advised_at = ?, decision_outcome = ?,"
            + " decision_motivation = ?, decided_by = ?, decided_at = ?, valid_until = ?, rejection_reasons = cast(? as jsonb),"
            + " objection_grounds = ?, objection_lodged_at = ?, objection_prior_state = ?, objection_outcome = ?,"
            + " objection_motivation = ?, ended_reason = ? where id = ? and revision = ?",
        v.state(), uuidOf(v.decisionMaker()), new TextArray(v.expertiseFrameworks()), new TextArray(v.expertiseProfiles()),
        v.returnReasons(), a == null ? null : a.proposedOutcome(), a == null ? null : a.motivation(),
        a == null ? null : a.validityYears(), a == null ? null : uuidOf(a.by()), a == null ? null : a.at(),
        d == null ? null : d.outcome(), d == null ? null : d.motivation(), d == null ? null : uuidOf(d.by()),
        d == null ? null : d.at(), d == null ? null : d.validUntil(), Json.write(d == null ? Map.of() : d.reasonsPerCriterion()),
        o == null ? null : o.grounds(), o == null ? null : o.lodgedAt(), o == null ? null : o.priorState(),
        o == null ? null : o.outcome(), o == null ? null : o.motivation(), v.endedReason(), v.id().value(), v.revision());
  }

  private static void insertClaims(Connection c, ApplicationView v) throws SQLException {
    int position = 0;
    for (ClaimedCompetency k : v.claims()) {
      update(c, "insert into accreditation.application_claim (application_id, competency, from_item, from_ordinal,"
              + " to_item, to_ordinal, behaviour_examples, position) values (?, ?, ?, ?, ?, ?, ?, ?)",
          v.id().value(), k.competency().value(), itemOf(k.from()), k.from().ordinal(), itemOf(k.to()), k.to().ordinal(),
          new UuidArray(k.behaviourExamples().stream().map(ItemId::value).toList()), position++);
    }
  }

  private static void replaceParts(Connection c, ApplicationView v) throws SQLException {
    UUID id = v.id().value();
    for (String table : List.of("assignment", "criterion_score", "claim_verdict", "observation", "accreditation_condition")) {
      update(c, "delete from accreditation." + table + " where application_id = ?", id);
    }
    int position = 0;
    for (Assignment a : v.assignments()) {
      update(c, "insert into accreditation.assignment (application_id, account_id, assignment_role, status, assigned_at,"
              + " declared_at, recusal_reason, review_submitted_at, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          id, a.auditor().value(), a.role(), a.status(), a.assignedAt(), a.declaredAt(), a.recusalReason(),
          a.reviewSubmittedAt(), position++);
    }
    for (RecordedScore s : v.scores()) {
      update(c, "insert into accreditation.criterion_score (application_id, account_id, criterion_code, score, finding,"
              + " carried_over, scored_at) values (?, ?, ?, ?, ?, ?, ?)",
          id, s.auditor().value(), s.criterionCode(), s.score(), s.finding(), s.carriedOver(), s.at());
    }
    for (RecordedVerdict r : v.verdicts()) {
      update(c, "insert into accreditation.claim_verdict (application_id, account_id, competency, verdict, accepted_to_item,"
              + " accepted_to_ordinal, reason, carried_over, consolidated, given_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          id, r.auditor().value(), r.competency().value(), r.type(), itemOf(r.acceptedTo()),
          r.acceptedTo() == null ? null : r.acceptedTo().ordinal(), r.reason(), r.carriedOver(), r.consolidated(), r.at());
    }
    for (Observation o : v.observations()) {
      update(c, "insert into accreditation.observation (application_id, competency, behaviour_example, result, note,"
              + " observed_by, observed_at) values (?, ?, ?, ?, ?, ?, ?)",
          id, o.competency().value(), o.behaviourExample().value(), o.result(), o.note(), uuidOf(o.observedBy()), o.observedAt());
    }
    position = 0;
    for (AccreditationCondition k : v.conditions()) {
      update(c, "insert into accreditation.accreditation_condition (id, application_id, description, deadline, status,"
              + " evidence_reference, evidence_at, checked_by, checked_at, check_note, position)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          k.id(), id, k.description(), k.deadline(), k.status(), k.evidenceReference(), k.evidenceAt(), uuidOf(k.checkedBy()),
          k.checkedAt(), k.checkNote(), position++);
    }
  }

  private static void appendAudit(Connection c, ApplicationId application, AuditRecord r) throws SQLException {
    update(c, "insert into accreditation.audit_entry (application_id, at, actor, action, details)"
            + " values (?, ?, ?, ?, cast(? as jsonb))",
        application.value(), r.at(), uuidOf(r.actor()), r.action(), r.detailsJson());
  }

  private static UUID uuidOf(AccountId account) {
    return account == null ? null : account.value();
  }

  private static UUID itemOf(ClaimLevel level) {
    return level == null || level.item() == null ? null : level.item().value();
  }
}
