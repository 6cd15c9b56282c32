package nl.vakwijzer.accreditation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vakwijzer.accreditation.api.AccreditationService;
import nl.vakwijzer.accreditation.api.ApplicationId;
import nl.vakwijzer.accreditation.api.ApplicationState;
import nl.vakwijzer.accreditation.api.ApplicationView;
import nl.vakwijzer.accreditation.api.ServiceLevel;
import nl.vakwijzer.accreditation.api.ServiceLevelBreach;
import nl.vakwijzer.accreditation.api.ServiceLevelService;
import nl.vakwijzer.accreditation.domain.Application;
import nl.vakwijzer.accreditation.domain.ApplicationRepository;
import nl.vakwijzer.accreditation.domain.Milestones;
import nl.vakwijzer.accreditation.domain.ServiceLevels;
import nl.vakwijzer.catalogue.api.Actor;

/** Service levels from the stored applications and their trail (see {@link ServiceLevels}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class DefaultServiceLevelService implements ServiceLevelService {
  @Inject ApplicationRepository applications;
  @Inject AccreditationService accreditation;
  @Inject Clock clock;

  /** For the CDI proxy. */
  DefaultServiceLevelService() {}

  DefaultServiceLevelService(ApplicationRepository applications, AccreditationService accreditation, Clock clock) {
    this.applications = applications;
    this.accreditation = accreditation;
    this.clock = clock;
  }

  @Override
  public List<ServiceLevel> serviceLevels(Actor actor) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Application.ZONE);
    Map<ApplicationId, Milestones> milestones = applications.milestones();
    List<ServiceLevel> levels = new ArrayList<>();
    for (ApplicationView a : accreditation.applications(actor)) {
      ServiceLevels.running(a, milestones.getOrDefault(a.id(), Milestones.NONE), today).ifPresent(levels::add);
    }
    levels.sort(Comparator.comparingInt(ServiceLevel::workingDaysLeft));
    return levels;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED) // the advisory lock lives until the commit
  public List<ServiceLevelBreach> recordExceeded(LocalDate today) {
    Map<ApplicationId, Milestones> milestones = applications.milestones();
    List<ServiceLevelBreach> recorded = new ArrayList<>();
    for (Application application : applications.findByStates(java.util.EnumSet.of(ApplicationState.INGEDIEND,
        ApplicationState.IN_BEOORDELING, ApplicationState.VISITATIE, ApplicationState.ADVIES))) {
      ApplicationView a = application.view();
      Milestones m = milestones.getOrDefault(a.id(), Milestones.NONE);
      Optional<ServiceLevel> level = ServiceLevels.running(a, m, today);
      if (level.isEmpty() || !level.get().isOverdue() || m.exceededStages().contains(level.get().stage().name())) {
        continue;
      }
      ServiceLevel l = level.get();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("stage", l.stage());
      details.put("limitWorkingDays", l.stage().workingDays());
      details.put("startedOn", l.startedOn());
      details.put("dueOn", l.dueOn());
      details.put("overdueBy", l.overdueBy());
      // the trail is checked again under a lock: a concurrent run records it once
      if (applications.recordOnce(a.id(), "stage", l.stage().name(),
          Application.note(clock.instant(), null, Milestones.SERVICE_LEVEL_EXCEEDED, details))) {
        recorded.add(new ServiceLevelBreach(l, a.version(), a.moduleTitle()));
      }
    }
    return recorded;
  }
}
