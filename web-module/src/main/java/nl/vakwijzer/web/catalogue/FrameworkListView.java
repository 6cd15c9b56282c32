package nl.vakwijzer.web.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkSummary;
import nl.vakwijzer.catalogue.api.ItemType;

/** Public page: the published competency frameworks, each with its item counts per type. */
@Named
@RequestScoped
public class FrameworkListView {
  @Inject FrameworkService frameworks;

  private List<FrameworkSummary> published;

  @PostConstruct
  void load() {
    published = frameworks.list().stream().filter(f -> f.status() == FrameworkStatus.GEPUBLICEERD).toList();
  }

  public List<FrameworkSummary> getFrameworks() {
    return published;
  }

  /** The framework's non-zero item counts, in the order of {@link ItemType}. */
  public List<Map.Entry<ItemType, Integer>> counts(FrameworkSummary framework) {
    return List.copyOf(framework.itemCounts().entrySet());
  }
}
