package nl.vakwijzer.accreditation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.vakwijzer.catalogue.api.Actor;

/**
 * The assessment framework (toetsingskader) as versioned data, managed by a beheerder: list and
 * show versions, start a concept from the published version, edit its criteria, publish it.
 * Changes require role BEHEERDER ({@link ApplicationAccessException#NOT_BEHEERDER}).
 */
public interface AssessmentFrameworkService {

  /** All versions, newest first. */
  List<AssessmentFramework> versions();

  AssessmentFramework version(@NotNull AssessmentFrameworkId id);

  /** The published version, against which new applications are reviewed. */
  AssessmentFramework current();

  /** A new concept copying the published version's criteria; refused while a concept exists. */
  AssessmentFramework newConcept(@NotNull Actor actor);

  /** Adds a criterion to a concept (new code, at the end) or changes it (existing code). */
  AssessmentFramework saveCriterion(
      @NotNull Actor actor, @NotNull AssessmentFrameworkId concept, long expectedRevision, @NotNull @Valid CriterionEdit edit);

  AssessmentFramework removeCriterion(
      @NotNull Actor actor, @NotNull AssessmentFrameworkId concept, long expectedRevision, @NotBlank String code);

  /** Publishes a concept; the published version becomes VERVANGEN. */
  AssessmentFramework publish(@NotNull Actor actor, @NotNull AssessmentFrameworkId concept, long expectedRevision);
}
