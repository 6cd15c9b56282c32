package nl.vakwijzer.web.it.support;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Reading the test server's SMTP inbox (GreenMail): other tests' e-mails are ignored by filtering. */
public final class Mailbox {
  private Mailbox() {}

  /** Waits (up to 30 s) for an e-mail to this address whose subject contains {@code about}. */
  public static MimeMessage awaitMailTo(String address, String about) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Optional<MimeMessage> found = Arrays.stream(TestServer.mail().getReceivedMessages())
          .filter(m -> isTo(m, address) && subject(m).contains(about))
          .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no e-mail to " + address + " about " + about + " within 30 s");
  }

  public static String subject(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (MessagingException e) {
      return "";
    }
  }

  public static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
    } catch (MessagingException e) {
      return false;
    }
  }
}
