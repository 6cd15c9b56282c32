package nl.vakwijzer.web.catalogue.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.vakwijzer.catalogue.api.CannotEditItemException;
import nl.vakwijzer.catalogue.api.CatalogueException;
import nl.vakwijzer.catalogue.api.ConcurrentFrameworkChangeException;
import nl.vakwijzer.catalogue.api.EditableItem;
import nl.vakwijzer.catalogue.api.FrameworkEditingService;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.catalogue.api.ItemEdit;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.NewItem;
import nl.vakwijzer.web.shared.FacesMessages;

/**
 * Beheerder page: the items of one framework version as a tree; for a concept, change, add and
 * retire items and publish it. Other versions are shown read-only.
 */
@Named
@ViewScoped
public class FrameworkConceptView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Client ids of the editor's fields, by the field names {@link CannotEditItemException} uses. */
  private static final Map<String, String> EDIT_FIELDS =
      Map.of("fullStatement", "editor:statement", "abbreviatedStatement", "editor:abbreviated", "notes", "editor:notes");
  private static final Map<String, String> ADD_FIELDS =
      Map.of(
          "type", "adder:type",
          "humanCode", "adder:code",
          "fullStatement", "adder:statement",
          "abbreviatedStatement", "adder:abbreviated",
          "notes", "adder:notes",
          "parent", "adder:parent");

  @Inject transient FrameworkEditingService editing;
  @Inject transient FacesMessages messages;

  private String id;
  private FrameworkVersion version;
  private List<EditableItem> items;
  private String filter;

  // the item being changed
  private EditableItem editingItem;
  private String statement;
  private String abbreviated;
  private String notes;

  // the item being added
  private boolean adding;
  private EditableItem newParent;
  private ItemType newType;
  private String newCode;
  private String newStatement;
  private String newAbbreviated;
  private String newNotes;

  /** View action: loads the version named by the {@code id} parameter. */
  public void load() {
    if (version != null) {
      return; // a postback to the same view
    }
    version = parse(id).flatMap(editing::version).orElse(null);
    if (version == null) {
      messages.error("catalogue.framework.unknown");
      return;
    }
    items = editing.items(version.id());
  }

  private static Optional<FrameworkId> parse(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(FrameworkId.of(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private void reload() {
    version = editing.version(version.id()).orElse(version);
    items = editing.items(version.id());
  }

  // ---------------------------------------------------------------- change

  public void startEdit(EditableItem item) {
    cancelAdd();
    editingItem = item;
    statement = item.fullStatement();
    abbreviated = item.abbreviatedStatement();
    notes = item.notes();
  }

  public void cancelEdit() {
    editingItem = null;
    statement = null;
    abbreviated = null;
    notes = null;
  }

  public void saveEdit() {
    try {
      editing.changeItem(editingItem.id(), new ItemEdit(statement, abbreviated, notes));
      messages.info("catalogue.frameworksAdmin.item.changed", editingItem.humanCode());
      cancelEdit();
      reload();
    } catch (CannotEditItemException e) {
      fieldError(e, EDIT_FIELDS);
    } catch (CatalogueException e) {
      messages.error(e);
    }
  }

  // ---------------------------------------------------------------- add

  /** Starts adding an item below {@code parent}; {@code null} for a top-level item. */
  public void startAdd(EditableItem parent) {
    cancelEdit();
    adding = true;
    newParent = parent;
    newType = parent == null ? null : childTypeOf(parent.type());
    newCode = parent == null ? null : parent.humanCode() + ".";
    newStatement = null;
    newAbbreviated = null;
    newNotes = null;
  }

  /** A sensible first choice for the type of a child; the beheerder may pick another. */
  private static ItemType childTypeOf(ItemType parent) {
    return switch (parent) {
      case COMPETENCY -> ItemType.BEHAVIOUR_EXAMPLE;
      case PROFILE -> ItemType.HOOFDTAAK;
      case HOOFDTAAK -> ItemType.DEELTAAK;
      case QUALIFICATION_DOSSIER -> ItemType.DOSSIER_PART;
      case DOSSIER_PART -> ItemType.KERNTAAK;
      case KERNTAAK -> ItemType.WERKPROCES;
      case SCALE -> ItemType.LEVEL;
      case CLUSTER, DIMENSION -> ItemType.COMPETENCY;
      default -> null;
    };
  }

  public void cancelAdd() {
    adding = false;
    newParent = null;
  }

  public void saveAdd() {
    try {
      ItemId parent = newParent == null ? null : newParent.id();
      editing.addItem(version.id(), new NewItem(parent, newType, newCode, newStatement, newAbbreviated, newNotes));
      messages.info("catalogue.frameworksAdmin.item.added", newCode.strip());
      cancelAdd();
      reload();
    } catch (CannotEditItemException e) {
      fieldError(e, ADD_FIELDS);
    } catch (CatalogueException e) {
      messages.error(e);
    }
  }

  // ---------------------------------------------------------------- retire, publish

  public void retire(EditableItem item) {
    try {
      int count = editing.retireItem(item.id());
      messages.info("catalogue.frameworksAdmin.item.retired", item.humanCode(), count - 1);
      if (editingItem != null && editingItem.id().equals(item.id())) {
        cancelEdit();
      }
      reload();
    } catch (CatalogueException e) {
      messages.error(e);
    }
  }

  public String publish() {
    try {
      FrameworkVersion published = editing.publish(version.id(), version.revision());
      messages.info("catalogue.frameworksAdmin.published", published.code(), published.version());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/beheer/kaders/index?faces-redirect=true";
    } catch (ConcurrentFrameworkChangeException e) {
      messages.error(e);
      reload(); // show what changed; publishing again now uses the new revision
      return null;
    } catch (CatalogueException e) {
      messages.error(e);
      return null;
    }
  }

  private void fieldError(CannotEditItemException e, Map<String, String> fields) {
    String clientId = e.field() == null ? null : fields.get(e.field());
    if (clientId == null) {
      messages.error(e);
    } else {
      messages.errorFor(clientId, e.messageKey(), e.arguments().toArray());
    }
  }

  // ---------------------------------------------------------------- page state

  /** The items matching the filter (code or text, case-insensitive), in tree order. */
  public List<EditableItem> getVisibleItems() {
    if (items == null) {
      return List.of();
    }
    if (filter == null || filter.isBlank()) {
      return items;
    }
    String f = filter.strip().toLowerCase(Locale.ROOT);
    return items.stream()
        .filter(i -> contains(i.humanCode(), f) || contains(i.fullStatement(), f) || contains(i.abbreviatedStatement(), f))
        .toList();
  }

  private static boolean contains(String text, String part) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(part);
  }

  public ItemType[] getTypes() {
    return ItemType.values();
  }

  public boolean isEditable() {
    return version != null && version.editable();
  }

  public boolean isEditing(EditableItem item) {
    return editingItem != null && editingItem.id().equals(item.id());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public FrameworkVersion getVersion() {
    return version;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public EditableItem getEditingItem() {
    return editingItem;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public String getAbbreviated() {
    return abbreviated;
  }

  public void setAbbreviated(String abbreviated) {
    this.abbreviated = abbreviated;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public boolean isAdding() {
    return adding;
  }

  public EditableItem getNewParent() {
    return newParent;
  }

  public ItemType getNewType() {
    return newType;
  }

  public void setNewType(ItemType newType) {
    this.newType = newType;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewStatement() {
    return newStatement;
  }

  public void setNewStatement(String newStatement) {
    this.newStatement = newStatement;
  }

  public String getNewAbbreviated() {
    return newAbbreviated;
  }

  public void setNewAbbreviated(String newAbbreviated) {
    this.newAbbreviated = newAbbreviated;
  }

  public String getNewNotes() {
    return newNotes;
  }

  public void setNewNotes(String newNotes) {
    this.newNotes = newNotes;
  }
}
