package nl.vakwijzer.accreditation.api;

import nl.vakwijzer.catalogue.api.ModuleVersionId;

/** A service level exceeded, recorded (once per application and stage) by the timed work. */
public record ServiceLevelBreach(ServiceLevel serviceLevel, ModuleVersionId version, String moduleTitle) {}
