package nl.vakwijzer.web.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.vakwijzer.catalogue.api.Invitation;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.MailSender;

/**
 * Sends a colleague's invitation link by e-mail, in Dutch, through {@link MailSender} (SMTP at
 * {@code vakwijzer.mail.host}:{@code vakwijzer.mail.port}).
 *
 * <p>When no mail server answers there (the default, 127.0.0.1:25, on a development machine) the
 * failure is logged and {@link #send} returns false, so the page shows the link to the inviting
 * admin and the demo works without a mail server.
 */
@ApplicationScoped
public class InvitationMailer {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Bundle.DUTCH).withZone(ZoneId.of("Europe/Amsterdam"));

  @Inject MailSender mail;

  /** Sends the invitation; false when it could not be handed to the mail server. */
  public boolean send(Invitation invitation, String link) {
    return mail.send(
        invitation.email(),
        Bundle.text(Bundle.DUTCH, "provider.invitation.mail.subject", MailSender.oneLine(invitation.organisationName())),
        Bundle.text(Bundle.DUTCH, "provider.invitation.mail.body", MailSender.oneLine(invitation.displayName()),
            MailSender.oneLine(invitation.organisationName()), link, DATE.format(invitation.expiresAt())));
  }
}
