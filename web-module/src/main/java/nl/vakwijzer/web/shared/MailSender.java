package nl.vakwijzer.web.shared;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a plain-text e-mail through Jakarta Mail (the server's) over SMTP at {@code
 * vakwijzer.mail.host}:{@code vakwijzer.mail.port}, from {@code vakwijzer.mail.from}. A failure is
 * logged and reported as {@code false}; it never breaks the caller.
 */
@ApplicationScoped
public class MailSender {
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Inject
  @ConfigProperty(name = "vakwijzer.mail.host", defaultValue = "127.0.0.1")
  String host;

  @Inject
  @ConfigProperty(name = "vakwijzer.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "vakwijzer.mail.from", defaultValue = "Vakwijzer <noreply@vakwijzer.example>")
  String from;

  /** Sends the message; false (and logged) when it could not be handed to the mail server. */
  public boolean send(String to, String subject, String body) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(properties));
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      message.setSubject(oneLine(subject), "UTF-8");
      message.setText(body, "UTF-8");
      Transport.send(message);
      LOG.info(() -> "E-mail sent to " + to + " through " + host + ":" + port);
      return true;
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "E-mail to " + to + " could not be sent through " + host + ":" + port + " (" + e.getMessage() + ")");
      return false;
    }
  }

  /** No line breaks from data in a header. */
  public static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
  }
}
