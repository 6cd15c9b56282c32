package nl.vakwijzer.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.search.CatalogueHit;
import nl.vakwijzer.catalogue.api.search.CatalogueQuery;
import nl.vakwijzer.catalogue.api.search.CatalogueSearchResult;
import nl.vakwijzer.catalogue.api.search.CatalogueSearchService;
import nl.vakwijzer.catalogue.api.search.FacetValue;
import nl.vakwijzer.catalogue.api.search.HitClaim;
import nl.vakwijzer.catalogue.api.search.InvalidCatalogueQueryException;
import nl.vakwijzer.catalogue.api.search.OfferingPeriod;
import nl.vakwijzer.catalogue.api.search.PriceRange;
import nl.vakwijzer.web.shared.Bundle;
import nl.vakwijzer.web.shared.LocaleSelector;

/**
 * The public catalogue ({@code modules/index.xhtml}, "Opleidingsaanbod"): a plain GET form (query
 * and facet checkboxes), so every search is a bookmarkable URL and works without script. Parameters:
 * {@code q}, {@code competentie}, {@code niveau}, {@code regio}, {@code vorm}, {@code prijs} (each
 * repeatable), {@code periode} and {@code pagina} (1-based). Values the page does not know are
 * ignored rather than refused: the page only ever links valid ones.
 */
@Named
@RequestScoped
public class ModuleSearchView {
  static final int PAGE_SIZE = 10;
  static final int MAX_COMPETENCY_OPTIONS = 25;
  private static final List<String> DEFAULT_LEVELS = List.of("Basis", "Vakbekwaam", "Vakvolwassen");

  @Inject CatalogueSearchService search;
  @Inject LocaleSelector localeSelector;

  private String query = "";
  private final Set<String> competencies = new LinkedHashSet<>();
  private final Set<String> levels = new LinkedHashSet<>();
  private final Set<String> regions = new LinkedHashSet<>();
  private final Set<String> modes = new LinkedHashSet<>();
  private final Set<String> prices = new LinkedHashSet<>();
  private String period = "";
  private int page;
  private CatalogueSearchResult result;
  private String error;
  private Locale locale;

  /** One checkbox or radio button of a facet. */
  public record Option(String id, String name, String value, String label, long count, boolean checked) {}

  /** One result as the page shows it. */
  public record Result(CatalogueHit hit, List<String> claims, String validity, String nextOffering, String price) {}

