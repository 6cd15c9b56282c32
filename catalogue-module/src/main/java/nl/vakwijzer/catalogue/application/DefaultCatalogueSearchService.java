package nl.vakwijzer.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import nl.vakwijzer.catalogue.api.search.CatalogueQuery;
import nl.vakwijzer.catalogue.api.search.CatalogueSearchResult;
import nl.vakwijzer.catalogue.api.search.CatalogueSearchService;
import nl.vakwijzer.catalogue.api.search.InvalidCatalogueQueryException;
import nl.vakwijzer.catalogue.domain.CatalogueSearchStore;

/** Validates the query and runs it on the store with today's date (Europe/Amsterdam) as reference. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class DefaultCatalogueSearchService implements CatalogueSearchService {
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Inject CatalogueSearchStore store;
  @Inject Clock clock;

  DefaultCatalogueSearchService() {}

  /** For tests: without CDI. */
  DefaultCatalogueSearchService(CatalogueSearchStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public CatalogueSearchResult search(CatalogueQuery query) {
    validate(query, store.regionCodes());
    return store.search(query, LocalDate.ofInstant(clock.instant(), ZONE));
  }

  @Override
  public int preload() {
    return store.preload();
  }

  static void validate(CatalogueQuery q, Set<String> regionCodes) {
    if (q.page() < 0) {
      throw new InvalidCatalogueQueryException(InvalidCatalogueQueryException.PAGE_INVALID, q.page());
    }
    if (q.size() < 1 || q.size() > CatalogueQuery.MAX_SIZE) {
      throw new InvalidCatalogueQueryException(InvalidCatalogueQueryException.SIZE_INVALID, q.size(),
          CatalogueQuery.MAX_SIZE);
    }
    if (q.text().length() > CatalogueQuery.MAX_TEXT) {
      throw new InvalidCatalogueQueryException(InvalidCatalogueQueryException.TEXT_TOO_LONG, CatalogueQuery.MAX_TEXT);
    }
    for (Integer level : q.levels()) {
      if (level == null || level < 0) {
        throw new InvalidCatalogueQueryException(InvalidCatalogueQueryException.LEVEL_INVALID, String.valueOf(level));
      }
    }
    for (String region : q.regions()) {
      if (!CatalogueQuery.ONLINE.equals(region) && !regionCodes.contains(region)) {
        throw new InvalidCatalogueQueryException(InvalidCatalogueQueryException.REGION_UNKNOWN, String.valueOf(region));
      }
    }
    if (q.maxPrice() != null && q.maxPrice().signum() < 0) {
      throw new InvalidCatalogueQueryException(InvalidCatalogueQueryException.PRICE_INVALID, q.maxPrice());
    }
    if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
      throw new InvalidCatalogueQueryException(InvalidCatalogueQueryException.PERIOD_INVALID, q.from(), q.to());
    }
  }
}
