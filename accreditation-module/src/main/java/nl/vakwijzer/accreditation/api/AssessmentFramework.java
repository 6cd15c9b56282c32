package nl.vakwijzer.accreditation.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of the assessment framework (toetsingskader) with its criteria in order.
 *
 * <p>Only a CONCEPT is edited; publishing it makes the previous published version VERVANGEN. An
 * application is reviewed against the version that was published when it was received.
 * {@code revision} is the optimistic-lock counter for edits.
 */
public record AssessmentFramework(
    AssessmentFrameworkId id,
    int version,
    FrameworkVersionStatus status,
    long revision,
    Instant createdAt,
    Instant publishedAt,
    List<Criterion> criteria) {
  public AssessmentFramework {
    criteria = List.copyOf(criteria);
  }

  public Optional<Criterion> criterion(String code) {
    return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
