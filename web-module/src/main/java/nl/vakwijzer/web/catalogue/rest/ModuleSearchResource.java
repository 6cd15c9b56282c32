package nl.vakwijzer.web.catalogue.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.vakwijzer.catalogue.api.DeliveryMode;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.search.CatalogueHit;
import nl.vakwijzer.catalogue.api.search.CatalogueQuery;
import nl.vakwijzer.catalogue.api.search.CatalogueSearchResult;
import nl.vakwijzer.catalogue.api.search.CatalogueSearchService;
import nl.vakwijzer.catalogue.api.search.FacetValue;
import nl.vakwijzer.catalogue.api.search.HitClaim;
import nl.vakwijzer.catalogue.api.search.PriceRange;
import nl.vakwijzer.web.rest.InvalidParametersException;
import nl.vakwijzer.web.rest.InvalidParametersException.Invalid;
import nl.vakwijzer.web.rest.ProblemMappers;
import nl.vakwijzer.web.shared.Bundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public catalogue (issue 6, item 10/11): anonymous Dutch full-text search over the accredited
 * offer with facets; only versions accredited today, with their accepted claims at the accepted
 * levels. Every list parameter may be repeated or comma-separated.
 */
@Path("v1/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opleidingsaanbod", description = "Public search of the accredited training offer")
public class ModuleSearchResource {
  private static final List<String> DEFAULT_LEVELS = List.of("Basis", "Vakbekwaam", "Vakvolwassen");

  @Inject CatalogueSearchService search;
  @Context HttpHeaders headers;

  /** One accepted claim at its accepted levels. */
  public record ClaimBody(String competency, String code, String name, int fromLevel, String fromLevelName,
      int toLevel, String toLevelName) {}

  /** One found module version; {@code href} is its public page. */
  public record ModuleHit(String version, String module, String title, String summary, String provider,
      String providerName, List<ClaimBody> claims, String accreditedUntil, String nextOffering,
      String nextOfferingPlace, String deliveryMode, BigDecimal pricePerParticipant, BigDecimal priceInCompany,
      double rank, String href) {}

  /** One facet value: what the filter parameter takes, a label in the caller's language, the count. */
  public record FacetBody(String value, String label, long count) {}

  /** The facets; counts per value with every other filter applied. */
  public record Facets(List<FacetBody> competency, List<FacetBody> level, List<FacetBody> region,
      List<FacetBody> deliveryMode, List<FacetBody> priceRange, List<FacetBody> period) {}

  /** One page of results with the facets of the whole result. */
  public record SearchBody(List<ModuleHit> content, int page, int size, long totalElements, int totalPages,
      Facets facets, String asOf) {}

  @GET
  @Operation(summary = "Search the accredited offer (public)",
      description = "Dutch full-text search (stemming, accent- and hyphen-insensitive) over accredited module"
          + " versions, with facets. An empty q lists everything accredited. Ranked by relevance, then the"
          + " nearest next offering, then the most recent accreditation.")
  @APIResponse(responseCode = "200", description = "One page of results with facets")
  @APIResponse(responseCode = "400", description = "A parameter is not valid (problem+json, one entry per parameter)")
  public SearchBody search(
      @Parameter(description = "Dutch search text (web-search syntax: \"phrase\", or, -exclude), at most 200 characters")
          @QueryParam("q") String q,
      @Parameter(description = "Competency item id(s) (UUID): an accepted claim on one of them")
          @QueryParam("competency") List<String> competency,
      @Parameter(description = "Accepted to-level ordinal(s): 0 Basis, 1 Vakbekwaam, 2 Vakvolwassen")
          @QueryParam("level") List<String> level,
      @Parameter(description = "Region code(s) (a province such as OVERIJSSEL, LANDELIJK, or ONLINE); a nationwide"
          + " provider serves every region") @QueryParam("region") List<String> region,
      @Parameter(description = "Delivery mode(s): KLASSIKAAL, ONLINE, BLENDED, IN_COMPANY")
          @QueryParam("deliveryMode") List<String> deliveryMode,
      @Parameter(description = "Price band(s): UP_TO_250, FROM_250_TO_500, FROM_500_TO_1000, FROM_1000, ON_REQUEST")
          @QueryParam("priceRange") List<String> priceRange,
      @Parameter(description = "Highest price per participant in euros") @QueryParam("maxPrice") String maxPrice,
      @Parameter(description = "Period start (yyyy-mm-dd): an offering starts on or after it")
          @QueryParam("from") String from,
      @Parameter(description = "Period end (yyyy-mm-dd): an offering starts on or before it") @QueryParam("to") String to,
      @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
          @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
          @QueryParam("size") String size) {
    List<Invalid> invalid = new ArrayList<>();
    Set<ItemId> competencies = parse(competency, "competency", invalid, v -> new ItemId(UUID.fromString(v)));
    Set<Integer> levels = parse(level, "level", invalid, v -> {
      int n = Integer.parseInt(v);
      if (n < 0 || n > 99) {
        throw new IllegalArgumentException(v);
      }
      return n;
    });
    Set<String> regions = parse(region, "region", invalid, v -> v.toUpperCase(Locale.ROOT));
    Set<DeliveryMode> modes = parse(deliveryMode, "deliveryMode", invalid, v -> DeliveryMode.valueOf(v.toUpperCase(Locale.ROOT)));
    Set<PriceRange> ranges = parse(priceRange, "priceRange", invalid, v -> PriceRange.valueOf(v.toUpperCase(Locale.ROOT)));
    BigDecimal max = one(maxPrice, "maxPrice", invalid, v -> {
      BigDecimal d = new BigDecimal(v);
      if (d.signum() < 0) {
        throw new IllegalArgumentException(v);
      }
      return d;
    });
    LocalDate start = one(from, "from", invalid, LocalDate::parse);
    LocalDate end = one(to, "to", invalid, LocalDate::parse);
    if (start != null && end != null && end.isBefore(start)) {
      invalid.add(Invalid.of("to", "api.modules.periodInvalid", from, to));
    }
    Integer pageNumber = one(page, "page", invalid, v -> {
      int n = Integer.parseInt(v);
      if (n < 0) {
        throw new IllegalArgumentException(v);
      }
      return n;
    });
    Integer pageSize = one(size, "size", invalid, v -> {
      int n = Integer.parseInt(v);
      if (n < 1 || n > CatalogueQuery.MAX_SIZE) {
        throw new IllegalArgumentException(v);
      }
      return n;
    });
    String text = q == null ? "" : q;
    if (text.strip().length() > CatalogueQuery.MAX_TEXT) {
      invalid.add(Invalid.of("q", "api.modules.qTooLong", CatalogueQuery.MAX_TEXT));
    }
    if (!invalid.isEmpty()) {
      throw new InvalidParametersException(invalid);
    }
    CatalogueSearchResult result = search.search(new CatalogueQuery(text, competencies, levels, regions, modes, ranges,
        max, start, end, pageNumber == null ? 0 : pageNumber, pageSize == null ? CatalogueQuery.DEFAULT_SIZE : pageSize));
    return body(result, ProblemMappers.locale(headers));
  }

