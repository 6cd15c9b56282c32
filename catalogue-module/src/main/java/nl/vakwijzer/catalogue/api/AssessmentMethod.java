package nl.vakwijzer.catalogue.api;

import java.util.List;

/**
 * One way of toetsing (assessment) in a module, with the objectives it assesses.
 *
 * <p>The {@code id} (for example {@code "T1"}) is kept across versions; claims refer to it. {@code
 * objectiveIds} refer to {@link Objective#id()}s of the same dossier; the pre-submission check
 * reports ids that do not exist and objectives no method assesses.
 */
public record AssessmentMethod(String id, String description, List<String> objectiveIds) {
  public AssessmentMethod {
    Texts.requireNonBlank(id, "id");
    description = Texts.orEmpty(description);
    objectiveIds = Texts.copy(objectiveIds);
  }
}
