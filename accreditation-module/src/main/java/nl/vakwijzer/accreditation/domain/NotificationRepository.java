package nl.vakwijzer.accreditation.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.Notification;
import nl.vakwijzer.catalogue.api.AccountId;

/** Stored notifications: the inbox per account and the mail outbox. */
public interface NotificationRepository {

  /** Stores new notifications (in the caller's transaction in the container). */
  void add(List<Notification> notifications);

  List<Notification> inbox(AccountId recipient, int limit);

  int unreadCount(AccountId recipient);

  /** Marks it read if it belongs to {@code recipient}; false when there is no such notification of theirs. */
  boolean markRead(AccountId recipient, UUID id, Instant at);

  int markAllRead(AccountId recipient, Instant at);

  /** Not mailed and not claimed at {@code now}, oldest first. */
  List<Notification> pendingMail(Instant now, int limit);

  /** Claims until {@code until} when not mailed and not claimed at {@code now}; whether it did. */
  boolean claimMail(UUID id, Instant now, Instant until);

  void mailSent(UUID id, Instant at, String note);

  /** Counts the attempt, keeps the reason and leaves it claimed until {@code retryAt}. */
  void mailFailed(UUID id, String reason, Instant retryAt);

  /** How many send attempts failed so far. */
  int mailAttempts(UUID id);
}
