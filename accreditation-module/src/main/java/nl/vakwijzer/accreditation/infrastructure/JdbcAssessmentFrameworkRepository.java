package nl.vakwijzer.accreditation.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.vakwijzer.accreditation.api.AssessmentFramework;
import nl.vakwijzer.accreditation.api.AssessmentFrameworkId;
import nl.vakwijzer.accreditation.api.Criterion;
import nl.vakwijzer.accreditation.api.CriterionGroup;
import nl.vakwijzer.accreditation.api.FrameworkVersionStatus;
import nl.vakwijzer.accreditation.domain.AssessmentFrameworkRepository;

/** Assessment framework versions in PostgreSQL through plain JDBC. */
public final class JdbcAssessmentFrameworkRepository extends JdbcSupport implements AssessmentFrameworkRepository {
  private static final String COLUMNS = "id, version, status, revision, created_at, published_at";

  public JdbcAssessmentFrameworkRepository(DataSource dataSource, TransactionMode mode) {
    super(dataSource, mode);
  }

  @Override
  public List<AssessmentFramework> all() {
    return read(c -> load(c, "", new Object[0]));
  }

  @Override
  public Optional<AssessmentFramework> find(AssessmentFrameworkId id) {
    return read(c -> load(c, " where id = ?", new Object[] {id.value()})).stream().findFirst();
  }

  @Override
  public Optional<AssessmentFramework> published() {
    return read(c -> load(c, " where status = 'GEPUBLICEERD'", new Object[0])).stream().findFirst();
  }

  @Override
  public void insert(AssessmentFramework f) {
    write(c -> {
      update(c, "insert into accreditation.assessment_framework (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)",
          f.id().value(), f.version(), f.status(), f.revision(), f.createdAt(), f.publishedAt());
      insertCriteria(c, f);
      return null;
    });
  }

  @Override
  public boolean saveCriteria(AssessmentFramework concept, long expectedRevision) {
    return write(c -> {
      int updated = update(c, "update accreditation.assessment_framework set revision = revision + 1"
          + " where id = ? and revision = ? and status = 'CONCEPT'", concept.id().value(), expectedRevision);
      if (updated == 0) {
        return false;
      }
      update(c, "delete from accreditation.criterion where framework_id = ?", concept.id().value());
      insertCriteria(c, concept);
      return true;
    });
  }

  @Override
  public boolean publish(AssessmentFrameworkId concept, long expectedRevision, Instant at) {
    return write(c -> {
      // the unique index allows one published version: retire the old one first
      List<Boolean> fresh = query(c, "select true from accreditation.assessment_framework"
          + " where id = ? and revision = ? and status = 'CONCEPT' for update", rs -> true, concept.value(), expectedRevision);
      if (fresh.isEmpty()) {
        return false;
      }
      update(c, "update accreditation.assessment_framework set status = 'VERVANGEN' where status = 'GEPUBLICEERD'");
      update(c, "update accreditation.assessment_framework set status = 'GEPUBLICEERD', published_at = ?,"
          + " revision = revision + 1 where id = ?", at, concept.value());
      return true;
    });
  }

  private static void insertCriteria(Connection c, AssessmentFramework f) throws SQLException {
    for (Criterion k : f.criteria()) {
      update(c, """
          insert into accreditation.criterion
            (framework_id, code, criterion_group, position, title, description, guidance, knock_out)
          values (?, ?, ?, ?, ?, ?, ?, ?)""",
          f.id().value(), k.code(), k.group(), k.position(), k.title(), k.description(), k.guidance(), k.knockOut());
    }
  }

  private static List<AssessmentFramework> load(Connection c, String where, Object[] parameters) throws SQLException {
    record Row(AssessmentFrameworkId id, int version, FrameworkVersionStatus status, long revision, Instant created, Instant published) {}
    List<Row> rows = query(c, "select " + COLUMNS + " from accreditation.assessment_framework" + where + " order by version desc",
        rs -> new Row(new AssessmentFrameworkId(uuid(rs, "id")), rs.getInt("version"),
            enumOf(FrameworkVersionStatus.class, rs.getString("status")), rs.getLong("revision"),
            instant(rs, "created_at"), instant(rs, "published_at")),
        parameters);
    List<AssessmentFramework> frameworks = new ArrayList<>();
    for (Row r : rows) {
      List<Criterion> criteria = query(c, "select code, criterion_group, position, title, description, guidance, knock_out"
              + " from accreditation.criterion where framework_id = ? order by position, code",
          rs -> new Criterion(rs.getString("code"), enumOf(CriterionGroup.class, rs.getString("criterion_group")),
              rs.getInt("position"), rs.getString("title"), rs.getString("description"), rs.getString("guidance"),
              rs.getBoolean("knock_out")),
          r.id().value());
      frameworks.add(new AssessmentFramework(r.id(), r.version(), r.status(), r.revision(), r.created(), r.published(), criteria));
    }
    return frameworks;
  }
}
