package nl.vakwijzer.web.catalogue.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.CrosswalkLink;
import nl.vakwijzer.catalogue.api.FrameworkEditingService;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * Beheerder page: find two items of different frameworks and link them (exactMatchOf or
 * isRelatedTo) in the beheerder's crosswalk; list and remove those links.
 */
@Named
@ViewScoped
public class CrosswalkAdminView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int RESULTS = 20;

  @Inject transient FrameworkService frameworks;
  @Inject transient FrameworkEditingService editing;
  @Inject transient FacesMessages messages;

  private Map<FrameworkId, FrameworkVersion> versions;
  private List<CrosswalkLink> links;
  private final Side origin = new Side();
  private final Side destination = new Side();
  private AssociationType type = AssociationType.EXACT_MATCH_OF;
  private String notes;

  /** One end of the link being made: the search and the chosen item. */
  public final class Side implements Serializable {
    private static final long serialVersionUID = 1L;
    private String query;
    private List<ItemSummary> results;
    private ItemSummary chosen;
    private List<CrosswalkLink> existingLinks = List.of();

    public void search() {
      if (query == null || query.isBlank()) {
        results = List.of();
        return;
      }
      // items of replaced or withdrawn versions are history: links go to current items
      results =
          frameworks.search(query, Set.of(), 0, RESULTS * 3).content().stream()
              .filter(i -> current(i.frameworkId()))
              .limit(RESULTS)
              .toList();
    }

    public void choose(ItemSummary item) {
      chosen = item;
      results = null;
      existingLinks = editing.crosswalkLinks(item.id());
    }

    public void clear() {
      chosen = null;
      existingLinks = List.of();
    }

    public String getQuery() {
      return query;
    }

    public void setQuery(String query) {
      this.query = query;
    }

    public List<ItemSummary> getResults() {
      return results;
    }

    public ItemSummary getChosen() {
      return chosen;
    }

    /** The crosswalk links the chosen item already has, whoever declared them. */
    public List<CrosswalkLink> getExistingLinks() {
      return existingLinks;
    }
  }

  @PostConstruct
  void load() {
    versions = editing.versions().stream().collect(Collectors.toMap(FrameworkVersion::id, Function.identity()));
    links = editing.crosswalkLinks();
  }

  private boolean current(FrameworkId framework) {
    FrameworkVersion version = versions.get(framework);
    return version != null
        && (version.status() == FrameworkStatus.GEPUBLICEERD || version.status() == FrameworkStatus.CONCEPT);
  }

  /** The version of an item's framework, for the result lists. */
  public FrameworkVersion versionOf(ItemSummary item) {
    return versions.get(item.frameworkId());
  }

  public void link() {
    if (origin.chosen == null || destination.chosen == null) {
      messages.error("catalogue.frameworksAdmin.crosswalk.chooseBoth");
      return;
    }
    try {
      CrosswalkLink made = editing.link(origin.chosen.id(), type, destination.chosen.id(), notes);
      messages.info("catalogue.frameworksAdmin.crosswalk.linked", made.origin().humanCode(), made.destination().humanCode());
      origin.clear();
      destination.clear();
      notes = null;
      load();
    } catch (CatalogueException e) {
      messages.error(e);
    }
  }

  public void unlink(CrosswalkLink link) {
    try {
      editing.unlink(link.id());
      messages.info("catalogue.frameworksAdmin.crosswalk.unlinked", link.origin().humanCode(), link.destination().humanCode());
    } catch (CatalogueException e) {
      messages.error(e);
    }
    load();
  }

  public AssociationType[] getTypes() {
    return new AssociationType[] {AssociationType.EXACT_MATCH_OF, AssociationType.IS_RELATED_TO};
  }

  public List<CrosswalkLink> getLinks() {
    return links;
  }

  public Side getOrigin() {
    return origin;
  }

  public Side getDestination() {
    return destination;
  }

  public AssociationType getType() {
    return type;
  }

  public void setType(AssociationType type) {
    this.type = type;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
