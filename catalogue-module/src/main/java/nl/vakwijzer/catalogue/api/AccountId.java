package nl.vakwijzer.catalogue.api;

import java.util.Objects;
import java.util.UUID;

/** Identity of an account; the only way other modules refer to one. */
public record AccountId(UUID value) {
  public AccountId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
