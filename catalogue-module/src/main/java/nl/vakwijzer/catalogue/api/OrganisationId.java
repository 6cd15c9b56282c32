package nl.vakwijzer.catalogue.api;

import java.util.Objects;
import java.util.UUID;

/** Identity of an organisation; the only way other modules refer to one. */
public record OrganisationId(UUID value) {
  public OrganisationId {
    Objects.requireNonNull(value, "value");
  }

  /** Parses a textual id; empty for anything that is not a UUID. */
  public static java.util.Optional<OrganisationId> parse(String text) {
    try {
      return java.util.Optional.of(new OrganisationId(UUID.fromString(text.trim())));
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
