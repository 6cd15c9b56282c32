package nl.vakwijzer.catalogue.api;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules and the UI may know about an account. Never carries the password hash.
 */
public record AccountSummary(
    AccountId id,
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    Optional<OrganisationSummary> organisation,
    boolean active,
    Instant createdAt) {

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
