package nl.vakwijzer.catalogue.api;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a framework item (a competency, level, behaviour example, task, …): the stable
 * UUID of its CASE CFItem.
 *
 * <p>Other modules refer to framework items only by this id, for example when a provider claims
 * that a training module covers a competency at a level.
 */
public record ItemId(UUID value) {
  public ItemId {
    Objects.requireNonNull(value, "value");
  }

  /** Parses the textual UUID form. */
  public static ItemId of(String value) {
    return new ItemId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