  /** The view action: reads the parameters and searches. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    // the template sets the view's locale from the selector only when it renders, after this action
    locale = Bundle.supported(localeSelector.getLocale());
    Map<String, String[]> params = context.getExternalContext().getRequestParameterValuesMap();
    query = first(params, "q");
    if (query.length() > CatalogueQuery.MAX_TEXT) {
      query = query.substring(0, CatalogueQuery.MAX_TEXT);
    }
    Set<ItemId> competencyIds = new LinkedHashSet<>();
    for (String v : all(params, "competentie")) {
      try {
        competencyIds.add(new ItemId(UUID.fromString(v)));
        competencies.add(v);
      } catch (IllegalArgumentException e) {
        // ignored: see the class description
      }
    }
    Set<Integer> levelOrdinals = new LinkedHashSet<>();
    for (String v : all(params, "niveau")) {
      if (v.matches("[0-9]{1,2}")) {
        levelOrdinals.add(Integer.parseInt(v));
        levels.add(v);
      }
    }
    for (String v : all(params, "regio")) {
      if (v.matches("[A-Z_]{1,30}")) {
        regions.add(v);
      }
    }
    Set<DeliveryMode> deliveryModes = new LinkedHashSet<>();
    for (String v : all(params, "vorm")) {
      for (DeliveryMode m : DeliveryMode.values()) {
        if (m.name().equals(v)) {
          deliveryModes.add(m);
          modes.add(v);
        }
      }
    }
    Set<PriceRange> priceRanges = new LinkedHashSet<>();
    for (String v : all(params, "prijs")) {
      for (PriceRange r : PriceRange.values()) {
        if (r.name().equals(v)) {
          priceRanges.add(r);
          prices.add(v);
        }
      }
    }
    OfferingPeriod within = null;
    for (OfferingPeriod p : OfferingPeriod.values()) {
      if (p.name().equals(first(params, "periode"))) {
        within = p;
        period = p.name();
      }
    }
    String pageText = first(params, "pagina");
    page = pageText.matches("[0-9]{1,6}") ? Math.max(0, Integer.parseInt(pageText) - 1) : 0;
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
    CatalogueQuery q = new CatalogueQuery(query, competencyIds, levelOrdinals, regions, deliveryModes, priceRanges,
        null, within == null ? null : today, within == null ? null : within.end(today), page, PAGE_SIZE);
    try {
      result = search.search(q);
    } catch (InvalidCatalogueQueryException e) {
      error = Bundle.text(locale, e.messageKey(), e.arguments().toArray());
    }
  }

  private static String first(Map<String, String[]> params, String name) {
    String[] values = params.get(name);
    return values == null || values.length == 0 || values[0] == null ? "" : values[0].strip();
  }

  private static List<String> all(Map<String, String[]> params, String name) {
    String[] values = params.get(name);
    return values == null ? List.of() : List.of(values);
  }

  private String text(String key, Object... arguments) {
    return Bundle.text(locale, key, arguments);
  }

  // ------------------------------------------------------------------ results

  public String getQuery() {
    return query;
  }

  public String getError() {
    return error;
  }

  public boolean isHasResults() {
    return result != null && !result.hits().content().isEmpty();
  }

  public boolean isNoResults() {
    return result != null && result.hits().content().isEmpty();
  }

  public long getTotal() {
    return result == null ? 0 : result.hits().totalElements();
  }

  public List<Result> getResults() {
    if (result == null) {
      return List.of();
    }
    List<Result> results = new ArrayList<>();
    for (CatalogueHit hit : result.hits().content()) {
      List<String> claims = hit.claims().stream().map(this::claim).toList();
      String validity = hit.accreditedUntil() == null ? text("catalogue.search.validOpen")
          : text("catalogue.search.validUntil", date(hit.accreditedUntil()));
      String next = hit.nextOffering() == null ? text("catalogue.search.noOffering")
          : text("catalogue.search.nextOffering", date(hit.nextOffering()),
              hit.nextOfferingPlace().isEmpty() ? text("catalogue.search.online") : hit.nextOfferingPlace());
      String price = hit.pricePerParticipant() == null ? text("catalogue.search.priceOnRequest")
          : text("catalogue.search.pricePerParticipant", money(hit.pricePerParticipant()));
      results.add(new Result(hit, claims, validity, next, price));
    }
    return results;
  }

  private String claim(HitClaim c) {
    return text("catalogue.search.claim", c.competencyCode(), c.competencyName(),
        level(c.fromLevel(), c.fromLevelName()), level(c.toLevel(), c.toLevelName()));
  }

  private static String level(int ordinal, String name) {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return ordinal >= 0 && ordinal < DEFAULT_LEVELS.size() ? DEFAULT_LEVELS.get(ordinal) : String.valueOf(ordinal);
  }

  private String date(LocalDate date) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
  }

  private String money(BigDecimal amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL"));
    return format.format(amount);
  }

  // ------------------------------------------------------------------ facets

  private List<Option> options(String name, List<FacetValue> values, Set<String> checked,
      java.util.function.Function<FacetValue, String> label) {
    List<Option> options = new ArrayList<>();
    int i = 0;
    for (FacetValue v : values) {
      options.add(new Option(name + "-" + i++, name, v.value(), label.apply(v), v.count(), checked.contains(v.value())));
    }
    return options;
  }

  public List<Option> getCompetencyOptions() {
    if (result == null) {
      return List.of();
    }
    List<FacetValue> values = result.facets().competencies();
    List<FacetValue> shown = new ArrayList<>();
    for (FacetValue v : values) {
      if (shown.size() < MAX_COMPETENCY_OPTIONS || competencies.contains(v.value())) {
        shown.add(v);
      }
    }
    return options("competentie", shown, competencies, v -> v.label().isBlank() ? v.value() : v.label());
  }

  public List<Option> getLevelOptions() {
    return result == null ? List.of() : options("niveau", result.facets().levels(), levels,
        v -> level(Integer.parseInt(v.value()), null));
  }

  public List<Option> getRegionOptions() {
    return result == null ? List.of() : options("regio", result.facets().regions(), regions,
        v -> CatalogueQuery.ONLINE.equals(v.value()) ? text("catalogue.search.region.online")
            : v.label().isBlank() ? v.value() : v.label());
  }

  public List<Option> getModeOptions() {
    return result == null ? List.of() : options("vorm", result.facets().deliveryModes(), modes,
        v -> text("catalogue.provider.deliveryMode." + v.value()));
  }

  public List<Option> getPriceOptions() {
    return result == null ? List.of() : options("prijs", result.facets().priceRanges(), prices,
        v -> text("catalogue.search.price." + v.value()));
  }

  public List<Option> getPeriodOptions() {
    return result == null ? List.of() : options("periode", result.facets().periods(), Set.of(period),
        v -> text("catalogue.search.period." + v.value()));
  }

  public boolean isAnyPeriod() {
    return period.isEmpty();
  }

  // ------------------------------------------------------------------ paging

  public int getPage() {
    return page + 1;
  }

  public int getPages() {
    return result == null ? 0 : result.hits().totalPages();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return result != null && result.hits().hasNext();
  }

  public String getPreviousUrl() {
    return url(page);
  }

  public String getNextUrl() {
    return url(page + 2);
  }

  /** The query string of this search on another (1-based) page. */
  private String url(int pageNumber) {
    StringBuilder b = new StringBuilder("?q=").append(encode(query));
    competencies.forEach(v -> b.append("&competentie=").append(encode(v)));
    levels.forEach(v -> b.append("&niveau=").append(encode(v)));
    regions.forEach(v -> b.append("&regio=").append(encode(v)));
    modes.forEach(v -> b.append("&vorm=").append(encode(v)));
    prices.forEach(v -> b.append("&prijs=").append(encode(v)));
    if (!period.isEmpty()) {
      b.append("&periode=").append(encode(period));
    }
    return b.append("&pagina=").append(pageNumber).toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
