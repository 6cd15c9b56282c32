package nl.vakwijzer.catalogue.api;

import java.util.List;

/**
 * A trainer of the module: name, qualifications (diplomas, certificates; one per entry), relevant
 * experience, and registrations (e.g. a Registerplein or CRKBO registration).
 *
 * <p>Qualifications are separate entries so the material-change rule can tell a like-for-like
 * replacement (same qualifications, published at once) from one that needs a new accreditation.
 */
public record Trainer(
    String name, List<String> qualifications, String experience, List<String> registrations) {
  public Trainer {
    name = Texts.orEmpty(name);
    qualifications = Texts.copy(qualifications);
    experience = Texts.orEmpty(experience);
    registrations = Texts.copy(registrations);
  }
}
