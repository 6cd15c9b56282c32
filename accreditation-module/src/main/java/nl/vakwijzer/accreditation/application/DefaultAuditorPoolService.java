package nl.vakwijzer.accreditation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import nl.vakwijzer.accreditation.api.AccreditationRuleException;
import nl.vakwijzer.accreditation.api.ApplicationAccessException;
import nl.vakwijzer.accreditation.api.AuditorPoolService;
import nl.vakwijzer.accreditation.api.AuditorProfile;
import nl.vakwijzer.accreditation.api.UnknownAuditorException;
import nl.vakwijzer.accreditation.domain.AuditorRepository;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.Role;

@ApplicationScoped
@Transactional
class DefaultAuditorPoolService implements AuditorPoolService {
  @Inject AuditorRepository auditors;
  @Inject Clock clock;

  /** For the CDI proxy. */
  DefaultAuditorPoolService() {}

  DefaultAuditorPoolService(AuditorRepository auditors, Clock clock) {
    this.auditors = auditors;
    this.clock = clock;
  }

  @Override
  public AuditorProfile save(Actor actor, AuditorProfile profile) {
    if (!actor.hasRole(Role.BEHEERDER)) {
      throw new ApplicationAccessException(ApplicationAccessException.NOT_BEHEERDER);
    }
    if (profile.displayName() == null || profile.displayName().isBlank()) {
      throw new AccreditationRuleException(AccreditationRuleException.TEXT_REQUIRED);
    }
    if (profile.displayName().length() > 200) {
      throw new AccreditationRuleException(AccreditationRuleException.TEXT_TOO_LONG, 200);
    }
    if (profile.capacity() < 0 || profile.capacity() > 100) {
      throw new AccreditationRuleException(AccreditationRuleException.AUDITOR_AT_CAPACITY, profile.displayName());
    }
    auditors.save(profile, clock.instant());
    return auditor(profile.account());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditorProfile> auditors() {
    return auditors.all();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public AuditorProfile auditor(AccountId account) {
    return auditors.find(account).orElseThrow(() -> new UnknownAuditorException(account));
  }
}
