package nl.vakwijzer.catalogue.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The beheerder's work on competency frameworks: new versions, item edits, publication, the
 * differences between versions, and crosswalk links.
 *
 * <p>A new version starts as a {@link FrameworkStatus#CONCEPT} copy of a published one
 * ({@link #newConceptVersion}); only a concept's items change ({@link #addItem},
 * {@link #changeItem}, {@link #retireItem}). {@link #publish} makes it
 * {@link FrameworkStatus#GEPUBLICEERD}, turns the version it replaces into
 * {@link FrameworkStatus#VERVANGEN} and links every item of that version to its successor
 * ({@link AssociationType#REPLACED_BY}); items without successor are marked
 * {@link ItemStatus#INGETROKKEN} there. Published, replaced and reference versions never change
 * their content: every change to them is refused with a {@link CannotChangeFrameworkException}.
 *
 * <p>Crosswalk links made by the beheerder are kept in a crosswalk document of their own
 * ({@link #BEHEER_CROSSWALK_CODE}), created with the first link. It holds no items, so changing
 * its links never changes what claims and verdicts refer to; it is the one framework document
 * whose links change without a new version.
 *
 * <p>Who may call this is decided by the caller (the web module lets only a beheerder reach the
 * pages that use it). Every refusal is a {@link CatalogueException} with a message key.
 */
public interface FrameworkEditingService {

  /** Code of the beheerder's crosswalk document. */
  String BEHEER_CROSSWALK_CODE = "CROSSWALK-BEHEER";

  /** Longest human code, in characters. */
  int MAX_CODE_LENGTH = 200;

  /** Longest statement, short name or note, in characters. */
  int MAX_TEXT_LENGTH = 20_000;

  /** Every framework version, ordered by code and then from oldest to newest. */
  List<FrameworkVersion> versions();

  /** The versions of one framework code, oldest first. */
  List<FrameworkVersion> versions(@NotNull String code);

  Optional<FrameworkVersion> version(@NotNull FrameworkId id);

  /**
   * The items of a version in tree order (each parent followed by its children in sibling order,
   * top-level items in document order), retired ones included.
   *
   * @throws UnknownFrameworkException when no version has this id
   */
  List<EditableItem> items(@NotNull FrameworkId version);

  /**
   * Copies a published version into a new concept version of the same code: new identifiers for
   * the document, its items and the associations it declares, each item linked to the item it was
   * copied from; the version number is the next free one ("1" → "2", "1.4" → "1.5"). The copy is
   * never a reference framework, also when the source is.
   *
   * @throws CannotChangeFrameworkException when the source is not {@link FrameworkStatus#GEPUBLICEERD},
   *     another concept of the code is still open, or the source is the beheerder's crosswalk
   * @throws UnknownFrameworkException when no version has this id
   */
  FrameworkVersion newConceptVersion(@NotNull FrameworkId source);

  /**
   * Adds an item to a concept, under a parent item of the same concept or at the top level, as its
   * parent's last child.
   *
   * @return the new item's id
   * @throws CannotEditItemException naming the field: no type, no or an invalid or taken code, no
   *     statement, a text too long, a parent outside the concept or retired
   * @throws CannotChangeFrameworkException when the version is not an editable concept
   */
  ItemId addItem(@NotNull FrameworkId concept, @NotNull NewItem item);

  /**
   * Changes the statement, short name and notes of an item of a concept.
   *
   * @throws CannotEditItemException when the statement is missing, a text is too long or the item
   *     is retired
   * @throws CannotChangeFrameworkException when its version is not an editable concept
   * @throws UnknownItemException when no item has this id
   */
  void changeItem(@NotNull ItemId item, @NotNull ItemEdit edit);

  /**
   * Retires an item of a concept together with every item below it.
   *
   * @return the number of items retired
   * @throws CannotEditItemException when the item is already retired
   * @throws CannotChangeFrameworkException when its version is not an editable concept
   */
  int retireItem(@NotNull ItemId item);

  /**
   * Publishes a concept (see the class description).
   *
   * @param expectedRevision the {@link FrameworkVersion#revision()} the caller saw
   * @return the published version
   * @throws ConcurrentFrameworkChangeException when the concept changed since that revision
   * @throws CannotChangeFrameworkException when it is not an editable concept
   */
  FrameworkVersion publish(@NotNull FrameworkId concept, long expectedRevision);

  /**
   * The differences between two versions (see {@link FrameworkDiff}).
   *
   * @throws UnknownFrameworkException when either does not exist
   */
  FrameworkDiff diff(@NotNull FrameworkId from, @NotNull FrameworkId to);

  /** The links of the beheerder's crosswalk, ordered by the origin's framework and code. */
  List<CrosswalkLink> crosswalkLinks();

  /**
   * The exactMatchOf and isRelatedTo links of an item, in either direction and whoever declared
   * them.
   *
   * @throws UnknownItemException when no item has this id
   */
  List<CrosswalkLink> crosswalkLinks(@NotNull ItemId item);

  /**
   * Links two items of different frameworks in the beheerder's crosswalk.
   *
   * @param type {@link AssociationType#EXACT_MATCH_OF} or {@link AssociationType#IS_RELATED_TO}
   * @param notes the reason for the link; optional
   * @throws CannotLinkItemsException for another relation, an item linked to itself or to an item
   *     of the same framework code, a retired item, or two items that are already linked (either
   *     direction, either relation)
   * @throws UnknownItemException when either item does not exist
   */
  CrosswalkLink link(@NotNull ItemId origin, @NotNull AssociationType type, @NotNull ItemId destination, String notes);

  /**
   * Removes a link of the beheerder's crosswalk.
   *
   * @throws CannotLinkItemsException when no crosswalk link has this id, or it belongs to another
   *     (read-only) framework document
   */
  void unlink(@NotNull UUID link);
}
