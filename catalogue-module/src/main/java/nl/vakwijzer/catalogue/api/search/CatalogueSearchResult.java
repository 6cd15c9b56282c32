package nl.vakwijzer.catalogue.api.search;

import java.time.LocalDate;
import nl.vakwijzer.catalogue.api.Page;

/** One page of found modules, the facets of the whole result and the reference date used. */
public record CatalogueSearchResult(Page<CatalogueHit> hits, CatalogueFacets facets, LocalDate asOf) {}
