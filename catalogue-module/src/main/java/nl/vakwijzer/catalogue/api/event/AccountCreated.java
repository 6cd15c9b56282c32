package nl.vakwijzer.catalogue.api.event;

import java.time.Instant;
import java.util.Set;
import nl.vakwijzer.catalogue.api.AccountId;
import nl.vakwijzer.catalogue.api.Role;

/** An account was created; observers react after the transaction commits. */
public record AccountCreated(AccountId accountId, String username, Set<Role> roles, Instant at) {}
