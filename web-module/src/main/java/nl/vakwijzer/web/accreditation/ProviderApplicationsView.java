package nl.vakwijzer.web.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.web.provider.ProviderActor;

/**
 * Provider page {@code aanbieder/aanvragen.xhtml}: the organisation's accreditation applications
 * and, as in-app notifications, the accreditations that end within 90 days (the same moments the
 * e-mail reminders go out).
 */
@Named
@RequestScoped
public class ProviderApplicationsView {
  @Inject AccreditationService accreditation;
  @Inject ProviderActor actor;
  @Inject Clock clock;
  @Inject nl.vakwijzer.web.shared.LocaleSelector locale;

  private List<ApplicationView> applications;

  public List<ApplicationView> getApplications() {
    if (applications == null) {
      applications = accreditation.applications(actor.require());
    }
    return applications;
  }

  /** Accredited applications whose validity ends within 90 days, soonest first. */
  public List<ApplicationView> getEndingSoon() {
    LocalDate today = LocalDate.now(clock.withZone(Timeline.AMSTERDAM));
    return getApplications().stream()
        .filter(a -> a.state().isAccredited() && a.decision() != null && a.decision().validUntil() != null)
        .filter(a -> !a.decision().validUntil().isAfter(today.plusDays(90)))
        .sorted(java.util.Comparator.comparing(a -> a.decision().validUntil()))
        .toList();
  }

  /** The in-app notification text for an accreditation that ends soon. */
  public String notification(ApplicationView a) {
    return nl.vakwijzer.web.shared.Bundle.text(locale.getLocale(), "accreditation.aftercare.notifications.endingSoon",
        a.moduleTitle(), validUntil(a));
  }

  public String received(ApplicationView a) {
    return Timeline.when(a.receivedAt());
  }

  public String validUntil(ApplicationView a) {
    return a.decision() == null ? "" : Timeline.day(a.decision().validUntil());
  }
}
