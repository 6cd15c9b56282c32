package nl.vakwijzer.web.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.vakwijzer.catalogue.api.gap.GapAlert;
import nl.vakwijzer.web.shared.Bundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mails a gap alert to a municipality user, through the same SMTP settings as the provider
 * invitations ({@code vakwijzer.mail.*}, see {@code InvitationMailer}). A failure is logged; the
 * in-app notification stays.
 */
@ApplicationScoped
public class GapAlertMailer {
  private static final Logger LOG = Logger.getLogger(GapAlertMailer.class.getName());

  @Inject
  @ConfigProperty(name = "vakwijzer.mail.host", defaultValue = "127.0.0.1")
  String host;

  @Inject
  @ConfigProperty(name = "vakwijzer.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "vakwijzer.mail.from", defaultValue = "Vakwijzer <noreply@vakwijzer.example>")
  String from;

  /** Sends the alert; false (and logged) when the mail server did not take it. */
  public boolean send(GapAlert alert, String email, String link) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    Session session = Session.getInstance(properties);
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(email, true));
      message.setSubject(Bundle.text(Bundle.DUTCH, "gemeente.alert.mail.subject", oneLine(alert.savedGapName())), "UTF-8");
      message.setText(Bundle.text(Bundle.DUTCH, "gemeente.alert.mail.body", oneLine(alert.moduleTitle()), alert.rank(),
          oneLine(alert.savedGapName()), link), "UTF-8");
      Transport.send(message);
      return true;
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Gap alert e-mail to " + email + " could not be sent through " + host + ":" + port + " ("
          + e.getMessage() + "); the in-app notification remains");
      return false;
    }
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
  }
}
