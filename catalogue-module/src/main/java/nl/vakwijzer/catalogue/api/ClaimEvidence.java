package nl.vakwijzer.catalogue.api;

import java.util.List;

/**
 * What in the module serves a {@link Claim}: ids of its objectives and assessment methods, and the
 * werkvormen used. An empty werkvormen list means "all of the module's werkvormen".
 */
public record ClaimEvidence(
    List<String> objectiveIds,
    List<TeachingMethod> teachingMethods,
    List<String> assessmentMethodIds) {
  /** No evidence yet. */
  public static final ClaimEvidence NONE = new ClaimEvidence(List.of(), List.of(), List.of());

  public ClaimEvidence {
    objectiveIds = Texts.copy(objectiveIds);
    teachingMethods = Texts.copy(teachingMethods);
    assessmentMethodIds = Texts.copy(assessmentMethodIds);
  }
}
