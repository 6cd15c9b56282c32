package nl.vakwijzer.catalogue.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a module in the provider portal. */
public record ModuleId(UUID value) {
  public ModuleId {
    Objects.requireNonNull(value, "value");
  }

  /** Parses a textual id; empty for anything that is not a UUID. */
  public static Optional<ModuleId> parse(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(new ModuleId(UUID.fromString(text.trim())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static ModuleId random() {
    return new ModuleId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
