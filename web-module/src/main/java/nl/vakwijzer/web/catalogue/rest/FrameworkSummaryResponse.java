package nl.vakwijzer.web.catalogue.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.vakwijzer.catalogue.api.FrameworkSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One framework version in a list: {@code status} is CONCEPT, GEPUBLICEERD, VERVANGEN or
 * INGETROKKEN; {@code itemCounts} the number of items per CFItemType code (only the types it
 * uses, in the model's order); {@code reference} whether Vakwijzer ships it (read-only).
 */
@Schema(name = "FrameworkSummary")
public record FrameworkSummaryResponse(
    String id,
    String code,
    String title,
    String version,
    String status,
    String publisher,
    boolean reference,
    Map<String, Integer> itemCounts,
    int itemCount,
    int associationCount) {

  static FrameworkSummaryResponse of(FrameworkSummary f) {
    return new FrameworkSummaryResponse(
        f.id().toString(),
        f.code(),
        f.title(),
        f.version(),
        f.status().name(),
        f.publisher(),
        f.reference(),
        counts(f),
        f.itemCount(),
        f.associationCount());
  }

  static Map<String, Integer> counts(FrameworkSummary f) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    f.itemCounts().forEach((type, count) -> counts.put(type.name(), count));
    return counts;
  }
}
