package nl.vakwijzer.web.accreditation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.accreditation.api.AccreditationService;
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
 * besluitnemer, the assigned ones for an auditor), oldest receipt first, filterable by state; for
 * an auditor with what is asked of them next.
 */
@Named
@ViewScoped
public class ApplicationListView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy").withZone(ZoneId.of("Europe/Amsterdam"));

  @Inject transient AccreditationService accreditation;
  @Inject transient OrganisationService organisations;
  @Inject transient ProviderActors actors;

  private String state = "";
  private List<ApplicationView> all;
  private final Map<OrganisationId, String> providers = new HashMap<>();

  @PostConstruct
  void init() {
    all = accreditation.applications(actor());
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
