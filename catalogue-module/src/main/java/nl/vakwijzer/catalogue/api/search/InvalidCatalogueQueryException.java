package nl.vakwijzer.catalogue.api.search;

import nl.vakwijzer.catalogue.api.CatalogueException;

/** A refused catalogue search; the key (a constant here) names what is wrong. */
public final class InvalidCatalogueQueryException extends CatalogueException {
  /** {0} = the page number. */
  public static final String PAGE_INVALID = "catalogue.search.pageInvalid";
  /** {0} = the size, {1} = the maximum. */
  public static final String SIZE_INVALID = "catalogue.search.sizeInvalid";
  /** {0} = the maximum length. */
  public static final String TEXT_TOO_LONG = "catalogue.search.textTooLong";
  /** {0} = the level. */
  public static final String LEVEL_INVALID = "catalogue.search.levelInvalid";
  /** {0} = the region code. */
  public static final String REGION_UNKNOWN = "catalogue.search.regionUnknown";
  /** {0} = the price. */
  public static final String PRICE_INVALID = "catalogue.search.priceInvalid";
  /** {0} = start, {1} = end. */
  public static final String PERIOD_INVALID = "catalogue.search.periodInvalid";

  public InvalidCatalogueQueryException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
