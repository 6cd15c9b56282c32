package nl.vakwijzer.catalogue.api;

import java.time.Instant;

/**
 * An attachment of a module version without its content. {@code mediaType} is the type found in
 * the content ({@code application/pdf} or the DOCX type), never the one the browser claimed.
 */
public record AttachmentSummary(
    AttachmentId id,
    AttachmentKind kind,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    Instant uploadedAt) {}
