package nl.vakwijzer.web.catalogue.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.FrameworkDetail;
import nl.vakwijzer.catalogue.api.FrameworkSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One framework version with its description and source citation ({@code notes},
 * {@code sourceFile}, {@code sourceSection}, {@code publicationDate}) and the items at the top of
 * its tree ({@code topLevelItems}, in document order).
 */
@Schema(name = "FrameworkDetail")
public record FrameworkDetailResponse(
    String id,
    String code,
    String title,
    String version,
    String status,
    String publisher,
    boolean reference,
    Map<String, Integer> itemCounts,
    int itemCount,
    int associationCount,
    String creator,
    String description,
    String language,
    String notes,
    String sourceFile,
    String sourceSection,
    String publicationDate,
    String officialSourceUrl,
    Instant lastChange,
    List<ItemSummaryResponse> topLevelItems) {

  static FrameworkDetailResponse of(FrameworkDetail d) {
    FrameworkSummary f = d.summary();
    return new FrameworkDetailResponse(
        f.id().toString(),
        f.code(),
        f.title(),
        f.version(),
        f.status().name(),
        f.publisher(),
        f.reference(),
        FrameworkSummaryResponse.counts(f),
        f.itemCount(),
        f.associationCount(),
        d.creator(),
        d.description(),
        d.language(),
        d.notes(),
        d.sourceFile(),
        d.sourceSection(),
        d.publicationDate(),
        d.officialSourceUrl(),
        d.lastChange(),
        d.topLevelItems().stream().map(ItemSummaryResponse::of).toList());
  }
}
