package nl.vakwijzer.web.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.Invitation;
import nl.vakwijzer.web.shared.Bundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a colleague's invitation link by e-mail through Jakarta Mail (provided by the server) over
 * SMTP at {@code vakwijzer.mail.host}:{@code vakwijzer.mail.port}.
 *
 * <p>When no mail server answers there (the default, 127.0.0.1:25, on a development machine) the
 * failure is logged and {@link #send} returns false, so the page shows the link to the inviting
 * admin and the demo works without a mail server.
 */
@ApplicationScoped
public class InvitationMailer {
  private static final Logger LOG = Logger.getLogger(InvitationMailer.class.getName());
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Bundle.DUTCH).withZone(ZoneId.of("Europe/Amsterdam"));

  @Inject
  @ConfigProperty(name = "vakwijzer.mail.host", defaultValue = "127.0.0.1")
  String host;

  @Inject
  @ConfigProperty(name = "vakwijzer.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "vakwijzer.mail.from", defaultValue = "Vakwijzer <noreply@vakwijzer.example>")
  String from;

  /** Sends the invitation; false (and logged) when it could not be handed to the mail server. */
  public boolean send(Invitation invitation, String link) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    Session session = Session.getInstance(properties);
    Locale nl = Bundle.DUTCH;
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(invitation.email(), true));
      message.setSubject(Bundle.text(nl, "provider.invitation.mail.subject", oneLine(invitation.organisationName())), "UTF-8");
      message.setText(
          Bundle.text(nl, "provider.invitation.mail.body", oneLine(invitation.displayName()),
              oneLine(invitation.organisationName()), link, DATE.format(invitation.expiresAt())),
          "UTF-8");
      Transport.send(message);
      LOG.info(() -> "Invitation e-mail sent to " + invitation.email() + " through " + host + ":" + port);
      return true;
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Invitation e-mail to " + invitation.email() + " could not be sent through " + host + ":"
          + port + " (" + e.getMessage() + "); the inviting admin is shown the link instead");
      return false;
    }
  }

  /** No line breaks from user input in a header or a greeting line. */
  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
  }
}
