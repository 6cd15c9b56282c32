package nl.vakwijzer.web.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.Notification;
import nl.vakwijzer.accreditation.api.NotificationService;
import nl.vakwijzer.accreditation.api.UnknownNotificationException;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.web.security.CurrentUser;
import nl.vakwijzer.web.shared.FacesMessages;
import nl.vakwijzer.web.shared.LocaleSelector;

/**
 * {@code account/meldingen.xhtml}: the signed-in account's notifications, newest first, with
 * "markeer als gelezen" per notification and "alles gelezen". The service only ever shows and
 * marks the account's own notifications.
 */
@Named
@ViewScoped
public class NotificationInboxView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient NotificationService notifications;
  @Inject transient CurrentUser currentUser;
  @Inject transient FacesMessages messages;
  @Inject LocaleSelector locale;

  private transient List<Notification> list;

  static Optional<Actor> actor(CurrentUser user) {
    return user.account().map(a -> new Actor(a.id(), a.organisation().map(OrganisationSummary::id).orElse(null), a.roles()));
  }

  public List<Notification> getNotifications() {
    if (list == null) {
      list = actor(currentUser).map(notifications::inbox).orElse(List.of());
    }
    return list;
  }

  public long getUnreadCount() {
    return getNotifications().stream().filter(n -> !n.isRead()).count();
  }

  /** Unread rows in bold (the status column says it in words as well). */
  public String getRowClasses() {
    return String.join(",", getNotifications().stream().map(n -> n.isRead() ? "vw-read" : "vw-unread").toList());
  }

  public String text(Notification n) {
    return NotificationTexts.text(locale.getLocale(), n);
  }

  /** The page to act on it, relative to the context root (without a leading slash). */
  public String path(Notification n) {
    return NotificationTexts.path(n);
  }

  public String when(Notification n) {
    return NotificationTexts.when(n.createdAt());
  }

  public void markRead(String id) {
    try {
      notifications.markRead(actor(currentUser).orElseThrow(), java.util.UUID.fromString(id));
      messages.info("accreditation.notification.inbox.markedRead");
    } catch (UnknownNotificationException | IllegalArgumentException | java.util.NoSuchElementException e) {
      messages.error(UnknownNotificationException.KEY, id);
    }
    list = null;
  }

  public void markAllRead() {
    actor(currentUser).ifPresent(a -> messages.info("accreditation.notification.inbox.markedAllRead", notifications.markAllRead(a)));
    list = null;
  }
}
