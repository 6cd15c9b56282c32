package nl.vakwijzer.catalogue.api;

import java.time.Instant;

/**
 * A colleague invitation just made. {@code token} is the secret for the invitee's link; it is
 * returned this once and stored only as a SHA-256 hash.
 */
public record Invitation(
    AccountId account, String displayName, String email, String organisationName, String token, Instant expiresAt) {

  @Override
  public String toString() {
    return "Invitation[" + account + ", " + email + "]"; // never the token
  }
}
