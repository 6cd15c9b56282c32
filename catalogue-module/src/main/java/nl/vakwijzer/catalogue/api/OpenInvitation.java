package nl.vakwijzer.catalogue.api;

import java.time.Instant;

/** What the invitee's page shows of a valid, unused, unexpired invitation. */
public record OpenInvitation(String displayName, String email, String organisationName, Instant expiresAt) {}
