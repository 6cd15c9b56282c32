package nl.vakwijzer.web.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.Notification;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.MailSender;

/** The words and the link of a notification, in the app and in its e-mail. */
public final class NotificationTexts {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/Amsterdam"));

  private NotificationTexts() {}

  public static String when(java.time.Instant at) {
    return at == null ? "" : WHEN.format(at);
  }

  /** The one-line text (also the e-mail subject). */
  public static String text(Locale locale, Notification n) {
    List<Object> arguments = new ArrayList<>();
    arguments.add(n.moduleTitle());
    for (String name : n.kind().arguments()) {
      arguments.add(argument(locale, name, n.argument(name)));
    }
    return Bundle.text(locale, n.kind().messageKey(), arguments.toArray());
  }

  /** The e-mail body: greeting, the text, an optional paragraph, the link. */
  public static String mailBody(Locale locale, Notification n, String displayName, String link) {
    String detailKey = n.kind().messageKey() + ".detail";
    List<Object> arguments = new ArrayList<>();
    arguments.add(n.moduleTitle());
    for (String name : n.kind().arguments()) {
      arguments.add(argument(locale, name, n.argument(name)));
    }
    String detail = Bundle.text(locale, detailKey, arguments.toArray());
    String paragraph = detail.equals(detailKey) ? "" : detail + "\n\n";
    return Bundle.text(locale, "accreditation.notification.mail.body",
        displayName == null || displayName.isBlank() ? "" : displayName, MailSender.oneLine(text(locale, n)), paragraph, link);
  }

  /** The page (relative to the context root) where the recipient acts on it or reads the outcome. */
  public static String path(Notification n) {
    String id = n.application().toString();
    return switch (n.kind()) {
      case INTAKE, RECUSED -> "beheer/aanvraag.xhtml?id=" + id;
      case OBJECTION_LODGED -> "beheer/nazorg.xhtml";
      case ASSIGNED, ADVICE_DUE -> "auditor/aanvraag.xhtml?id=" + id;
      case OBJECTION_ASSIGNED, CONDITION_EVIDENCE -> "auditor/nazorg.xhtml";
      case DECISION_DUE -> "besluit/aanvraag.xhtml?id=" + id;
      case RETURNED, DECIDED, CONDITION_MET, CONDITION_NOT_MET, CONDITION_LAPSED, ENDED, OBJECTION_UPHELD,
          OBJECTION_CHANGED, REMINDER -> "aanbieder/aanvraag.xhtml?id=" + id;
    };
  }

  private static Object argument(Locale locale, String name, String value) {
    try {
      return switch (name) {
        case "role" -> Bundle.text(locale, "accreditation.notification.role." + value);
        case "state" -> Bundle.text(locale, ApplicationState.valueOf(value).messageKey()).toLowerCase(locale);
        case "validUntil" -> DAY.format(LocalDate.parse(value));
        case "reasons" -> MailSender.oneLine(value);
        default -> value;
      };
    } catch (RuntimeException e) {
      return value;
    }
  }
}
