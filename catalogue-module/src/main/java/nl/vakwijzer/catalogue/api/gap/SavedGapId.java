package nl.vakwijzer.catalogue.api.gap;

import java.util.Objects;
import java.util.UUID;

/** Identity of a stored SavedGap. */
public record SavedGapId(UUID value) {
  public SavedGapId {
    Objects.requireNonNull(value, "value");
  }

  public static SavedGapId of(String value) {
    return new SavedGapId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
