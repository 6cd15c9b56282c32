package nl.vakwijzer.catalogue.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A training-provider organisation with its status and profile, as the beheerder and the
 * provider's own users see it.
 *
 * @param regions the served regions, in the list's order
 * @param rejectionReason set when the registration was rejected
 * @param registeredBy the first user (organisation admin) of a self-registered provider
 */
public record Provider(
    OrganisationSummary organisation,
    OrganisationStatus status,
    ProviderProfile profile,
    List<Region> regions,
    Instant registeredAt,
    Optional<String> rejectionReason,
    Optional<Colleague> registeredBy) {}
