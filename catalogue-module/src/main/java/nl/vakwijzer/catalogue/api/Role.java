package nl.vakwijzer.catalogue.api;

import java.util.Optional;

/**
 * The roles of Vakwijzer. The names are the security roles used in {@code web.xml} and
 * {@code @RolesAllowed}.
 *
 * <p>Each role says which kind of organisation its accounts must belong to, if any.
 */
public enum Role {
  /** Scheme administrator: manages organisations, accounts and reference data. */
  BEHEERDER(null),
  /** Member of a training-provider organisation. */
  AANBIEDER(OrganisationType.AANBIEDER),
  /** Auditor of the accrediting body. */
  AUDITOR(null),
  /** Accreditation decision-maker (never an auditor on the same application). */
  BESLUITNEMER(null),
  /** Member of a municipality (or an inter-municipal service). */
  GEMEENTE(OrganisationType.GEMEENTE);

  private final OrganisationType requiredOrganisationType;

  Role(OrganisationType requiredOrganisationType) {
    this.requiredOrganisationType = requiredOrganisationType;
  }

  /** The organisation type an account with this role must belong to; empty when none is needed. */
  public Optional<OrganisationType> requiredOrganisationType() {
    return Optional.ofNullable(requiredOrganisationType);
  }
}
