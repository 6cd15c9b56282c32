package nl.vakwijzer.web.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import nl.vakwijzer.accreditation.api.Notification;
import nl.vakwijzer.accreditation.api.NotificationService;
import nl.vakwijzer.accreditation.api.NotificationsStored;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.MailSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mails stored notifications through {@link MailSender}, each once. Triggered after the commit
 * that stored them (asynchronously, so a slow mail server never holds up a page) and by {@link
 * NotificationDispatchTimer} every few minutes, which also retries failed sends and picks up what a
 * crash or restart left. Each notification is claimed before it is sent (a row update that only one
 * dispatcher wins), and marked mailed after; see {@link NotificationService} for the guarantees.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class NotificationDispatcher {
  private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());
  private static final int BATCH = 100;
  private static final int MAX_BATCHES = 20;

  @Inject NotificationService notifications;
  @Inject AccountDirectory directory;
  @Inject MailSender mail;

  @Inject
  @ConfigProperty(name = "vakwijzer.base-url")
  Optional<String> baseUrl;


  /**
   * Not dispatched from here: a task on the managed executor submitted from the demo loader's
   * start-up thread closed that thread's non-transactional EntityManager when it ended, so the
   * after-commit trigger is left to {@link NotificationDispatchTimer} (every minute) for now.
   */
  void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsStored event) {
    LOG.fine(() -> event.count() + " notifications stored; the timer e-mails them");
  }

  /** Sends every notification not yet mailed (and not claimed by another run); how many went out. */
  public int dispatch() {
    int sent = 0;
    Map<AccountId, AccountSummary> people = null;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      List<Notification> pending = notifications.pendingMail(BATCH);
      if (pending.isEmpty()) {
        break;
      }
      if (people == null) {
        people = directory.byId();
      }
      for (Notification n : pending) {
        if (notifications.claimMail(n.id()) && send(n, people.get(n.recipient()))) {
          sent++;
        }
      }
      if (pending.size() < BATCH) {
        break;
      }
    }
    return sent;
  }

  private boolean send(Notification n, AccountSummary to) {
    if (to == null || !to.active() || to.email() == null || to.email().isBlank()) {
      notifications.mailSkipped(n.id(), "no active account with an e-mail address");
      return false;
    }
    boolean sent;
    try {
      sent = mail.send(to.email(), NotificationTexts.text(Bundle.DUTCH, n),
          NotificationTexts.mailBody(Bundle.DUTCH, n, to.displayName(), link(NotificationTexts.path(n))));
    } catch (RuntimeException e) {
      sent = false;
    }
    if (sent) {
      notifications.mailSent(n.id());
    } else {
      notifications.mailFailed(n.id(), "not accepted by the mail server");
    }
    return sent;
  }

  private String link(String path) {
    String base = baseUrl.filter(s -> !s.isBlank()).orElse("");
    return base.isEmpty() ? "/" + path : (base.endsWith("/") ? base : base + "/") + path;
  }
}
