package nl.vakwijzer.catalogue.api;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of one version of a competency framework: the identifier of its CASE CFDocument.
 *
 * <p>Each version of a framework has its own id; the code (e.g. {@code SV}) is shared by the
 * versions.
 */
public record FrameworkId(UUID value) {
  public FrameworkId {
    Objects.requireNonNull(value, "value");
  }

  /** Parses the textual UUID form. */
  public static FrameworkId of(String value) {
    return new FrameworkId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
