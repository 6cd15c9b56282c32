package nl.vakwijzer.catalogue.api;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The sector's competency frameworks: browsing them, finding equivalent items across them, and
 * exchanging frameworks with other systems as 1EdTech CASE 1.1 packages (import and export).
 *
 * <p>A framework version (CASE CFDocument) holds items (CFItem: competencies, levels, behaviour
 * examples, tasks, …) and declares associations between items, also items of other frameworks
 * (a crosswalk). Vakwijzer ships reference frameworks (the Standaard, the Divosa profiles, the
 * PiCompany dictionary, the Beroepsprofiel, the MBO dossiers, Leerbaarheid and a crosswalk);
 * they are loaded by {@link #loadReferenceFrameworks()}, published and read-only.
 *
 * <p>Published versions never change. Importing is all or nothing: a package is validated
 * completely before anything is stored, and every problem is reported with its JSON path.
 */
public interface FrameworkService {

  /** Largest CASE package {@link #importPackage(InputStream)} accepts: 20 MB. */
  int MAX_PACKAGE_BYTES = 20 * 1024 * 1024;

  /** Largest page size of the paged queries; larger requests are cut to it. */
  int MAX_PAGE_SIZE = 500;

  /** All framework versions with their item counts per type, ordered by code and version. */
  List<FrameworkSummary> list();

  /** One framework version. */
  Optional<FrameworkDetail> find(@NotNull FrameworkId id);

  /**
   * The current version of the framework with this code ({@code SV}, {@code DIVOSA}, …): the
   * published one if there is one, else the most recently created.
   */
  Optional<FrameworkDetail> findByCode(@NotNull String code);

  /**
   * Items of a framework version in document order, optionally only of some types and matching a
   * text query.
   *
   * <p>The query is Dutch, accent- and case-insensitive: an item matches when every word of the
   * query occurs in its code, short name or statement ({@code "clienten"} finds "cliënten",
   * {@code "probleem"} finds "Probleemanalyse"), or when the statement matches the query after
   * Dutch stemming.
   *
   * @param types the types to return; empty for all
   * @param query the text to look for; {@code null} or blank for all items
   * @param page 0-based page number
   * @param size page size, 1 to {@link #MAX_PAGE_SIZE}
   * @throws UnknownFrameworkException when no framework version has this id
   */
  Page<ItemSummary> items(
      @NotNull FrameworkId framework, @NotNull Set<ItemType> types, String query, int page, int size);

  /**
   * Items of all frameworks matching a text query (as in {@link #items}), best matches first.
   *
   * @param types the types to return; empty for all
   */
  Page<ItemSummary> search(@NotNull String query, @NotNull Set<ItemType> types, int page, int size);

  /** One item with its associations, children and equivalents. */
  Optional<ItemDetail> findItem(@NotNull ItemId id);

  /**
   * One item by its human code in the current version (see {@link #findByCode}) of a framework,
   * e.g. {@code ("DIVOSA", "DIV.INK.HT3.INTEGRITEIT")}.
   */
  Optional<ItemDetail> findItem(@NotNull String frameworkCode, @NotNull String humanCode);

  /**
   * The children of an item ({@link AssociationType#IS_CHILD_OF} it) in sibling order; the points
   * of a scale in scale order.
   *
   * @throws UnknownItemException when no item has this id
   */
  List<ItemSummary> children(@NotNull ItemId item);

  /**
   * The items that mean the same as this one (exactMatchOf, either direction, transitively) and
   * those whose meaning overlaps (isRelatedTo, one hop).
   *
   * @throws UnknownItemException when no item has this id
   */
  Equivalents equivalents(@NotNull ItemId item);

  /**
   * A framework version as a CASE 1.1 CFPackage: its CFDocument, CFItems and the CFAssociations it
   * declares in document order, and CFDefinitions with the CFItemTypes its items use.
   *
   * <p>The package carries the stored identifiers, URIs and texts; date-times are RFC 3339 in UTC.
   * It validates against the 1EdTech CFPackage JSON schema, and importing it into a database
   * without this version stores the same items and associations (into one that has it: outcome
   * {@link ImportResult.Outcome#UNCHANGED}).
   *
   * @throws UnknownFrameworkException when no framework version has this id
   */
  JsonObject exportPackage(@NotNull FrameworkId id);

  /**
   * Every framework version's CFDocument (package form, without {@code CFPackageURI}, which the
   * caller adds because it knows its URL), ordered by code and version, with its status.
   */
  List<CaseJson> caseDocuments();

  /** One item as the CFItem of the CASE REST binding (with {@code CFDocumentURI}). */
  Optional<CaseJson> caseItem(@NotNull ItemId id);

  /**
   * One association as the CFAssociation of the CASE REST binding (with {@code CFDocumentURI}, the
   * framework version that declares it); association ids are those of {@link ItemLink}.
   */
  Optional<CaseJson> caseAssociation(@NotNull UUID associationId);

  /**
   * The whole item tree of a framework version at once, for pages that show a framework as a
   * tree or a grid: the items without a parent in this framework, in document order, each with
   * its descendants (see {@link ItemNode}). Costs the same few queries whatever the size of the
   * framework, unlike walking it with {@link #children}.
   *
   * @throws UnknownFrameworkException when no framework version has this id
   */
  List<ItemNode> tree(@NotNull FrameworkId framework);

  /**
   * The ancestors of an item, from the top of its tree down to its parent (a breadcrumb); empty
   * for a top-level item. Where an item has more than one parent the first in document order is
   * followed.
   *
   * @throws UnknownItemException when no item has this id
   */
  List<ItemSummary> ancestors(@NotNull ItemId item);

  /**
   * The associations of the given types that point at any of the given items, per item, in one
   * call: for example the learnability notes ({@link AssociationType#HARD_TO_LEARN}) and learning
   * forms ({@link AssociationType#SERVES_COMPETENCY}) of a competency and of all its exact
   * matches. {@link ItemLink#other()} is the origin of each association.
   *
   * @param types the association types to return; empty for all
   * @return every requested item as a key (unknown ids with an empty list), its links ordered by
   *     type, sequence number, framework code and document order
   */
  Map<ItemId, List<ItemLink>> incoming(@NotNull Set<ItemId> items, @NotNull Set<AssociationType> types);

  /**
   * Imports a CASE 1.1 CFPackage (JSON) as a {@link FrameworkStatus#CONCEPT} version.
   *
   * @see #importPackage(InputStream, FrameworkStatus)
   */
  ImportResult importPackage(@NotNull InputStream casePackage);

  /**
   * Imports a CASE 1.1 CFPackage (JSON) and stores it with the given status.
   *
   * <p>The package is validated completely first; nothing is stored when any problem is found.
   * Importing a framework version that is already stored with the same content changes nothing
   * (outcome {@link ImportResult.Outcome#UNCHANGED}); with different content it is refused.
   *
   * @throws CaseValidationException listing every problem: malformed JSON, a missing or
   *     ill-typed required field, an item or association type the model does not know, a
   *     duplicate identifier or human code, an association to an item that is neither in the
   *     package nor stored, an isChildOf cycle, a change to a stored framework version, or a
   *     file over {@link #MAX_PACKAGE_BYTES}
   */
  ImportResult importPackage(@NotNull InputStream casePackage, @NotNull FrameworkStatus status);

  /**
   * Loads the reference frameworks shipped with Vakwijzer ({@code frameworks/index.json} on the
   * classpath), published and read-only. Idempotent: frameworks already loaded unchanged are
   * skipped. Call it after the schema migrations at start-up.
   *
   * @return one result per package, in load order
   */
  List<ImportResult> loadReferenceFrameworks();
}
