package nl.vakwijzer.catalogue.api;

/** An organisation as other modules and the UI see it. */
public record OrganisationSummary(OrganisationId id, String name, OrganisationType type) {}
