package nl.vakwijzer.accreditation.api;

import java.util.Objects;
import java.util.UUID;

/** Identity of one version of the assessment framework (toetsingskader). */
public record AssessmentFrameworkId(UUID value) {
  public AssessmentFrameworkId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
