package nl.vakwijzer.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.FrameworkDetail;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkSummary;
import nl.vakwijzer.catalogue.api.ItemDetail;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemLink;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.RelatedItem;
import nl.vakwijzer.web.shared.Bundle;

/**
 * Public page of one framework item ({@code kaders/item.xhtml?id=…}), e.g. a competency: its
 * statement and notes, where it sits (breadcrumb), its children (a task's grid, a competency's
 * cumulative indicators or its behaviour examples), its levels, its learnability note and the
 * learning forms that serve it, its equivalents in other frameworks and where it is used.
 *
 * <p>Learnability is attached to the PiCompany dictionary; a Divosa slot or a Standaard
 * competency finds it through its exact matches, so those are asked for in the same call. An
 * unknown or malformed id, or an item of a concept version, answers 404.
 */
@Named
@RequestScoped
public class FrameworkItemView {
  /** Outgoing links shown elsewhere on the page: parents, equivalents, levels. */
  private static final Set<AssociationType> SHOWN_ELSEWHERE =
      EnumSet.of(
          AssociationType.IS_CHILD_OF,
          AssociationType.EXACT_MATCH_OF,
          AssociationType.IS_RELATED_TO,
          AssociationType.HAS_SKILL_LEVEL);

  @Inject FrameworkService frameworks;

  private String id;

  private ItemDetail item;
  private FrameworkSummary framework;
  private String language;
  private List<ItemSummary> ancestors = List.of();
  private Map<FrameworkId, FrameworkSummary> frameworksById = Map.of();
  private TaskGrid grid;
  private CompetencyLevels competencyLevels;
  private final List<ChildGroup> childGroups = new ArrayList<>();
  private List<ItemSummary> levels = List.of();
  private final List<Reached> learnabilityNotes = new ArrayList<>();
  private final List<Reached> learningForms = new ArrayList<>();
  private final List<LinkGroup> usedBy = new ArrayList<>();
  private final List<LinkGroup> references = new ArrayList<>();

  /** Children of one type. */
  public record ChildGroup(ItemType type, List<ItemSummary> items) {}

  /** Associations of one type. */
  public record LinkGroup(AssociationType type, List<ItemLink> links) {}

  /**
   * An item found through an association with this item or, when {@code via} is set, with one of
   * its exact matches (the PiCompany entry a Divosa slot matches).
   */
  public record Reached(ItemLink link, ItemSummary via) {}

  /** The view action: loads the item, or answers 404. */
  public void load() {
    Optional<ItemDetail> found = FrameworkPages.itemId(id).flatMap(frameworks::findItem);
    if (found.isEmpty()) {
      FrameworkPages.notFound();
      return;
    }
    item = found.get();
    frameworksById =
        frameworks.list().stream().collect(Collectors.toMap(FrameworkSummary::id, Function.identity()));
    framework = frameworksById.get(item.item().frameworkId());
    if (framework == null || !FrameworkPages.isPublic(framework.status())) {
      item = null;
      FrameworkPages.notFound();
      return;
    }
    language = item.language() == null || item.language().isBlank() ? "nl" : item.language();
    ancestors = frameworks.ancestors(item.id());
    children();
    levels =
        item.outgoing().stream()
            .filter(l -> l.type() == AssociationType.HAS_SKILL_LEVEL)
            .map(ItemLink::other)
            .toList();
    learnability();
    usedBy.addAll(groups(item.incoming(), EnumSet.of(AssociationType.IS_CHILD_OF)));
    references.addAll(groups(item.outgoing(), SHOWN_ELSEWHERE));
  }

