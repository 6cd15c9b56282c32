package nl.vakwijzer.web.catalogue.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.vakwijzer.catalogue.api.ItemDetail;
import nl.vakwijzer.catalogue.api.ItemLink;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.RelatedItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One framework item with its place in the tree ({@code parents}, {@code children}), every
 * association from it ({@code outgoing}) and to it ({@code incoming}), and its equivalents in
 * other frameworks: {@code exactMatches} (exactMatchOf, either direction, transitively) and
 * {@code related} (isRelatedTo, one hop).
 */
@Schema(name = "ItemDetail")
public record ItemDetailResponse(
    String id,
    String frameworkId,
    String frameworkCode,
    String humanCode,
    String type,
    String fullStatement,
    String abbreviatedStatement,
    int position,
    Map<String, String> extensions,
    String notes,
    String language,
    String uri,
    Instant lastChange,
    List<ItemSummaryResponse> parents,
    List<ItemSummaryResponse> children,
    List<AssociationResponse> outgoing,
    List<AssociationResponse> incoming,
    EquivalentsResponse equivalents) {

  /**
   * An association seen from the item: its CASE {@code associationType}, the item at the other
   * end, and the framework version that declares it.
   */
  @Schema(name = "ItemAssociation")
  public record AssociationResponse(
      String id, String type, ItemSummaryResponse other, Integer sequenceNumber, String notes, String declaredBy) {

    static AssociationResponse of(ItemLink link) {
      return new AssociationResponse(
          link.associationId().toString(),
          link.type().caseName(),
          ItemSummaryResponse.of(link.other()),
          link.sequenceNumber(),
          link.notes(),
          link.declaredBy().toString());
    }
  }

  /** Items equivalent to this one: same meaning, and overlapping meaning. */
  @Schema(name = "Equivalents")
  public record EquivalentsResponse(List<RelatedItemResponse> exactMatches, List<RelatedItemResponse> related) {}

  /** An equivalent item; {@code distance} is the number of association hops (1 = linked directly). */
  @Schema(name = "RelatedItem")
  public record RelatedItemResponse(ItemSummaryResponse item, String relation, int distance) {
    static RelatedItemResponse of(RelatedItem r) {
      return new RelatedItemResponse(ItemSummaryResponse.of(r.item()), r.relation().caseName(), r.distance());
    }
  }

  /**
   * The detail as a caller may see it: items of framework versions they may not read (concepts,
   * for anyone but a beheerder) are left out, and so are associations such versions declare.
   */
  static ItemDetailResponse of(ItemDetail d, Predicate<ItemSummary> visible, Predicate<ItemLink> visibleLink) {
    ItemSummary i = d.item();
    return new ItemDetailResponse(
        i.id().toString(),
        i.frameworkId().toString(),
        i.frameworkCode(),
        i.humanCode(),
        i.type().name(),
        i.fullStatement(),
        i.abbreviatedStatement(),
        i.position(),
        new TreeMap<>(i.extensions()),
        d.notes(),
        d.language(),
        d.uri(),
        d.lastChange(),
        d.parents().stream().filter(visible).map(ItemSummaryResponse::of).toList(),
        d.children().stream().filter(visible).map(ItemSummaryResponse::of).toList(),
        d.outgoing().stream().filter(visibleLink).map(AssociationResponse::of).toList(),
        d.incoming().stream().filter(visibleLink).map(AssociationResponse::of).toList(),
        new EquivalentsResponse(
            d.equivalents().exactMatches().stream().filter(r -> visible.test(r.item())).map(RelatedItemResponse::of).toList(),
            d.equivalents().related().stream().filter(r -> visible.test(r.item())).map(RelatedItemResponse::of).toList()));
  }
}
