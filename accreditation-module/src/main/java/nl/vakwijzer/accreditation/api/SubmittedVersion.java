package nl.vakwijzer.accreditation.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * A module version a provider submitted for accreditation: the data of the catalogue's {@code
 * ModuleVersionSubmitted} event, which the web module hands to {@link AccreditationService#receive}.
 */
public record SubmittedVersion(
    @NotNull ModuleVersionId version,
    @NotNull ModuleId module,
    @NotNull OrganisationId provider,
    @Min(1) int number,
    @NotNull Instant at) {}