  private void children() {
    List<ItemSummary> children = item.children();
    if (children.isEmpty()) {
      return;
    }
    grid = TaskGrid.of(item.item(), children).orElse(null);
    competencyLevels = CompetencyLevels.of(item.item(), children).orElse(null);
    Set<ItemSummary> shown = new LinkedHashSet<>();
    if (grid != null) {
      grid.rows().forEach(r -> r.cells().stream().filter(c -> c != null).forEach(shown::add));
    }
    if (competencyLevels != null) {
      shown.addAll(competencyLevels.indicators());
    }
    Map<ItemType, List<ItemSummary>> byType = new LinkedHashMap<>();
    children.stream()
        .filter(c -> !shown.contains(c))
        .forEach(c -> byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(c));
    byType.forEach((type, items) -> childGroups.add(new ChildGroup(type, List.copyOf(items))));
  }

  /** The notes and learning forms pointing at this item or at any of its exact matches. */
  private void learnability() {
    Map<ItemId, ItemSummary> candidates = new LinkedHashMap<>();
    candidates.put(item.id(), item.item());
    item.equivalents().exactMatches().forEach(r -> candidates.put(r.item().id(), r.item()));
    Map<ItemId, List<ItemLink>> incoming =
        frameworks.incoming(
            candidates.keySet(), EnumSet.of(AssociationType.HARD_TO_LEARN, AssociationType.SERVES_COMPETENCY));
    Set<ItemId> seen = new LinkedHashSet<>();
    incoming.forEach(
        (target, links) -> {
          ItemSummary via = target.equals(item.id()) ? null : candidates.get(target);
          for (ItemLink link : links) {
            if (seen.add(link.other().id())) {
              (link.type() == AssociationType.HARD_TO_LEARN ? learnabilityNotes : learningForms)
                  .add(new Reached(link, via));
            }
          }
        });
  }

  private static List<LinkGroup> groups(List<ItemLink> links, Set<AssociationType> left) {
    Map<AssociationType, List<ItemLink>> byType = new LinkedHashMap<>();
    links.stream()
        .filter(l -> !left.contains(l.type()))
        .forEach(l -> byType.computeIfAbsent(l.type(), t -> new ArrayList<>()).add(l));
    return byType.entrySet().stream().map(e -> new LinkGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
  }

  public ItemDetail getItem() {
    return item;
  }

  public ItemSummary getSummary() {
    return item.item();
  }

  public FrameworkSummary getFramework() {
    return framework;
  }

  /** Whether the item's framework version is no longer the current one. */
  public boolean isOutdated() {
    return framework.status() != FrameworkStatus.GEPUBLICEERD;
  }

  /** The title of the framework version with this id, or its id when unknown. */
  public String frameworkTitle(FrameworkId frameworkId) {
    FrameworkSummary summary = frameworksById.get(frameworkId);
    return summary == null ? frameworkId.toString() : summary.title();
  }

  /**
   * The item's extensions worth showing (level, dimension, task type), in a fixed order, each as
   * its label in the user's language (the value itself when it has no label).
   */
  public List<Map.Entry<String, String>> getFacts() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<Map.Entry<String, String>> facts = new ArrayList<>();
    for (String name : List.of("level", "dimension", "taskType")) {
      item.item()
          .extension(name)
          .ifPresent(
              value -> {
                String key = "catalogue.frameworks." + name + "." + value;
                String label = Bundle.text(locale, key);
                facts.add(Map.entry(name, label.equals(key) ? value : label));
              });
    }
    return facts;
  }

  public String getLanguage() {
    return language;
  }

  public List<ItemSummary> getAncestors() {
    return ancestors;
  }

  public TaskGrid getGrid() {
    return grid;
  }

  public CompetencyLevels getCompetencyLevels() {
    return competencyLevels;
  }

  public List<ChildGroup> getChildGroups() {
    return childGroups;
  }

  public List<ItemSummary> getLevels() {
    return levels;
  }

  public List<Reached> getLearnabilityNotes() {
    return learnabilityNotes;
  }

  public List<Reached> getLearningForms() {
    return learningForms;
  }

  public List<RelatedItem> getExactMatches() {
    return item.equivalents().exactMatches();
  }

  public List<RelatedItem> getRelated() {
    return item.equivalents().related();
  }

  public List<LinkGroup> getUsedBy() {
    return usedBy;
  }

  public List<LinkGroup> getReferences() {
    return references;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
