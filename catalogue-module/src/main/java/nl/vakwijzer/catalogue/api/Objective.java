package nl.vakwijzer.catalogue.api;

/**
 * A leerdoel (learning objective) of a module version: one line of the dossier.
 *
 * <p>The {@code id} (for example {@code "LD3"}) is chosen once and kept across versions of the
 * module: assessment methods and claims refer to objectives by it, and the pre-submission check
 * derives stable finding ids from it. The text may be empty in a concept; the check reports that.
 */
public record Objective(String id, String text) {
  public Objective {
    Texts.requireNonBlank(id, "id");
    text = Texts.orEmpty(text);
  }
}
