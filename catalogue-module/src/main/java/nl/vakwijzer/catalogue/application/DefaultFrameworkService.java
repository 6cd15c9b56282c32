package nl.vakwijzer.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.CaseJson;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CaseValidationError;
import nl.vakwijzer.catalogue.api.Equivalents;
import nl.vakwijzer.catalogue.api.FrameworkDetail;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkService;
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
import nl.vakwijzer.catalogue.api.UnknownFrameworkException;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import nl.vakwijzer.catalogue.domain.CaseMessageKeys;
import nl.vakwijzer.catalogue.domain.CasePackage;
import nl.vakwijzer.catalogue.domain.CasePackageReader;
import nl.vakwijzer.catalogue.domain.CasePackageValidator;
import nl.vakwijzer.catalogue.domain.CasePackageWriter;
import nl.vakwijzer.catalogue.domain.CaseReadResult;
import nl.vakwijzer.catalogue.domain.FrameworkRepository;
import nl.vakwijzer.catalogue.domain.StoredCaseElement;

@ApplicationScoped
@Transactional
class DefaultFrameworkService implements FrameworkService {
  @Inject FrameworkRepository frameworks;

  private final CasePackageReader reader = new CasePackageReader();
  private final CasePackageWriter writer = new CasePackageWriter();

  DefaultFrameworkService() {}

  /** For tests: a service on a given repository, without CDI. */
  DefaultFrameworkService(FrameworkRepository frameworks) {
    this.frameworks = frameworks;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FrameworkSummary> list() {
    return frameworks.list();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<FrameworkDetail> find(FrameworkId id) {
    return frameworks.find(id);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<FrameworkDetail> findByCode(String code) {
    return frameworks.findByCode(code);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ItemSummary> items(FrameworkId framework, Set<ItemType> types, String query, int page, int size) {
    return frameworks
        .items(framework, types, query, page, size)
        .orElseThrow(() -> new UnknownFrameworkException(framework.toString()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ItemSummary> search(String query, Set<ItemType> types, int page, int size) {
    return frameworks.search(query, types, page, size);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ItemDetail> findItem(ItemId id) {
    return frameworks.findItem(id);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ItemDetail> findItem(String frameworkCode, String humanCode) {
    return frameworks.findItemId(frameworkCode, humanCode).flatMap(frameworks::findItem);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ItemSummary> children(ItemId item) {
    return frameworks.children(item).orElseThrow(() -> new UnknownItemException(item.toString()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Equivalents equivalents(ItemId item) {
    return frameworks.equivalents(item).orElseThrow(() -> new UnknownItemException(item.toString()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public JsonObject exportPackage(FrameworkId id) {
    CasePackage stored = frameworks.casePackage(id).orElseThrow(() -> new UnknownFrameworkException(id.toString()));
    return writer.casePackage(stored, frameworks.itemTypeLabels());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ItemNode> tree(FrameworkId framework) {
    return frameworks.tree(framework).orElseThrow(() -> new UnknownFrameworkException(framework.toString()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CaseJson> caseDocuments() {
    return frameworks.caseDocuments().stream()
        .map(d -> caseJson(d, writer.document(d.element())))
        .toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ItemSummary> ancestors(ItemId item) {
    return frameworks.ancestors(item).orElseThrow(() -> new UnknownItemException(item.toString()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<CaseJson> caseItem(ItemId id) {
    return frameworks
        .caseItem(id)
        .map(i -> caseJson(i, writer.item(i.element(), frameworks.itemTypeLabels(), i.document())));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<CaseJson> caseAssociation(UUID associationId) {
    return frameworks
        .caseAssociation(associationId)
        .map(a -> caseJson(a, writer.association(a.element(), a.document())));
  }

  private static CaseJson caseJson(StoredCaseElement<?> stored, JsonObject json) {
    return new CaseJson(new FrameworkId(stored.document().identifier()), stored.status(), json);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<ItemId, List<ItemLink>> incoming(Set<ItemId> items, Set<AssociationType> types) {
    return frameworks.incoming(items, types);
  }

  @Override
  public ImportResult importPackage(InputStream casePackage) {
    return importPackage(casePackage, FrameworkStatus.CONCEPT);
  }

  @Override
  public ImportResult importPackage(InputStream casePackage, FrameworkStatus status) {
    CaseReadResult read = reader.read(readAtMost(casePackage, MAX_PACKAGE_BYTES));
    if (!read.readable()) {
      throw CasePackageValidator.refusal(read.errors());
    }
    return frameworks.importPackage(read.casePackage(), read.errors(), status, false);
  }

  @Override
  public List<ImportResult> loadReferenceFrameworks() {
    return new ReferenceFrameworkLoader(frameworks, reader).load();
  }

  /** The whole stream, refused without reading further once it passes the limit. */
  static byte[] readAtMost(InputStream in, int limit) {
    try {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw CasePackageValidator.refusal(
            List.of(CaseValidationError.of("$", CaseMessageKeys.FILE_TOO_LARGE, limit / (1024 * 1024))));
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
