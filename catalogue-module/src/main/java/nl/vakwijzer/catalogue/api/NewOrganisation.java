package nl.vakwijzer.catalogue.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A request to register an organisation. */
public record NewOrganisation(
    @NotBlank(message = "{catalogue.organisation.name.required}")
        @Size(max = 200, message = "{catalogue.organisation.name.size}")
        String name,
    @NotNull(message = "{catalogue.organisation.type.required}") OrganisationType type) {}
