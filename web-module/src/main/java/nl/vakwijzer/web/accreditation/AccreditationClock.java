package nl.vakwijzer.web.accreditation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.Reminder;
import nl.vakwijzer.accreditation.api.ServiceLevelBreach;
import nl.vakwijzer.accreditation.api.ServiceLevelService;

/**
 * The daily timed work of accreditation, at 02:00 server time: lapsed conditions suspend, reminders
 * 90 and 30 days before the end of validity are stored as notifications for the provider's users,
 * expired accreditations end, applications past their service level (intake 10, review 30 working
 * days) get "termijn overschreden" in their trail, e-mailed to the beheerders; then the stored
 * notifications are e-mailed ({@link nl.vakwijzer.web.notification.NotificationDispatcher}). Each
 * service call runs in its own transaction and is idempotent (the service records every reminder and
 * breach once, with its notifications), and every notification is mailed once, so a rerun or a
 * restart sends nothing twice and skips nothing. A beheerder can run it at once from {@code
 * beheer/nazorg.xhtml}.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccreditationClock {
  private static final Logger LOG = Logger.getLogger(AccreditationClock.class.getName());

  /** What one run did. */
  public record Run(
      LocalDate day,
      List<ApplicationId> lapsed,
      List<Reminder> reminders,
      int mailed,
      List<ApplicationId> expired,
      List<ServiceLevelBreach> breaches,
      int breachMails) {}

  @Inject AccreditationService accreditation;
  @Inject nl.vakwijzer.web.notification.NotificationDispatcher dispatcher;
  @Inject ServiceLevelService serviceLevels;
  @Inject ServiceLevelMailer serviceLevelMailer;
  @Inject Clock clock;

  @Schedule(hour = "2", minute = "0", persistent = false)
  void daily() {
    run(LocalDate.now(clock.withZone(Timeline.AMSTERDAM)));
  }

  /** Runs the timed work as on the given day. */
  public Run run(LocalDate day) {
    List<ApplicationId> lapsed = accreditation.enforceConditionDeadlines(day);
    List<Reminder> reminders = accreditation.dueReminders(day);
    List<ApplicationId> expired = accreditation.expire(day);
    // service levels: "termijn overschreden" once per application and stage, mailed to the beheerders
    List<ServiceLevelBreach> breaches = serviceLevels.recordExceeded(day);
    int breachMails = 0;
    for (ServiceLevelBreach breach : breaches) {
      breachMails += serviceLevelMailer.send(breach);
    }
    int mailed = dispatcher.dispatch();
    Run run = new Run(day, lapsed, reminders, mailed, expired, breaches, breachMails);
    LOG.info(() -> "Accreditation clock " + day + ": " + lapsed.size() + " suspended (conditions), " + reminders.size()
        + " reminders, " + expired.size() + " expired, " + breaches.size() + " service levels exceeded ("
        + run.breachMails() + " e-mails), " + run.mailed() + " notifications e-mailed");
    return run;
  }
}
