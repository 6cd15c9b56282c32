package nl.vakwijzer.catalogue.api;

import java.util.Set;

/** The result of a successful credential check: who it is and which roles it holds. */
public record AuthenticatedAccount(AccountId id, String username, Set<Role> roles) {}
