package nl.vakwijzer.accreditation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.AssessmentFramework;
import nl.vakwijzer.accreditation.api.AssessmentFrameworkId;

/** Stores assessment framework versions with their criteria. */
public interface AssessmentFrameworkRepository {

  /** All versions, newest first. */
  List<AssessmentFramework> all();

  Optional<AssessmentFramework> find(AssessmentFrameworkId id);

  Optional<AssessmentFramework> published();

  void insert(AssessmentFramework framework);

  /**
   * Replaces a concept's criteria when its revision is still {@code expectedRevision}; false when
   * it is stale.
   */
  boolean saveCriteria(AssessmentFramework concept, long expectedRevision);

  /** Makes the concept the published version and the published one VERVANGEN; false when stale. */
  boolean publish(AssessmentFrameworkId concept, long expectedRevision, Instant at);
}
