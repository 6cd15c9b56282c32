package nl.vakwijzer.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vakwijzer.catalogue.api.FrameworkDetail;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemNode;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;

/**
 * Public page of one framework ({@code kaders/kader.xhtml?code=…}): its description and its
 * items as a tree; for a framework shaped like the Standaard also the task × level grids and the
 * competencies with their cumulative indicators at a chosen level.
 *
 * <p>Everything comes from two API calls ({@code findByCode} and {@code tree}), whatever the
 * size of the framework. An unknown code, or a concept version, answers 404.
 */
@Named
@RequestScoped
public class FrameworkView {
  /** Values of the {@code weergave} parameter. */
  public static final String GRID = "raster";

  public static final String TREE = "boom";

  @Inject FrameworkService frameworks;

  private String code;
  private String display;
  private String level;
  private String reveal;

  private FrameworkDetail framework;
  private List<ItemNode> tree = List.of();
  private final List<ItemNode> scales = new ArrayList<>();
  private final List<TaskGrid> grids = new ArrayList<>();
  private final List<CompetencyLevels> competencies = new ArrayList<>();
  private final List<ItemSummary> definitions = new ArrayList<>();

  /** The view action: loads the framework, or answers 404. */
  public void load() {
    framework =
        code == null || code.isBlank()
            ? null
            : frameworks.findByCode(code.strip()).filter(f -> FrameworkPages.isPublic(f.summary().status())).orElse(null);
    if (framework == null) {
      FrameworkPages.notFound();
      return;
    }
    tree = frameworks.tree(framework.id());
    for (ItemNode root : tree) {
      List<ItemSummary> children = root.children().stream().map(ItemNode::item).toList();
      switch (root.item().type()) {
        case TASK -> TaskGrid.of(root.item(), children).ifPresent(grids::add);
        case COMPETENCY -> CompetencyLevels.of(root.item(), children).ifPresent(competencies::add);
        case SCALE -> scales.add(root);
        case DEFINITION -> definitions.add(root.item());
        default -> {}
      }
    }
    if (!Levels.isKnown(level)) {
      level = Levels.ORDER.get(Levels.ORDER.size() - 1);
    }
    if (!GRID.equals(display) && !TREE.equals(display)) {
      display = hasGrid() ? GRID : TREE;
    }
    if (!hasGrid()) {
      display = TREE;
    }
    reveal = FrameworkPages.itemId(reveal).map(ItemId::toString).orElse(null);
    if (reveal != null) {
      display = TREE; // "show in tree" from an item page
    }
  }

  public boolean hasGrid() {
    return !grids.isEmpty() || !competencies.isEmpty();
  }

  public boolean isGridShown() {
    return GRID.equals(display);
  }

  public FrameworkDetail getFramework() {
    return framework;
  }

  public List<ItemNode> getTree() {
    return tree;
  }

  public List<ItemNode> getScales() {
    return scales;
  }

  public List<TaskGrid> getGrids() {
    return grids;
  }

  public List<CompetencyLevels> getCompetencies() {
    return competencies;
  }

  public List<ItemSummary> getDefinitions() {
    return definitions;
  }

  /** The levels a visitor can choose for the cumulative indicators, lowest first. */
  public List<String> getLevels() {
    return Levels.ORDER;
  }

  /** Number of indicators required at the chosen level over all competencies. */
  public int getRequiredCount() {
    return competencies.stream().mapToInt(c -> c.upTo(level).size()).sum();
  }

  /** The framework's item counts per type, in the order of {@link ItemType}. */
  public List<Map.Entry<ItemType, Integer>> getCounts() {
    return List.copyOf(framework.summary().itemCounts().entrySet());
  }

  /** The language of the framework's texts, for {@code lang} on them (WCAG 3.1.2). */
  public String getContentLanguage() {
    String language = framework == null ? null : framework.language();
    return language == null || language.isBlank() ? "nl" : language;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDisplay() {
    return display;
  }

  public void setDisplay(String display) {
    this.display = display;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getReveal() {
    return reveal;
  }

  public void setReveal(String reveal) {
    this.reveal = reveal;
  }
}
