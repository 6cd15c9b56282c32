package nl.vakwijzer.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.Notification;
import nl.vakwijzer.accreditation.api.NotificationKind;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.web.shared.Bundle;
import org.junit.jupiter.api.Test;

/** Every notification kind has a complete Dutch and English text, a mail body and a page to act on. */
class NotificationTextsTest {
  private static final ApplicationId APPLICATION = new ApplicationId(UUID.fromString("11111111-2222-3333-4444-555555555555"));
  private static final Map<String, String> ARGUMENTS = Map.of("role", "LEAD", "state", "GEACCREDITEERD", "reasons",
      "Bijlage ontbreekt.\nGraag aanvullen.", "daysBefore", "90", "validUntil", "2027-03-01");

  private static Notification of(NotificationKind kind) {
    return new Notification(UUID.randomUUID(), new AccountId(UUID.randomUUID()), APPLICATION, kind, "Motiverende gespreksvoering",
        ARGUMENTS, Instant.parse("2026-03-02T09:00:00Z"), null, null);
  }

  @Test
  void everyKindHasAFilledInTextInBothLanguagesAndAPage() {
    for (NotificationKind kind : NotificationKind.values()) {
      for (Locale locale : Bundle.SUPPORTED) {
        String text = NotificationTexts.text(locale, of(kind));
        assertThat(text).as(kind + " " + locale).contains("'Motiverende gespreksvoering'").doesNotContain("{", "}", "\n")
            .isNotEqualTo(kind.messageKey());
      }
      assertThat(NotificationTexts.path(of(kind))).as(kind.name()).matches("(beheer|auditor|besluit|aanbieder)/[a-z]+\\.xhtml.*");
    }
  }

  @Test
  void theDutchMailGreetsNamesTheTaskAndLinksToThePage() {
    Notification n = of(NotificationKind.ASSIGNED);
    assertThat(NotificationTexts.text(Bundle.DUTCH, n))
        .isEqualTo("U bent toegewezen aan 'Motiverende gespreksvoering' als eerste auditor: verklaar dat u geen belangen hebt en beoordeel");
    String body = NotificationTexts.mailBody(Bundle.DUTCH, n, "Fatima El Amrani",
        "https://vakwijzer.example/" + NotificationTexts.path(n));
    assertThat(body).startsWith("Beste Fatima El Amrani,\n\nU bent toegewezen")
        .contains("Bekijk het in Vakwijzer: https://vakwijzer.example/auditor/aanvraag.xhtml?id=" + APPLICATION)
        .endsWith("Met vriendelijke groet,\nVakwijzer");
    Notification reminder = of(NotificationKind.REMINDER);
    assertThat(NotificationTexts.text(Bundle.DUTCH, reminder)).isEqualTo("Uw accreditatie van 'Motiverende gespreksvoering' loopt over 90 dagen af");
    assertThat(NotificationTexts.mailBody(Bundle.DUTCH, reminder, "Lotte Mulder", "/x"))
        .contains("geldig tot en met 01-03-2027", "herbeoordeling");
    assertThat(NotificationTexts.text(Bundle.DUTCH, of(NotificationKind.DECIDED))).isEqualTo("Besluit over 'Motiverende gespreksvoering': geaccrediteerd");
  }
}
