package nl.vakwijzer.catalogue.api.gap;

import java.util.Objects;
import java.util.UUID;

/** Identity of a stored Team. */
public record TeamId(UUID value) {
  public TeamId {
    Objects.requireNonNull(value, "value");
  }

  public static TeamId of(String value) {
    return new TeamId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
