package nl.vakwijzer.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkSummary;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.Page;

/**
 * Public search across the published frameworks ({@code kaders/zoeken.xhtml?q=…}). The API
 * searches Dutch, accent- and case-insensitively, best matches first; the page groups the hits by
 * framework, in the order of each framework's best hit.
 */
@Named
@RequestScoped
public class FrameworkSearchView {
  /** Hits shown at most; a query that finds more asks for a sharper query. */
  static final int MAX_HITS = 200;

  /** Longest query taken; longer input is cut (the API also reads at most 20 words). */
  static final int MAX_QUERY_LENGTH = 200;

  @Inject FrameworkService frameworks;

  private String query;
  private boolean searched;
  private long total;
  private int shown;
  private final List<Group> groups = new ArrayList<>();

  /** The hits in one framework. */
  public record Group(FrameworkSummary framework, List<ItemSummary> items) {}

  /** The view action: runs the search when there is a query. */
  public void search() {
    if (query == null || query.isBlank()) {
      query = null;
      return;
    }
    query = query.strip();
    if (query.length() > MAX_QUERY_LENGTH) {
      query = query.substring(0, MAX_QUERY_LENGTH);
    }
    searched = true;
    // only the current published versions: the same item must not appear once per version
    Map<FrameworkId, FrameworkSummary> published =
        frameworks.list().stream()
            .filter(f -> f.status() == FrameworkStatus.GEPUBLICEERD)
            .collect(Collectors.toMap(FrameworkSummary::id, Function.identity()));
    Page<ItemSummary> page = frameworks.search(query, Set.of(), 0, MAX_HITS);
    Map<FrameworkId, List<ItemSummary>> byFramework = new LinkedHashMap<>();
    for (ItemSummary item : page.content()) {
      if (published.containsKey(item.frameworkId())) {
        byFramework.computeIfAbsent(item.frameworkId(), k -> new ArrayList<>()).add(item);
        shown++;
      }
    }
    byFramework.forEach((id, items) -> groups.add(new Group(published.get(id), List.copyOf(items))));
    total = page.totalElements();
  }

  public boolean isSearched() {
    return searched;
  }

  public List<Group> getGroups() {
    return groups;
  }

  /** Number of hits on the page. */
  public int getShown() {
    return shown;
  }

  /** Whether the query found more items than the page shows. */
  public boolean isTruncated() {
    return total > MAX_HITS;
  }

  public int getMaxHits() {
    return MAX_HITS;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
