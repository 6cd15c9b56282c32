package nl.vakwijzer.catalogue.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of an attachment of a module version. */
public record AttachmentId(UUID value) {
  public AttachmentId {
    Objects.requireNonNull(value, "value");
  }

  /** Parses a textual id; empty for anything that is not a UUID. */
  public static Optional<AttachmentId> parse(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(new AttachmentId(UUID.fromString(text.trim())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static AttachmentId random() {
    return new AttachmentId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
