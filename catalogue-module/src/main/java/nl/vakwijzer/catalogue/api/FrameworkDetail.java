package nl.vakwijzer.catalogue.api;

import java.time.Instant;
import java.util.List;

/**
 * One framework version with its description, source citation and the roots of its item tree.
 *
 * <p>{@code notes} hold the source citation and the transcription choices; {@code sourceFile}
 * and {@code sourceSection} name where in the source document it comes from;
 * {@code publicationDate} is the year or date as printed ("2007", "2021-08-01"). Optional texts
 * are {@code null} when the package did not give them. {@code topLevelItems} are the items
 * without a parent in this framework, in document order: the starting points of a tree view.
 */
public record FrameworkDetail(
    FrameworkSummary summary,
    String creator,
    String description,
    String language,
    String notes,
    String sourceFile,
    String sourceSection,
    String publicationDate,
    String officialSourceUrl,
    Instant lastChange,
    Instant createdAt,
    List<ItemSummary> topLevelItems) {

  public FrameworkDetail {
    topLevelItems = List.copyOf(topLevelItems);
  }

  public FrameworkId id() {
    return summary.id();
  }
}
