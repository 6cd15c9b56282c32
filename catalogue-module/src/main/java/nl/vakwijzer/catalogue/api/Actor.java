package nl.vakwijzer.catalogue.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who calls a provider-portal operation: the signed-in account, the organisation it acts for and
 * its roles. Services decide access from this, never from ids the caller sends: a provider user
 * only ever sees its own organisation's modules.
 */
public record Actor(AccountId account, OrganisationId organisation, Set<Role> roles) {
  public Actor {
    Objects.requireNonNull(account, "account");
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** Whether this actor may act for {@code owner}'s modules. */
  public boolean actsFor(OrganisationId owner) {
    return organisation != null && organisation.equals(owner);
  }
}
