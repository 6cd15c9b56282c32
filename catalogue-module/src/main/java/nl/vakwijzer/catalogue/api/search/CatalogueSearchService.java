package nl.vakwijzer.catalogue.api.search;

import jakarta.validation.constraints.NotNull;

/**
 * Anonymous search of the accredited offer: Dutch stemming ("klantmanagers" finds
 * "klantmanager"), accent- and hyphen-insensitive ("reintegratie" finds "re-integratie" and
 * "reïntegratie"), over title (weighs most), summary, target group and curriculum texts, plus the
 * names of the accepted competencies and of the provider. Needs no actor: everything it returns is
 * public.
 *
 * <p>Facet counts are disjunctive: the counts of one facet are computed with every filter except
 * that facet's own, so ticking a second value of the same facet widens the result as the count
 * says. Ranking: text relevance ({@code ts_rank}), then the nearest next offering, then the most
 * recent accreditation, then the title.
 */
public interface CatalogueSearchService {

  /**
   * @throws InvalidCatalogueQueryException for a page below 0, a size outside 1..100, a text over
   *     200 characters, a level below 0, an unknown region code, a negative maximum price or a
   *     period that ends before it starts
   */
  CatalogueSearchResult search(@NotNull CatalogueQuery query);

  /**
   * Loads what the search keeps in memory now rather than at the first search (at 100,000 modules
   * that takes seconds); the application calls it in the background at start-up.
   *
   * @return the number of accredited versions the search holds
   */
  int preload();
}
