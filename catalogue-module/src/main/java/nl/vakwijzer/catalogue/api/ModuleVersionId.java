package nl.vakwijzer.catalogue.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a module version, the unit that gets accredited. */
public record ModuleVersionId(UUID value) {
  public ModuleVersionId {
    Objects.requireNonNull(value, "value");
  }

  /** Parses a textual id; empty for anything that is not a UUID. */
  public static Optional<ModuleVersionId> parse(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(new ModuleVersionId(UUID.fromString(text.trim())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static ModuleVersionId random() {
    return new ModuleVersionId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
