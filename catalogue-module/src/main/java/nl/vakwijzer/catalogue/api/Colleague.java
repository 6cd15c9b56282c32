package nl.vakwijzer.catalogue.api;

/**
 * A user of a provider organisation, as its colleagues see it.
 *
 * @param username empty while an invitation is open
 * @param invitationOpen invited, but not yet accepted (the account is inactive meanwhile)
 */
public record Colleague(
    AccountId id,
    String displayName,
    String username,
    String email,
    boolean active,
    boolean organisationAdmin,
    boolean invitationOpen) {}
