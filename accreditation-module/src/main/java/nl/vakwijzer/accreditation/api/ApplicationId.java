package nl.vakwijzer.accreditation.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of an accreditation application (aanvraag). */
public record ApplicationId(UUID value) {
  public ApplicationId {
    Objects.requireNonNull(value, "value");
  }

  /** Parses a textual id; empty for anything that is not a UUID. */
  public static Optional<ApplicationId> parse(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(new ApplicationId(UUID.fromString(text.trim())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static ApplicationId random() {
    return new ApplicationId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
