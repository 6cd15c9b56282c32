package nl.vakwijzer.catalogue.api.event;

import java.time.Instant;
import nl.vakwijzer.catalogue.api.ModuleVersionId;

/**
 * A concept with only practical changes (material-change rule: PUBLISH_DIRECTLY) replaced the
 * accredited version at once: {@code replaced} is now VERVANGEN, {@code version} carries the
 * accreditation on.
 */
public record ModuleVersionPublished(ModuleVersionId version, ModuleVersionId replaced, Instant at) {}
