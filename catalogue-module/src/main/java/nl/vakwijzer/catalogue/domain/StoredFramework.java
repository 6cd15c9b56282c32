package nl.vakwijzer.catalogue.domain;

import java.util.UUID;
import nl.vakwijzer.catalogue.api.FrameworkStatus;

/** What validation needs to know about a stored framework version. */
public record StoredFramework(
    UUID id, String code, String version, FrameworkStatus status, String contentHash) {}
