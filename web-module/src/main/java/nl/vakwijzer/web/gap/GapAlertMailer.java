package nl.vakwijzer.web.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.vakwijzer.catalogue.api.gap.GapAlert;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.MailSender;

/**
 * E-mails a gap alert to a municipality user, in Dutch, through {@link MailSender}. A failure is
 * logged there; the in-app notification stays.
 */
@ApplicationScoped
public class GapAlertMailer {
  @Inject MailSender mail;

  /** Sends the alert; false when the mail server did not take it. */
  public boolean send(GapAlert alert, String email, String link) {
    return mail.send(
        email,
        Bundle.text(Bundle.DUTCH, "gemeente.alert.mail.subject", MailSender.oneLine(alert.savedGapName())),
        Bundle.text(Bundle.DUTCH, "gemeente.alert.mail.body", MailSender.oneLine(alert.moduleTitle()), alert.rank(),
            MailSender.oneLine(alert.savedGapName()), link));
  }
}
