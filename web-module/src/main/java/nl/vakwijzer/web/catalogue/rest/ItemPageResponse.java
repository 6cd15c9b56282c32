package nl.vakwijzer.web.catalogue.rest;

import java.util.List;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of items: {@code page} is 0-based; {@code totalElements} counts all pages. */
@Schema(name = "ItemPage")
public record ItemPageResponse(
    List<ItemSummaryResponse> content, int page, int size, long totalElements, int totalPages) {

  static ItemPageResponse of(Page<ItemSummary> page) {
    return new ItemPageResponse(
        page.content().stream().map(ItemSummaryResponse::of).toList(),
        page.page(),
        page.size(),
        page.totalElements(),
        page.totalPages());
  }
}
