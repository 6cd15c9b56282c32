package nl.vakwijzer.catalogue.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CrosswalkLink;
import nl.vakwijzer.catalogue.api.EditableItem;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.catalogue.api.ItemStatus;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;

/**
 * The stored frameworks as version editing reads and changes them, within one unit of work.
 * Methods that change a version do not check whether it may change: the caller does, after
 * locking it.
 */
public interface FrameworkEditSession {

  // ------------------------------------------------------------ versions

  /** Every version, or those of one code ({@code null} for all), by code and then oldest first. */
  List<FrameworkVersion> versions(String code);

  Optional<FrameworkVersion> version(UUID id);

  /** Locks every version of a code until the unit of work ends; returns them oldest first. */
  List<FrameworkVersion> lockCode(String code);

  /** The code of a version, without locking; empty when it does not exist. */
  Optional<String> codeOf(UUID frameworkId);

  /**
   * Copies a version into a new {@link FrameworkStatus#CONCEPT}: document, items (each linked to
   * its source) and the associations it declares, except {@code replacedBy} links; ends inside
   * the source are moved to the copies.
   *
   * @return the id of the copy
   */
  UUID copyAsConcept(UUID source, String newVersion, Instant now);

  /** Records a change: revision + 1, new last-change time, content hash cleared. */
  void touch(UUID frameworkId, Instant now);

  /** Sets the status of a version; revision + 1. */
  void setStatus(UUID frameworkId, FrameworkStatus status);

  /**
   * Makes a concept the published version: status, CASE adoption status {@code Adopted}, dense
   * positions, the content hash of what is now stored, revision + 1.
   */
  void markPublished(UUID frameworkId, Instant now);

  // ------------------------------------------------------------ items

  /** The items of a version in tree order. */
  List<EditableItem> items(UUID frameworkId);

  Optional<StoredItem> item(UUID itemId);

  /** The items of a version in document order. */
  List<StoredItem> storedItems(UUID frameworkId);

  /** The items of a version as summaries, by id, in document order. */
  Map<UUID, ItemSummary> summaries(UUID frameworkId);

  boolean codeTaken(UUID frameworkId, String humanCode);

  /** Adds an item as the last top-level item or the last child of {@code parent}; returns its id. */
  UUID insertItem(
      UUID frameworkId, UUID parent, ItemType type, String humanCode, String fullStatement,
      String abbreviatedStatement, String notes, Instant now);

  void updateItem(UUID itemId, String fullStatement, String abbreviatedStatement, String notes, Instant now);

  /** The item and every item below it (isChildOf, within its version). */
  List<UUID> subtree(UUID itemId);

  void setItemStatus(Collection<UUID> itemIds, ItemStatus status);

  /**
   * Removes the {@link ItemStatus#INGETROKKEN} items of a version, with every association that
   * starts or ends at one of them.
   */
  void dropRetiredItems(UUID frameworkId);

  /**
   * Pairs (an item of {@code in}, an item of {@code of} that descends from it), following the
   * items' sources back over any number of versions: older item first, as
   * {@link VersionMatching#match} takes them when {@code in} is the older version.
   */
  List<Map.Entry<UUID, UUID>> ancestry(UUID of, UUID in);

  /** Declares {@code replacedBy} links (old item → successor) in a version. */
  void addReplacedBy(UUID declaringFramework, Map<UUID, UUID> successors, Instant now);

  // ------------------------------------------------------------ crosswalk

  /** Creates the beheerder's crosswalk document (published, no items); returns its id. */
  UUID createLivingCrosswalk(String code, Instant now);

  /** Whether an exactMatchOf or isRelatedTo link joins the two items, in either direction. */
  boolean linked(UUID item, UUID other);

  /** Declares a link in a version; returns its id. */
  UUID insertLink(UUID declaringFramework, AssociationType type, UUID origin, UUID destination, String notes, Instant now);

  /** An exactMatchOf or isRelatedTo link; empty for other associations and unknown ids. */
  Optional<CrosswalkLink> link(UUID associationId, String livingCrosswalkCode);

  void deleteAssociation(UUID associationId);

  /** The exactMatchOf and isRelatedTo links a version declares. */
  List<CrosswalkLink> linksDeclaredBy(UUID frameworkId, String livingCrosswalkCode);

  /** The exactMatchOf and isRelatedTo links of an item, either direction. */
  List<CrosswalkLink> linksOf(UUID itemId, String livingCrosswalkCode);
}
