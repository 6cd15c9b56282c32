package nl.vakwijzer.web.gap;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.Actor;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.FrameworkService;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.gap.GapService;
import nl.vakwijzer.catalogue.api.gap.StoredTargetProfile;
import nl.vakwijzer.catalogue.api.gap.TargetCompetency;
import nl.vakwijzer.catalogue.api.gap.TargetProfileSource;
import nl.vakwijzer.web.provider.ProviderActor;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * The municipality's target profiles and a form for a new one: a Divosa profile or hoofdtaak (its
 * competencies and behaviour examples), Standaard competencies at one required level, or composed
 * by hand (competency + level + weight).
 */
@Named
@ViewScoped
public class TargetProfilesView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One hand-composed line. */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private String competency;
    private int level = 1;
    private double weight = 1.0;

    public String getCompetency() { return competency; }
    public void setCompetency(String competency) { this.competency = competency; }
    public int getLevel() { return level; }
    public void setLevel(int level) { this.level = level; }
    public double getWeight() { return weight; }
    public void setWeight(double weight) { this.weight = weight; }
  }

  @Inject transient GapService gaps;
  @Inject transient FrameworkService frameworks;
  @Inject transient ProviderActor actors;
  @Inject transient FacesMessages messages;
  @Inject transient GapTexts texts;

  private String name;
  private String mode = "STANDAARD";
  private String divosaItem;
  private List<String> standaardItems = new ArrayList<>();
  private int requiredLevel = 1;
  private final List<Line> lines = new ArrayList<>(List.of(new Line()));
  private List<StoredTargetProfile> profiles;
  private List<SelectItem> divosaOptions;
  private List<SelectItem> standaardOptions;
  private List<SelectItem> competencyOptions;

  public List<StoredTargetProfile> getProfiles() {
    if (profiles == null) {
      profiles = gaps.targetProfiles(actors.require());
    }
    return profiles;
  }

  public String create() {
    Actor actor = actors.require();
    try {
      TargetProfileSource source = switch (mode) {
        case "DIVOSA" -> {
          if (divosaItem == null || divosaItem.isBlank()) {
            messages.errorFor("newProfile:divosaItem", "gemeente.profiles.divosa.required");
            yield null;
          }
          yield new TargetProfileSource.FrameworkItem(new ItemId(UUID.fromString(divosaItem)), requiredLevel);
        }
        case "HAND" -> {
          List<TargetCompetency> list = new ArrayList<>();
          for (Line line : lines) {
            if (line.competency != null && !line.competency.isBlank()) {
              list.add(new TargetCompetency(new ItemId(UUID.fromString(line.competency)), line.level, line.weight, List.of()));
            }
          }
          yield new TargetProfileSource.Composed(list);
        }
        default -> {
          if (standaardItems.isEmpty()) {
            messages.errorFor("newProfile:standaardItems", "gemeente.profiles.standaard.required");
            yield null;
          }
          yield new TargetProfileSource.Competencies(
              standaardItems.stream().map(s -> new ItemId(UUID.fromString(s))).toList(), requiredLevel);
        }
      };
      if (source == null) {
        return null;
      }
      StoredTargetProfile created = gaps.createTargetProfile(actor, name == null ? "" : name, source);
      messages.info("gemeente.profiles.created", created.name(), created.profile().competencies().size());
      profiles = null;
      name = null;
      return null;
    } catch (CatalogueException e) {
      String field = e.messageKey().equals("gap.name.invalid") ? "newProfile:name" : null;
      if (field != null) {
        messages.errorFor(field, e.messageKey(), e.arguments().toArray());
      } else {
        messages.error(e);
      }
    } catch (ConstraintViolationException e) {
      messages.error(e);
    } catch (IllegalArgumentException e) {
      messages.error("gemeente.profiles.invalid");
    }
    return null;
  }

  public void addLine() {
    lines.add(new Line());
  }

  public void delete(StoredTargetProfile profile) {
    try {
      gaps.deleteTargetProfile(actors.require(), profile.id(), profile.revision());
      messages.info("gemeente.profiles.deleted", profile.name());
    } catch (CatalogueException e) {
      messages.error(e);
    }
    profiles = null;
  }

  public String competencies(StoredTargetProfile profile) {
    List<String> parts = new ArrayList<>();
    for (TargetCompetency c : profile.profile().competencies()) {
      parts.add(texts.code(c.competency()) + " " + texts.name(c.competency()) + " (" + texts.level(c.competency(), c.requiredLevel()) + ")");
    }
    return String.join("; ", parts);
  }

  public List<SelectItem> getDivosaOptions() {
    if (divosaOptions == null) {
      divosaOptions = options("DIVOSA", Set.of(ItemType.PROFILE, ItemType.HOOFDTAAK));
    }
    return divosaOptions;
  }

  public List<SelectItem> getStandaardOptions() {
    if (standaardOptions == null) {
      standaardOptions = options("SV", Set.of(ItemType.COMPETENCY));
    }
    return standaardOptions;
  }

  public List<SelectItem> getCompetencyOptions() {
    if (competencyOptions == null) {
      competencyOptions = new ArrayList<>(getStandaardOptions());
      competencyOptions.addAll(options("DIVOSA", Set.of(ItemType.COMPETENCY)));
    }
    return competencyOptions;
  }

  private List<SelectItem> options(String framework, Set<ItemType> types) {
    List<SelectItem> result = new ArrayList<>();
    frameworks.findByCode(framework).ifPresent(f -> {
      for (ItemSummary item : frameworks.items(f.summary().id(), types, null, 0, FrameworkService.MAX_PAGE_SIZE).content()) {
        result.add(new SelectItem(item.id().value().toString(), item.humanCode() + " " + item.label()));
      }
    });
    return result;
  }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getMode() { return mode; }
  public void setMode(String mode) { this.mode = mode; }
  public String getDivosaItem() { return divosaItem; }
  public void setDivosaItem(String divosaItem) { this.divosaItem = divosaItem; }
  public List<String> getStandaardItems() { return standaardItems; }
  public void setStandaardItems(List<String> standaardItems) { this.standaardItems = standaardItems == null ? new ArrayList<>() : standaardItems; }
  public int getRequiredLevel() { return requiredLevel; }
  public void setRequiredLevel(int requiredLevel) { this.requiredLevel = requiredLevel; }
  public List<Line> getLines() { return lines; }
}
