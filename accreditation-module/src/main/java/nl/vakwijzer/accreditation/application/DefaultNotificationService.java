package nl.vakwijzer.accreditation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.Notification;
import nl.vakwijzer.accreditation.api.NotificationService;
import nl.vakwijzer.accreditation.api.UnknownNotificationException;
import nl.vakwijzer.accreditation.domain.NotificationRepository;
import nl.vakwijzer.catalogue.api.Actor;

/**
 * Inbox and outbox over {@link NotificationRepository}. Every account sees and marks only its own
 * notifications. The mail claims and their outcome each commit on their own ({@code
 * REQUIRES_NEW}), so a claim is visible to other dispatchers before the mail goes out.
 */
@ApplicationScoped
@Transactional
class DefaultNotificationService implements NotificationService {
  static final int INBOX_SIZE = 200;
  /** How long a claim holds before another run may send the notification (a crashed send). */
  static final Duration CLAIM = Duration.ofMinutes(10);
  static final Duration FIRST_RETRY = Duration.ofMinutes(5);
  static final Duration LAST_RETRY = Duration.ofDays(1);

  @Inject NotificationRepository notifications;
  @Inject Clock clock;

  /** For the CDI proxy. */
  DefaultNotificationService() {}

  DefaultNotificationService(NotificationRepository notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Notification> inbox(Actor actor) {
    return notifications.inbox(actor.account(), INBOX_SIZE);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public int unreadCount(Actor actor) {
    return notifications.unreadCount(actor.account());
  }

  @Override
  public void markRead(Actor actor, UUID notification) {
    if (!notifications.markRead(actor.account(), notification, clock.instant())) {
      throw new UnknownNotificationException(notification);
    }
  }

  @Override
  public int markAllRead(Actor actor) {
    return notifications.markAllRead(actor.account(), clock.instant());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Notification> pendingMail(int limit) {
    return notifications.pendingMail(clock.instant(), Math.max(1, Math.min(limit, 1000)));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claimMail(UUID notification) {
    Instant now = clock.instant();
    return notifications.claimMail(notification, now, now.plus(CLAIM));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void mailSent(UUID notification) {
    notifications.mailSent(notification, clock.instant(), null);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void mailFailed(UUID notification, String reason) {
    int attempts = notifications.mailAttempts(notification);
    notifications.mailFailed(notification, shorten(reason), clock.instant().plus(retryDelay(attempts)));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void mailSkipped(UUID notification, String reason) {
    notifications.mailSent(notification, clock.instant(), shorten(reason));
  }

  /** 5 minutes after the first failure, doubling per failure, at most a day. */
  static Duration retryDelay(int failedBefore) {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failedBefore, 12));
    return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
  }

  private static String shorten(String reason) {
    return reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
  }
}
