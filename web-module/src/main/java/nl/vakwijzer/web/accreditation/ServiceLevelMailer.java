package nl.vakwijzer.web.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.vakwijzer.accreditation.api.ServiceLevel;
import nl.vakwijzer.accreditation.api.ServiceLevelBreach;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.MailSender;

/**
 * Tells the beheerders (every active account with role BEHEERDER and an e-mail address) that an
 * application exceeded its service level, in Dutch, through {@link MailSender}. Called by the clock
 * only for breaches the service recorded just now, so each is mailed once.
 */
@ApplicationScoped
public class ServiceLevelMailer {
  @Inject MailSender mail;
  @Inject AccountService accounts;

  /** The number of e-mails handed to the mail server. */
  public int send(ServiceLevelBreach breach) {
    ServiceLevel level = breach.serviceLevel();
    String title = MailSender.oneLine(breach.moduleTitle());
    String stage = Bundle.text(Bundle.DUTCH, level.stage().messageKey());
    String subject = Bundle.text(Bundle.DUTCH, "accreditation.serviceLevel.mail.subject", title, stage);
    String body = Bundle.text(Bundle.DUTCH, "accreditation.serviceLevel.mail.body", title, stage,
        level.stage().workingDays(), Timeline.day(level.startedOn()), Timeline.day(level.dueOn()), level.overdueBy(),
        level.application().toString());
    int sent = 0;
    for (String to : beheerders()) {
      if (mail.send(to, subject, body)) {
        sent++;
      }
    }
    return sent;
  }

  private List<String> beheerders() {
    return accounts.list().stream()
        .filter(a -> a.active() && a.roles().contains(Role.BEHEERDER))
        .map(AccountSummary::email)
        .filter(e -> e != null && !e.isBlank())
        .distinct()
        .toList();
  }
}
