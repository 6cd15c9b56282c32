package nl.vakwijzer.catalogue.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CaseValidationError;
import nl.vakwijzer.catalogue.api.Equivalents;
import nl.vakwijzer.catalogue.api.FrameworkDetail;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkSummary;
import nl.vakwijzer.catalogue.api.ImportResult;
import nl.vakwijzer.catalogue.api.ItemDetail;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemLink;
import nl.vakwijzer.catalogue.api.ItemNode;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.ItemType;
import nl.vakwijzer.catalogue.api.Page;

/**
 * Storage of competency frameworks: their versions, items and associations.
 *
 * <p>Reads return the api's records directly; frameworks are read far more than written and the
 * reads are shaped by the pages (trees, grids, equivalents), not by an aggregate.
 */
public interface FrameworkRepository {

  /**
   * Validates a read package against the stored frameworks and stores it, as one unit of work:
   * either the whole package is stored or nothing is.
   *
   * @param readErrors problems the reader already found; they are reported together with the
   *     validator's
   * @throws nl.vakwijzer.catalogue.api.CaseValidationException when there is any problem
   */
  ImportResult importPackage(
      CasePackage casePackage, List<CaseValidationError> readErrors, FrameworkStatus status, boolean reference);

  List<FrameworkSummary> list();

  Optional<FrameworkDetail> find(FrameworkId id);

  Optional<FrameworkDetail> findByCode(String code);

  /** Empty when the framework does not exist. */
  Optional<Page<ItemSummary>> items(FrameworkId framework, Set<ItemType> types, String query, int page, int size);

  Page<ItemSummary> search(String query, Set<ItemType> types, int page, int size);

  Optional<ItemDetail> findItem(ItemId id);

  Optional<ItemId> findItemId(String frameworkCode, String humanCode);

  /** Empty when the item does not exist. */
  Optional<List<ItemSummary>> children(ItemId item);

  /** Empty when the item does not exist. */
  Optional<Equivalents> equivalents(ItemId item);

  /** A stored framework version rebuilt as the CASE package it was imported from. */
  Optional<CasePackage> casePackage(FrameworkId id);

  /** Every framework version's CFDocument with its status, ordered by code and creation. */
  List<StoredCaseElement<CaseDocument>> caseDocuments();

  /** One item as a CFItem, with the framework version it belongs to. */
  Optional<StoredCaseElement<CaseItem>> caseItem(ItemId id);

  /** One association as a CFAssociation, with the framework version that declares it. */
  Optional<StoredCaseElement<CaseAssociation>> caseAssociation(UUID id);

  /** The stored labels of the item types. */
  Map<ItemType, ItemTypeLabel> itemTypeLabels();

  /** Empty when the framework does not exist. */
  Optional<List<ItemNode>> tree(FrameworkId framework);

  /** Empty when the item does not exist. */
  Optional<List<ItemSummary>> ancestors(ItemId item);

  Map<ItemId, List<ItemLink>> incoming(Set<ItemId> items, Set<AssociationType> types);
}
