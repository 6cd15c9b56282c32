package nl.vakwijzer.catalogue.api.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ItemId;

/**
 * A public catalogue search. Empty sets and {@code null} values mean "no filter"; several values of
 * one facet are alternatives (or), different facets all apply (and).
 *
 * <ul>
 *   <li><b>text</b>: Dutch full-text query (web-search syntax: quotes for phrases, {@code or}, a
 *       leading {@code -} excludes); blank lists everything accredited.
 *   <li><b>competencies</b>: an accepted claim on one of them.
 *   <li><b>levels</b>: an accepted claim whose accepted to-level has one of these ordinals (0 =
 *       Basis, 1 = Vakbekwaam, 2 = Vakvolwassen on the Standaard's scale).
 *   <li><b>regions</b>: region codes of {@code catalogue.region} (provinces, {@code LANDELIJK}) or
 *       {@link #ONLINE}: the provider serves the region or is nationwide; ONLINE: the module is
 *       delivered online or has an online offering.
 *   <li><b>priceRanges</b> / <b>maxPrice</b>: the price per participant (excl. in-company).
 *   <li><b>from</b> / <b>to</b>: an offering that is PLANNED or OPEN starts (first date) within the
 *       period; an open start means the reference date (past offerings never count).
 * </ul>
 */
public record CatalogueQuery(
    String text,
    Set<ItemId> competencies,
    Set<Integer> levels,
    Set<String> regions,
    Set<DeliveryMode> deliveryModes,
    Set<PriceRange> priceRanges,
    BigDecimal maxPrice,
    LocalDate from,
    LocalDate to,
    int page,
    int size) {
  /** The pseudo-region for online delivery. */
  public static final String ONLINE = "ONLINE";

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_TEXT = 200;

  public CatalogueQuery {
    text = text == null ? "" : text.strip();
    competencies = competencies == null ? Set.of() : Set.copyOf(competencies);
    levels = levels == null ? Set.of() : Set.copyOf(levels);
    regions = regions == null ? Set.of() : Set.copyOf(regions);
    deliveryModes = deliveryModes == null ? Set.of() : Set.copyOf(deliveryModes);
    priceRanges = priceRanges == null ? Set.of() : Set.copyOf(priceRanges);
  }

  /** Everything accredited, first page. */
  public static CatalogueQuery all() {
    return text("");
  }

  public static CatalogueQuery text(String text) {
    return new CatalogueQuery(text, null, null, null, null, null, null, null, null, 0, DEFAULT_SIZE);
  }

  public CatalogueQuery withCompetencies(Set<ItemId> value) {
    return new CatalogueQuery(text, value, levels, regions, deliveryModes, priceRanges, maxPrice, from, to, page, size);
  }

  public CatalogueQuery withLevels(Set<Integer> value) {
    return new CatalogueQuery(text, competencies, value, regions, deliveryModes, priceRanges, maxPrice, from, to, page, size);
  }

  public CatalogueQuery withRegions(Set<String> value) {
    return new CatalogueQuery(text, competencies, levels, value, deliveryModes, priceRanges, maxPrice, from, to, page, size);
  }

  public CatalogueQuery withDeliveryModes(Set<DeliveryMode> value) {
    return new CatalogueQuery(text, competencies, levels, regions, value, priceRanges, maxPrice, from, to, page, size);
  }

  public CatalogueQuery withPriceRanges(Set<PriceRange> value) {
    return new CatalogueQuery(text, competencies, levels, regions, deliveryModes, value, maxPrice, from, to, page, size);
  }

  public CatalogueQuery withMaxPrice(BigDecimal value) {
    return new CatalogueQuery(text, competencies, levels, regions, deliveryModes, priceRanges, value, from, to, page, size);
  }

  public CatalogueQuery withPeriod(LocalDate start, LocalDate end) {
    return new CatalogueQuery(text, competencies, levels, regions, deliveryModes, priceRanges, maxPrice, start, end, page, size);
  }

  public CatalogueQuery withPage(int number, int pageSize) {
    return new CatalogueQuery(text, competencies, levels, regions, deliveryModes, priceRanges, maxPrice, from, to, number, pageSize);
  }
}
