package nl.vakwijzer.web.accreditation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.accreditation.api.AccreditationException;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AuditorPoolService;
import nl.vakwijzer.accreditation.api.AuditorProfile;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * Beheerder page {@code beheer/nazorg.xhtml}: every application with its state and a link to its
 * timeline; objection handlers for objections that have none; and the daily clock run at once
 * ("Nu uitvoeren"), optionally as on another day (for demonstrations and tests: which reminders a
 * day would send).
 */
@Named
@ViewScoped
public class AftercareAdminView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AccreditationService accreditation;
  @Inject transient AuditorPoolService pool;
  @Inject transient AccreditationClock accreditationClock;
  @Inject transient ProviderActor actor;
  @Inject transient FacesMessages messages;
  @Inject transient Clock clock;

  private transient List<ApplicationView> applications;
  private final Map<String, String> firstHandler = new HashMap<>();
  private final Map<String, String> secondHandler = new HashMap<>();
  private LocalDate day;
  private String lastRun;

  public List<ApplicationView> getApplications() {
    if (applications == null) {
      applications = accreditation.applications(actor.require());
    }
    return applications;
  }

  /** Objections still waiting for their two handlers. */
  public List<ApplicationView> getObjectionsWithoutHandlers() {
    return getApplications().stream()
        .filter(a -> a.state() == ApplicationState.BEZWAAR)
        .filter(a -> a.assignments().stream().noneMatch(s -> s.isActive() && s.role() == AssignmentRole.OBJECTION))
        .toList();
  }

  public List<AuditorProfile> getAuditors() {
    return pool.auditors().stream().filter(AuditorProfile::active).toList();
  }

  public void assignHandlers(String applicationId, String firstClientId) {
    ApplicationId id = ApplicationId.parse(applicationId).orElseThrow();
    String first = firstHandler.get(applicationId);
    String second = secondHandler.get(applicationId);
    if (first == null || second == null || first.isBlank() || second.isBlank() || first.equals(second)) {
      messages.errorFor(firstClientId, "accreditation.aftercare.objection.twoHandlers");
      return;
    }
    try {
      ApplicationView a = accreditation.application(actor.require(), id);
      a = accreditation.assignObjectionHandlers(actor.require(), id, a.revision(),
          new AccountId(java.util.UUID.fromString(first)), new AccountId(java.util.UUID.fromString(second)));
      messages.info("accreditation.aftercare.objection.assigned", a.moduleTitle());
      applications = null;
    } catch (AccreditationException e) {
      Pages.error(messages, e);
    } catch (nl.vakwijzer.catalogue.api.CatalogueException e) {
      messages.error(e);
    } catch (ConstraintViolationException e) {
      messages.error(e);
    }
  }

  /** "Nu uitvoeren": the daily work, as on the chosen day (today when none). */
  public void runNow() {
    LocalDate on = day == null ? LocalDate.now(clock.withZone(Timeline.AMSTERDAM)) : day;
    AccreditationClock.Run run = accreditationClock.run(on);
    lastRun = Timeline.day(on);
    messages.info("accreditation.aftercare.clock.done", Timeline.day(on), run.lapsed().size(), run.reminders().size(),
        run.mailed(), run.expired().size());
    messages.info("accreditation.serviceLevel.clock.done", run.breaches().size(), run.breachMails());
    applications = null;
  }

  public Map<String, String> getFirstHandler() {
    return firstHandler;
  }

  public Map<String, String> getSecondHandler() {
    return secondHandler;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getLastRun() {
    return lastRun;
  }

  public String received(ApplicationView a) {
    return Timeline.when(a.receivedAt());
  }

  public String validUntil(ApplicationView a) {
    return a.decision() == null ? "" : Timeline.day(a.decision().validUntil());
  }
}
