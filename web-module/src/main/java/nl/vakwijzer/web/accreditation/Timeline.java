package nl.vakwijzer.web.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AuditEntry;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.AccountService;
import nl.vakwijzer.catalogue.api.AccountSummary;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.web.shared.Bundle;

/**
 * An application's audit trail as rows a person reads (page, CSV and PDF alike): when in Dutch
 * notation and Amsterdam time, who by display name (empty: the system's timed work), what as a
 * translated action, and the recorded details.
 */
@ApplicationScoped
public class Timeline {
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(AMSTERDAM);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  /** One line of the timeline. */
  public record Row(long sequence, String when, String who, String action, String details) {}

  /** The application and its timeline rows, oldest first. */
  public record Rows(ApplicationView application, List<Row> rows) {}

  @Inject AccreditationService accreditation;
  @Inject AccountService accounts;

  /** The timeline (beheerder, besluitnemer); the service refuses others and unknown ids. */
  public Rows rows(Actor actor, ApplicationId id, Locale locale) {
    ApplicationView application = accreditation.application(actor, id);
    List<AuditEntry> entries = accreditation.timeline(actor, id);
    Map<AccountId, String> names = names();
    List<Row> rows = entries.stream()
        .map(e -> new Row(e.sequence(), when(e.at()),
            e.actor() == null ? Bundle.text(locale, "accreditation.aftercare.timeline.system") : names.getOrDefault(e.actor(), e.actor().toString()),
            action(locale, e.action()), e.detailsJson() == null || "{}".equals(e.detailsJson()) ? "" : e.detailsJson()))
        .toList();
    return new Rows(application, rows);
  }

  Map<AccountId, String> names() {
    return accounts.list().stream().collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName, (a, b) -> a));
  }

  /** The translated name of an audit action; the code itself when there is no text for it. */
  static String action(Locale locale, String action) {
    String key = "accreditation.audit." + action;
    String text = Bundle.text(locale, key);
    return text.equals(key) ? action : text;
  }

  static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }
}
