package nl.vakwijzer.accreditation.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.Actor;

/**
 * The notifications the workflow stores for the people who must act or who are told an outcome:
 * every account's in-app inbox, and the outbox the web module e-mails from.
 *
 * <p>Notifications are written by {@link AccreditationService} in the same transaction as the step
 * that causes them (so a rolled-back step notifies nobody, and a committed one is never lost). The
 * mail side is at-least-once with a claim: {@link #claimMail} reserves a notification for a few
 * minutes, {@link #mailSent} closes it; a crash between the two lets the claim run out and the
 * next run send it again, a failure ({@link #mailFailed}) is retried later with a growing pause.
 */
public interface NotificationService {

  /** The actor's own notifications, newest first (at most {@code 200}). */
  List<Notification> inbox(@NotNull Actor actor);

  /** How many of the actor's notifications are unread. */
  int unreadCount(@NotNull Actor actor);

  /**
   * Marks one of the actor's notifications read (again: no change). Another account's or an
   * unknown id: {@link UnknownNotificationException}.
   */
  void markRead(@NotNull Actor actor, @NotNull UUID notification);

  /** Marks all the actor's notifications read; how many were unread. */
  int markAllRead(@NotNull Actor actor);

  // ------------------------------------------------------------------ outbox (system, no actor)

  /** Notifications not yet e-mailed and not claimed by a running send, oldest first. */
  List<Notification> pendingMail(int limit);

  /**
   * Claims the notification for sending, in its own transaction; false when it was mailed already
   * or another dispatcher holds it.
   */
  boolean claimMail(@NotNull UUID notification);

  /** The claimed notification was handed to the mail server. */
  void mailSent(@NotNull UUID notification);

  /** Sending failed; it is tried again later (after 5 minutes, doubling per attempt, at most a day). */
  void mailFailed(@NotNull UUID notification, String reason);

  /** Nothing to send (e.g. the recipient has no e-mail address or is inactive): done, with the reason. */
  void mailSkipped(@NotNull UUID notification, String reason);
}
