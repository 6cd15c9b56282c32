package nl.vakwijzer.catalogue.api;

/** An attachment with its bytes, for download. */
public record AttachmentContent(AttachmentSummary summary, byte[] content) {}
