package nl.vakwijzer.accreditation.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AccountId;

/**
 * A stored notification for one account about one application: what it asks or tells ({@link
 * #kind}, its arguments by name), when it was created, read in the app and e-mailed.
 */
public record Notification(
    UUID id,
    AccountId recipient,
    ApplicationId application,
    NotificationKind kind,
    String moduleTitle,
    Map<String, String> arguments,
    Instant createdAt,
    Instant readAt,
    Instant mailedAt) {
  public Notification {
    arguments = Map.copyOf(arguments);
  }

  public boolean isRead() {
    return readAt != null;
  }

  /** The named argument, or an empty text. */
  public String argument(String name) {
    return arguments.getOrDefault(name, "");
  }
}
