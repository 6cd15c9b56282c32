package nl.vakwijzer.catalogue.api.gap;

import java.util.Objects;
import java.util.UUID;

/** Identity of a stored TargetProfile. */
public record TargetProfileId(UUID value) {
  public TargetProfileId {
    Objects.requireNonNull(value, "value");
  }

  public static TargetProfileId of(String value) {
    return new TargetProfileId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
