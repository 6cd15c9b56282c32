package nl.vakwijzer.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.vakwijzer.catalogue.api.AcceptedClaim;
import nl.vakwijzer.catalogue.api.IllegalModuleTransitionException;
import nl.vakwijzer.catalogue.api.ModuleAccreditationService;
import nl.vakwijzer.catalogue.api.ModuleVersion;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.ModuleVersionStatus;
import nl.vakwijzer.catalogue.api.UnknownModuleException;
import nl.vakwijzer.catalogue.api.event.ModuleVersionAccredited;
import nl.vakwijzer.catalogue.domain.ModuleRepository;
import nl.vakwijzer.catalogue.domain.ModuleSession;

/**
 * The accreditation workflow's side of a module version's life:
 *
 * <pre>
 * INGEDIEND --recordStage--> INGEDIEND (stage)
 * INGEDIEND --returnToProvider--> CONCEPT
 * INGEDIEND --accredit--> GEACCREDITEERD (the module's earlier accredited version: VERVANGEN)
 * INGEDIEND --reject--> AFGEWEZEN
 * GEACCREDITEERD --end--> VERLOPEN | GESCHORST | INGETROKKEN
 * </pre>
 *
 * Any other step raises {@link IllegalModuleTransitionException}. Every step raises the version's
 * revision, so a provider's stale page cannot overwrite it. Role checks belong to the caller (the
 * accreditation module or web module), as for the other catalogue services called by staff.
 */
@ApplicationScoped
@Transactional
class DefaultModuleAccreditationService implements ModuleAccreditationService {
  private static final Set<ModuleVersionStatus> ENDINGS =
      EnumSet.of(ModuleVersionStatus.VERLOPEN, ModuleVersionStatus.GESCHORST, ModuleVersionStatus.INGETROKKEN);

  @Inject ModuleRepository repository;
  @Inject Clock clock;
  @Inject Event<ModuleVersionAccredited> accredited;

  DefaultModuleAccreditationService() {}

  /** For tests: a service on a given repository and clock, without CDI; events are dropped. */
  DefaultModuleAccreditationService(ModuleRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  private static ModuleVersion in(ModuleSession s, ModuleVersionId id, ModuleVersionStatus required, Object target) {
    return in(s, id, EnumSet.of(required), target);
  }

  private static ModuleVersion in(ModuleSession s, ModuleVersionId id, Set<ModuleVersionStatus> allowed, Object target) {
    ModuleVersion version = s.version(id.value()).orElseThrow(() -> new UnknownModuleException(id));
    if (!allowed.contains(version.status())) {
      throw new IllegalModuleTransitionException(version.status(), target);
    }
    return version;
  }

  @Override
  public void recordStage(ModuleVersionId version, String stage) {
    repository.write(s -> {
      in(s, version, ModuleVersionStatus.INGEDIEND, stage);
      return s.recordStage(version.value(), stage, clock.instant());
    });
  }

  @Override
  public void returnToProvider(ModuleVersionId version) {
    repository.write(s -> {
      ModuleVersion submitted = in(s, version, ModuleVersionStatus.INGEDIEND, ModuleVersionStatus.CONCEPT);
      s.lockModule(submitted.module().value());
      return s.changeStatus(version.value(), null, ModuleVersionStatus.CONCEPT, null, clock.instant());
    });
  }

  @Override
  public void accredit(ModuleVersionId version, LocalDate until, List<AcceptedClaim> accepted) {
    repository.write(s -> {
      // from AFGEWEZEN when an objection changes a rejection into an accreditation
      ModuleVersion submitted =
          in(s, version, EnumSet.of(ModuleVersionStatus.INGEDIEND, ModuleVersionStatus.AFGEWEZEN), ModuleVersionStatus.GEACCREDITEERD);
      s.lockModule(submitted.module().value());
      Instant now = clock.instant();
      s.versions(submitted.module().value()).stream()
          .filter(v -> v.status().isAccredited())
          .forEach(v -> s.changeStatus(v.id().value(), null, ModuleVersionStatus.VERVANGEN, null, now));
      s.accredit(version.value(), until, now);
      if (!s.acceptClaims(version.value(), accepted)) {
        throw new IllegalArgumentException("an accepted claim is not a claim of version " + version);
      }
      return null;
    });
    if (accredited != null) {
      accredited.fire(new ModuleVersionAccredited(version, until, clock.instant()));
    }
  }

  @Override
  public void reject(ModuleVersionId version) {
    repository.write(s -> {
      // from GEACCREDITEERD when an objection changes an accreditation into a rejection
      in(s, version, EnumSet.of(ModuleVersionStatus.INGEDIEND, ModuleVersionStatus.GEACCREDITEERD), ModuleVersionStatus.AFGEWEZEN);
      return s.changeStatus(version.value(), null, ModuleVersionStatus.AFGEWEZEN, null, clock.instant());
    });
  }

  @Override
  public void end(ModuleVersionId version, ModuleVersionStatus newStatus) {
    repository.write(s -> {
      ModuleVersion accredited = s.version(version.value()).orElseThrow(() -> new UnknownModuleException(version));
      if (accredited.status() == ModuleVersionStatus.VERVANGEN && ENDINGS.contains(newStatus)) {
        // A practical change published directly carries the same accreditation (same end date) in a
        // newer version: end that one. A version replaced by a renewal has left the offer already.
        s.lockModule(accredited.module().value());
        Optional<ModuleVersion> successor = s.versions(accredited.module().value()).stream()
            .filter(v -> v.number() > accredited.number() && v.status().isAccredited()
                && java.util.Objects.equals(v.accreditedUntil(), accredited.accreditedUntil()))
            .reduce((first, second) -> second);
        return successor.map(v -> s.changeStatus(v.id().value(), null, newStatus, null, clock.instant())).orElse(true);
      }
      if (!accredited.status().isAccredited() || !ENDINGS.contains(newStatus)) {
        throw new IllegalModuleTransitionException(accredited.status(), newStatus);
      }
      return s.changeStatus(version.value(), null, newStatus, null, clock.instant());
    });
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AcceptedClaim> acceptedClaims(ModuleVersionId version) {
    return repository.read(s -> {
      ModuleVersion v = s.version(version.value()).orElseThrow(() -> new UnknownModuleException(version));
      return v.status().isAccredited() ? s.acceptedClaims(version.value()) : List.of();
    });
  }
}
