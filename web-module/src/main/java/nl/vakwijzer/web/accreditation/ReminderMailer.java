package nl.vakwijzer.web.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.Reminder;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.catalogue.api.Provider;
import nl.vakwijzer.catalogue.api.ProviderService;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.MailSender;

/**
 * E-mails an expiry reminder to the contact person of the provider (its profile's e-mail address),
 * in Dutch. The provider also sees it in the app: its applications page lists accreditations that
 * end within 90 days.
 */
@ApplicationScoped
public class ReminderMailer {
  @Inject MailSender mail;
  @Inject ProviderService providers;
  @Inject AccountService accounts;

  public boolean send(Reminder reminder) {
    Optional<String> to = contact(reminder);
    if (to.isEmpty()) {
      return false;
    }
    String title = MailSender.oneLine(reminder.moduleTitle());
    return mail.send(to.get(),
        Bundle.text(Bundle.DUTCH, "accreditation.aftercare.reminder.mail.subject", title, reminder.daysBefore()),
        Bundle.text(Bundle.DUTCH, "accreditation.aftercare.reminder.mail.body", title,
            Timeline.day(reminder.validUntil()), reminder.daysBefore()));
  }

  /** The provider's contact e-mail, read as the system (a beheerder) reads it. */
  private Optional<String> contact(Reminder reminder) {
    return accounts.list().stream()
        .filter(a -> a.active() && a.roles().contains(nl.vakwijzer.catalogue.api.Role.BEHEERDER))
        .findFirst()
        .map(b -> new Actor(b.id(), b.organisation().map(OrganisationSummary::id).orElse(null), b.roles()))
        .flatMap(system -> providers.provider(system, reminder.provider()))
        .map(Provider::profile)
        .map(p -> p.contactEmail());
  }
}
