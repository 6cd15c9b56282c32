package nl.vakwijzer.web.catalogue.rest;

import java.util.Map;
import java.util.TreeMap;
import nl.vakwijzer.catalogue.api.ItemSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A framework item as lists show it. {@code type} is the CASE CFItemType code (e.g.
 * {@code BEHAVIOUR_EXAMPLE}); {@code position} the 1-based document order in its framework;
 * {@code extensions} the item's scalar CASE extensions as text (level, dimension, scaleValue, …).
 */
@Schema(name = "ItemSummary")
public record ItemSummaryResponse(
    String id,
    String frameworkId,
    String frameworkCode,
    String humanCode,
    String type,
    String fullStatement,
    String abbreviatedStatement,
    int position,
    Map<String, String> extensions) {

  static ItemSummaryResponse of(ItemSummary i) {
    return new ItemSummaryResponse(
        i.id().toString(),
        i.frameworkId().toString(),
        i.frameworkCode(),
        i.humanCode(),
        i.type().name(),
        i.fullStatement(),
        i.abbreviatedStatement(),
        i.position(),
        new TreeMap<>(i.extensions()));
  }
}
