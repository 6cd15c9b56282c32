package nl.vakwijzer.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.vakwijzer.accreditation.api.NotificationService;
import nl.vakwijzer.web.security.CurrentUser;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.LocaleSelector;

/** The menu item "Meldingen" with the number of unread ones in words (read once per request). */
@Named
@RequestScoped
public class NotificationBadge {
  @Inject NotificationService notifications;
  @Inject CurrentUser currentUser;
  @Inject LocaleSelector locale;

  private Integer unread;

  public int getUnread() {
    if (unread == null) {
      unread = NotificationInboxView.actor(currentUser).map(notifications::unreadCount).orElse(0);
    }
    return unread;
  }

  /** "Meldingen" or "Meldingen (2 ongelezen)": the count is text, so screen readers read it too. */
  public String getLabel() {
    String label = Bundle.text(locale.getLocale(), "menu.notifications");
    int n = getUnread();
    return n == 0 ? label : label + " (" + Bundle.text(locale.getLocale(), "menu.notifications.unread", n) + ")";
  }
}
