package nl.vakwijzer.catalogue.api.gap;

import java.util.Objects;
import java.util.UUID;

/** Identity of a stored Notification. */
public record NotificationId(UUID value) {
  public NotificationId {
    Objects.requireNonNull(value, "value");
  }

  public static NotificationId of(String value) {
    return new NotificationId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
