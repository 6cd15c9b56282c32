package nl.vakwijzer.web.accreditation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ServiceLevel;
import nl.vakwijzer.accreditation.api.ServiceLevelService;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.Assignment;
import nl.vakwijzer.accreditation.api.AssignmentRole;
import nl.vakwijzer.accreditation.api.AssignmentStatus;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.OrganisationService;
import nl.vakwijzer.catalogue.api.OrganisationSummary;
import nl.vakwijzer.web.provider.ProviderActors;

/**
 * The applications the signed-in user may see (the service decides: all for a coordinator or
 * besluitnemer, the assigned ones for an auditor), those past their service level first (most
 * overdue first), then oldest receipt first, filterable by state; with the running service level
 * (due date, working days left or overdue) and, for an auditor, what is asked of them next.
 */
@Named
@ViewScoped
public class ApplicationListView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy").withZone(ZoneId.of("Europe/Amsterdam"));

  @Inject transient AccreditationService accreditation;
  @Inject transient OrganisationService organisations;
  @Inject transient ProviderActors actors;
  @Inject transient ServiceLevelService serviceLevelService;

  private String state = "";
  private List<ApplicationView> all;
  private final Map<OrganisationId, String> providers = new HashMap<>();
  private final Map<ApplicationId, ServiceLevel> serviceLevels = new HashMap<>();

  @PostConstruct
  void init() {
    for (ServiceLevel level : serviceLevelService.serviceLevels(actor())) {
      serviceLevels.put(level.application(), level);
    }
    // overdue first (most overdue first), then oldest receipt first as the service lists them
    List<ApplicationView> sorted = new ArrayList<>(accreditation.applications(actor()));
    sorted.sort(Comparator.comparingInt((ApplicationView a) -> -overdueBy(a)));
    all = sorted;
    for (OrganisationSummary o : organisations.list()) {
      providers.put(o.id(), o.name());
    }
  }

  private Actor actor() {
    return actors.current().orElseThrow();
  }

  public List<ApplicationView> getApplications() {
    return state == null || state.isBlank() ? all : all.stream().filter(a -> a.state().name().equals(state)).toList();
  }

  /** Applications waiting for this besluitnemer's decision first, then the rest. */
  public List<ApplicationView> getToDecide() {
    return all.stream().filter(a -> a.state() == ApplicationState.BESLUIT).toList();
  }

  /** The running service level of the application, {@code null} when its stage has none. */
  public ServiceLevel serviceLevel(ApplicationView a) {
    return serviceLevels.get(a.id());
  }

  private int overdueBy(ApplicationView a) {
    ServiceLevel level = serviceLevels.get(a.id());
    return level == null ? 0 : level.overdueBy();
  }

  /** How many applications the list shows are past their service level. */
  public long getOverdueCount() {
    return getApplications().stream().filter(a -> overdueBy(a) > 0).count();
  }

  public String day(LocalDate date) {
    return date == null ? "–" : Timeline.day(date);
  }

  public ApplicationState[] getStates() {
    return ApplicationState.values();
  }

  public String provider(ApplicationView a) {
    return providers.getOrDefault(a.provider(), "–");
  }

  public String date(Instant at) {
    return at == null ? "–" : DATE.format(at);
  }

  /** The message key of what the signed-in auditor has to do next on this application. */
  public String auditorTask(ApplicationView a) {
    Assignment mine = a.assignments().stream()
        .filter(x -> x.auditor().equals(actor().account()) && x.isActive()).findFirst().orElse(null);
    if (mine == null) {
      // before the declaration the service shows the auditor no assignments
      return a.assignments().isEmpty() ? "accreditation.web.task.declaration" : "accreditation.web.task.none";
    }
    if (mine.status() == AssignmentStatus.PENDING) {
      return "accreditation.web.task.declaration";
    }
    if ((a.state() == ApplicationState.IN_BEOORDELING || a.state() == ApplicationState.VISITATIE) && mine.reviewSubmittedAt() == null) {
      return "accreditation.web.task.review";
    }
    if (a.state() == ApplicationState.VISITATIE && mine.role() == AssignmentRole.LEAD) {
      return "accreditation.web.task.visit";
    }
    if (a.state() == ApplicationState.ADVIES && mine.role() == AssignmentRole.LEAD) {
      return "accreditation.web.task.advice";
    }
    return "accreditation.web.task.none";
  }

  public String role(ApplicationView a) {
    return a.assignments().stream().filter(x -> x.auditor().equals(actor().account()) && x.isActive())
        .findFirst().map(x -> "accreditation.web.role." + x.role().name()).orElse("accreditation.web.role.pending");
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }
}
