package nl.vakwijzer.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.OrganisationId;
import nl.vakwijzer.catalogue.api.OrganisationType;
import nl.vakwijzer.catalogue.api.Role;
import nl.vakwijzer.catalogue.api.UnknownOrganisationException;
import nl.vakwijzer.catalogue.api.municipality.Arbeidsmarktregio;
import nl.vakwijzer.catalogue.api.municipality.ConcurrentMunicipalityChangeException;
import nl.vakwijzer.catalogue.api.municipality.Gemeentecode;
import nl.vakwijzer.catalogue.api.municipality.InvalidMunicipalityProfileException;
import nl.vakwijzer.catalogue.api.municipality.MunicipalityProfile;
import nl.vakwijzer.catalogue.api.municipality.MunicipalityProfileUpdate;
import nl.vakwijzer.catalogue.api.municipality.MunicipalityService;
import nl.vakwijzer.catalogue.domain.GapStore;

/**
 * Municipality profiles over {@link GapStore}. A GEMEENTE user acts for its own organisation only, a
 * BEHEERDER for every GEMEENTE organisation; everything else is {@link UnknownOrganisationException},
 * as for an id that does not exist.
 */
@ApplicationScoped
@Transactional
class DefaultMunicipalityService implements MunicipalityService {
  @Inject GapStore store;
  @Inject Clock clock;

  DefaultMunicipalityService() {}

  /** For tests: without CDI. */
  DefaultMunicipalityService(GapStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  static boolean mayAccess(Actor actor, OrganisationId organisation) {
    return actor != null
        && (actor.hasRole(Role.BEHEERDER) || (actor.hasRole(Role.GEMEENTE) && actor.actsFor(organisation)));
  }

  private String[] municipality(Actor actor, OrganisationId organisation) {
    String[] org = store.organisation(organisation.value())
        .filter(o -> mayAccess(actor, organisation))
        .orElseThrow(() -> new UnknownOrganisationException(organisation));
    if (!OrganisationType.GEMEENTE.name().equals(org[0])) {
      if (!actor.hasRole(Role.BEHEERDER)) {
        throw new UnknownOrganisationException(organisation);
      }
      throw new InvalidMunicipalityProfileException(InvalidMunicipalityProfileException.NOT_A_MUNICIPALITY);
    }
    return org;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<MunicipalityProfile> profile(Actor actor, OrganisationId organisation) {
    municipality(actor, organisation);
    return store.municipalityProfile(organisation.value());
  }

  @Override
  public MunicipalityProfile update(
      Actor actor, OrganisationId organisation, long expectedRevision, MunicipalityProfileUpdate update) {
    String[] org = municipality(actor, organisation);
    Gemeentecode code = Gemeentecode.of(update.code());
    Arbeidsmarktregio region = Arbeidsmarktregio.parse(update.region());
    var served = new TreeSet<Gemeentecode>();
    for (String s : update.servedCodes()) {
      if (s != null && !s.isBlank()) {
        served.add(Gemeentecode.of(s));
      }
    }
    if (!update.interMunicipalService() && !served.isEmpty()) {
      throw new InvalidMunicipalityProfileException(InvalidMunicipalityProfileException.SERVED_WITHOUT_SERVICE);
    }
    if (update.interMunicipalService() && served.isEmpty()) {
      throw new InvalidMunicipalityProfileException(InvalidMunicipalityProfileException.SERVED_EMPTY);
    }
    if (store.codeTaken(code.value(), organisation.value())) {
      throw new InvalidMunicipalityProfileException(InvalidMunicipalityProfileException.CODE_TAKEN, code.value());
    }
    MunicipalityProfile profile = new MunicipalityProfile(organisation, org[1], code, region,
        update.interMunicipalService(), served, expectedRevision + 1);
    if (!store.saveMunicipalityProfile(profile, expectedRevision, clock.instant())) {
      throw new ConcurrentMunicipalityChangeException();
    }
    return store.municipalityProfile(organisation.value()).orElseThrow();
  }

  @Override
  public List<Arbeidsmarktregio> regions() {
    return new ArrayList<>(Arrays.asList(Arbeidsmarktregio.values()));
  }
}
