package nl.vakwijzer.catalogue.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * The CFDocument of a CASE package: one version of a framework.
 *
 * <p>Vakwijzer reads its own metadata from {@code extensions}: {@code code} (e.g. {@code SV}),
 * {@code sourceFile}, {@code sourceSection} and {@code publicationDate}. Fields are {@code null}
 * when absent (or invalid, in which case the reader has reported an error).
 */
public record CaseDocument(
    UUID identifier,
    String uri,
    String creator,
    String title,
    OffsetDateTime lastChange,
    String publisher,
    String description,
    String language,
    String version,
    String adoptionStatus,
    String notes,
    String officialSourceUrl,
    JsonObject extensions) {

  /** Version used when the document gives none. */
  public static final String DEFAULT_VERSION = "1";

  /**
   * The framework code: {@code extensions.code}, or for packages from elsewhere {@code CASE-}
   * plus the first eight hex digits of the identifier.
   */
  public String code() {
    String code = extension("code");
    if (code != null && !code.isBlank()) {
      return code.strip();
    }
    return identifier == null
        ? null
        : "CASE-" + identifier.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** The version, {@value #DEFAULT_VERSION} when the document gives none. */
  public String versionOrDefault() {
    return version == null || version.isBlank() ? DEFAULT_VERSION : version.strip();
  }

  public String sourceFile() {
    return extension("sourceFile");
  }

  public String sourceSection() {
    return extension("sourceSection");
  }

  public String publicationDate() {
    return extension("publicationDate");
  }

  private String extension(String name) {
    if (extensions == null) {
      return null;
    }
    JsonValue value = extensions.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }
}
