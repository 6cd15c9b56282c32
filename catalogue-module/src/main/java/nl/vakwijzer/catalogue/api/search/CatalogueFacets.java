package nl.vakwijzer.catalogue.api.search;

import java.util.List;

/**
 * The facets of a search, each a list of values with counts: competencies (most results first),
 * levels (by ordinal), regions (ONLINE first, then the region list's order), delivery modes, price
 * ranges and periods (in their enum order, cumulative). Values with count 0 are left out, except
 * for the periods and the values the query filters on.
 */
public record CatalogueFacets(
    List<FacetValue> competencies,
    List<FacetValue> levels,
    List<FacetValue> regions,
    List<FacetValue> deliveryModes,
    List<FacetValue> priceRanges,
    List<FacetValue> periods) {
  public CatalogueFacets {
    competencies = List.copyOf(competencies);
    levels = List.copyOf(levels);
    regions = List.copyOf(regions);
    deliveryModes = List.copyOf(deliveryModes);
    priceRanges = List.copyOf(priceRanges);
    periods = List.copyOf(periods);
  }
}
