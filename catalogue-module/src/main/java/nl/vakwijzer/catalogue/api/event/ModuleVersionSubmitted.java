package nl.vakwijzer.catalogue.api.event;

import java.time.Instant;
import nl.vakwijzer.catalogue.api.ModuleId;
import nl.vakwijzer.catalogue.api.ModuleVersionId;
import nl.vakwijzer.catalogue.api.OrganisationId;

/**
 * A provider submitted a module version for accreditation. The web module observes it after commit
 * and hands the version to the accreditation module (catalogue never depends on accreditation).
 */
public record ModuleVersionSubmitted(
    ModuleVersionId version, ModuleId module, OrganisationId provider, int number, Instant at) {}
