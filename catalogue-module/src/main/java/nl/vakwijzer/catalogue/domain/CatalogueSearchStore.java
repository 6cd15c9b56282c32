package nl.vakwijzer.catalogue.domain;

import java.time.LocalDate;
import java.util.Set;
import nl.vakwijzer.catalogue.api.search.CatalogueQuery;
import nl.vakwijzer.catalogue.api.search.CatalogueSearchResult;

/** The read side of the public catalogue: full-text search with facets over accredited versions. */
public interface CatalogueSearchStore {

  /** The region codes known to the catalogue (provinces and LANDELIJK). */
  Set<String> regionCodes();

  /** Runs a validated query; accredited means GEACCREDITEERD and not ended before {@code asOf}. */
  CatalogueSearchResult search(CatalogueQuery query, LocalDate asOf);

  /** Brings what the store keeps in memory up to date now; the number of versions it holds ({@code -1}: none kept). */
  int preload();
}