  private static <T> Set<T> parse(List<String> raw, String name, List<Invalid> invalid, Function<String, T> parser) {
    Set<T> values = new LinkedHashSet<>();
    if (raw == null) {
      return values;
    }
    for (String entry : raw) {
      for (String part : entry.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          values.add(parser.apply(part.strip()));
        } catch (RuntimeException e) {
          invalid.add(Invalid.of(name, "api.modules." + name + ".invalid", part.strip()));
        }
      }
    }
    return values;
  }

  private static <T> T one(String raw, String name, List<Invalid> invalid, Function<String, T> parser) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return parser.apply(raw.strip());
    } catch (RuntimeException e) {
      invalid.add(Invalid.of(name, "api.modules." + name + ".invalid", raw.strip()));
      return null;
    }
  }

  static SearchBody body(CatalogueSearchResult result, Locale locale) {
    List<ModuleHit> hits = result.hits().content().stream().map(ModuleSearchResource::hit).toList();
    var f = result.facets();
    Facets facets = new Facets(
        facet(f.competencies(), v -> v.label()),
        facet(f.levels(), v -> levelName(Integer.parseInt(v.value()), null)),
        facet(f.regions(), v -> CatalogueQuery.ONLINE.equals(v.value())
            ? Bundle.text(locale, "catalogue.search.region.online") : v.label()),
        facet(f.deliveryModes(), v -> Bundle.text(locale, "catalogue.provider.deliveryMode." + v.value())),
        facet(f.priceRanges(), v -> Bundle.text(locale, "catalogue.search.price." + v.value())),
        facet(f.periods(), v -> Bundle.text(locale, "catalogue.search.period." + v.value())));
    return new SearchBody(hits, result.hits().page(), result.hits().size(), result.hits().totalElements(),
        result.hits().totalPages(), facets, result.asOf().toString());
  }

  private static List<FacetBody> facet(List<FacetValue> values, Function<FacetValue, String> label) {
    return values.stream().map(v -> new FacetBody(v.value(), label.apply(v), v.count())).toList();
  }

  private static String levelName(int ordinal, String name) {
    if (name != null && !name.isBlank()) {
      return name;
    }
    return ordinal >= 0 && ordinal < DEFAULT_LEVELS.size() ? DEFAULT_LEVELS.get(ordinal) : String.valueOf(ordinal);
  }

  private static ModuleHit hit(CatalogueHit h) {
    List<ClaimBody> claims = h.claims().stream().map(ModuleSearchResource::claim).toList();
    return new ModuleHit(h.version().toString(), h.module().value().toString(), h.title(), h.summary(),
        h.provider().value().toString(), h.providerName(), claims,
        h.accreditedUntil() == null ? null : h.accreditedUntil().toString(),
        h.nextOffering() == null ? null : h.nextOffering().toString(), h.nextOfferingPlace(),
        h.deliveryMode() == null ? null : h.deliveryMode().name(), h.pricePerParticipant(), h.priceInCompany(),
        h.rank(), "/modules/module.xhtml?versie=" + h.version());
  }

  private static ClaimBody claim(HitClaim c) {
    return new ClaimBody(c.competency().toString(), c.competencyCode(), c.competencyName(), c.fromLevel(),
        levelName(c.fromLevel(), c.fromLevelName()), c.toLevel(), levelName(c.toLevel(), c.toLevelName()));
  }
}
