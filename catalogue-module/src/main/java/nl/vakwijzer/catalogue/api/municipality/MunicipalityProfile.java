package nl.vakwijzer.catalogue.api.municipality;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * The municipality details of a GEMEENTE organisation: its CBS code, its arbeidsmarktregio and,
 * when it is an inter-municipal service (ISD/RSD), the municipalities it serves. {@code revision}
 * is for optimistic locking (0 = never saved).
 */
public record MunicipalityProfile(
    OrganisationId organisation,
    String name,
    Gemeentecode code,
    Arbeidsmarktregio region,
    boolean interMunicipalService,
    Set<Gemeentecode> served,
    long revision) {
  public MunicipalityProfile {
    Objects.requireNonNull(organisation, "organisation");
    served = served == null ? Set.of() : Set.copyOf(new TreeSet<>(served));
  }
}
