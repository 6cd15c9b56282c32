package nl.vakwijzer.catalogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CannotChangeFrameworkException;
import nl.vakwijzer.catalogue.api.CannotEditItemException;
import nl.vakwijzer.catalogue.api.CannotLinkItemsException;
import nl.vakwijzer.catalogue.api.ConcurrentFrameworkChangeException;
import nl.vakwijzer.catalogue.api.CrosswalkLink;
import nl.vakwijzer.catalogue.api.EditableItem;
import nl.vakwijzer.catalogue.api.FrameworkDiff;
import nl.vakwijzer.catalogue.api.FrameworkEditingService;
import nl.vakwijzer.catalogue.api.FrameworkId;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.api.FrameworkVersion;
import nl.vakwijzer.catalogue.api.ItemEdit;
import nl.vakwijzer.catalogue.api.ItemId;
import nl.vakwijzer.catalogue.api.ItemStatus;
import nl.vakwijzer.catalogue.api.ItemSummary;
import nl.vakwijzer.catalogue.api.NewItem;
import nl.vakwijzer.catalogue.api.UnknownFrameworkException;
import nl.vakwijzer.catalogue.api.UnknownItemException;
import nl.vakwijzer.catalogue.domain.FrameworkEditSession;
import nl.vakwijzer.catalogue.domain.FrameworkEditingRepository;
import nl.vakwijzer.catalogue.domain.ItemRules;
import nl.vakwijzer.catalogue.domain.StoredItem;
import nl.vakwijzer.catalogue.domain.VersionMatching;
import nl.vakwijzer.catalogue.domain.VersionNumbers;

/**
 * The version rules. Every change first locks all versions of the framework code concerned, so
 * that copies, edits and publications of one framework happen one after the other and each check
 * (one open concept, unique item codes, the revision a publication expects) holds until commit.
 */
@ApplicationScoped
@Transactional
class DefaultFrameworkEditingService implements FrameworkEditingService {
  @Inject FrameworkEditingRepository repository;
  @Inject Clock clock;

  DefaultFrameworkEditingService() {}

  /** For tests: a service on a given repository and clock, without CDI. */
  DefaultFrameworkEditingService(FrameworkEditingRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- reading

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FrameworkVersion> versions() {
    return repository.read(s -> s.versions(null));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FrameworkVersion> versions(String code) {
    return repository.read(s -> s.versions(code));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<FrameworkVersion> version(FrameworkId id) {
    return repository.read(s -> s.version(id.value()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<EditableItem> items(FrameworkId version) {
    return repository.read(
        s -> {
          s.version(version.value()).orElseThrow(() -> new UnknownFrameworkException(version.toString()));
          return s.items(version.value());
        });
  }

  // ---------------------------------------------------------------- versions

  @Override
  public FrameworkVersion newConceptVersion(FrameworkId source) {
    return repository.write(
        s -> {
          List<FrameworkVersion> versions = lockCodeOf(s, source.value());
          FrameworkVersion original = find(versions, source.value());
          if (original.livingCrosswalk()) {
            throw new CannotChangeFrameworkException(
                CannotChangeFrameworkException.LIVING_CROSSWALK, original.code(), original.version());
          }
          if (original.status() != FrameworkStatus.GEPUBLICEERD) {
            throw new CannotChangeFrameworkException(
                CannotChangeFrameworkException.NOT_PUBLISHED, original.code(), original.version());
          }
          Optional<FrameworkVersion> open =
              versions.stream().filter(v -> v.status() == FrameworkStatus.CONCEPT).findFirst();
          if (open.isPresent()) {
            throw new CannotChangeFrameworkException(
                CannotChangeFrameworkException.CONCEPT_EXISTS, original.code(), open.get().version());
          }
          Set<String> taken = versions.stream().map(FrameworkVersion::version).collect(Collectors.toSet());
          UUID copy = s.copyAsConcept(source.value(), VersionNumbers.next(original.version(), taken), now());
          return s.version(copy).orElseThrow();
        });
  }

  @Override
  public FrameworkVersion publish(FrameworkId concept, long expectedRevision) {
    return repository.write(
        s -> {
          List<FrameworkVersion> versions = lockCodeOf(s, concept.value());
          FrameworkVersion version = find(versions, concept.value());
          requireEditable(version);
          if (version.revision() != expectedRevision) {
            throw new ConcurrentFrameworkChangeException(version.code(), version.version());
          }
          Instant now = now();
          List<StoredItem> successors = active(s.storedItems(concept.value()));
          for (FrameworkVersion previous : versions) {
            if (previous.status() != FrameworkStatus.GEPUBLICEERD) {
              continue;
            }
            List<StoredItem> old = s.storedItems(previous.id().value());
            Map<UUID, UUID> matched =
                VersionMatching.match(old, successors, s.ancestry(concept.value(), previous.id().value()));
            s.addReplacedBy(concept.value(), matched, now);
            s.setItemStatus(
                old.stream().map(StoredItem::id).filter(id -> !matched.containsKey(id)).toList(),
                ItemStatus.INGETROKKEN);
            s.setStatus(previous.id().value(), FrameworkStatus.VERVANGEN);
          }
          s.dropRetiredItems(concept.value());
          s.markPublished(concept.value(), now);
          return s.version(concept.value()).orElseThrow();
        });
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public FrameworkDiff diff(FrameworkId from, FrameworkId to) {
    return repository.read(
        s -> {
          FrameworkVersion a = s.version(from.value()).orElseThrow(() -> new UnknownFrameworkException(from.toString()));
          FrameworkVersion b = s.version(to.value()).orElseThrow(() -> new UnknownFrameworkException(to.toString()));
          List<StoredItem> before = present(a, s.storedItems(a.id().value()));
          List<StoredItem> after = present(b, s.storedItems(b.id().value()));
          // descent in either direction: "to" may be newer (usual) or older than "from"
          List<Map.Entry<UUID, UUID>> lineage = new ArrayList<>(s.ancestry(b.id().value(), a.id().value()));
          s.ancestry(a.id().value(), b.id().value()).forEach(e -> lineage.add(Map.entry(e.getValue(), e.getKey())));
          Map<UUID, UUID> matched = VersionMatching.match(before, after, lineage);
          Map<UUID, ItemSummary> beforeSummaries = s.summaries(a.id().value());
          Map<UUID, ItemSummary> afterSummaries = s.summaries(b.id().value());
          Set<UUID> matchedAfter = new HashSet<>(matched.values());
          Map<UUID, StoredItem> afterById =
              after.stream().collect(Collectors.toMap(StoredItem::id, i -> i));

          List<ItemSummary> added =
              after.stream().filter(i -> !matchedAfter.contains(i.id())).map(i -> afterSummaries.get(i.id())).toList();
          List<ItemSummary> retired =
              before.stream().filter(i -> !matched.containsKey(i.id())).map(i -> beforeSummaries.get(i.id())).toList();
          List<FrameworkDiff.ChangedItem> changed = new ArrayList<>();
          for (StoredItem old : before) {
            UUID successor = matched.get(old.id());
            if (successor == null) {
              continue;
            }
            StoredItem next = afterById.get(successor);
            FrameworkDiff.ChangedItem change =
                new FrameworkDiff.ChangedItem(
                    beforeSummaries.get(old.id()), afterSummaries.get(successor), old.notes(), next.notes());
            if (change.statementChanged() || change.abbreviatedStatementChanged() || change.notesChanged()
                || change.typeChanged() || change.codeChanged()) {
              changed.add(change);
            }
          }
          return new FrameworkDiff(a, b, added, changed, retired);
        });
  }

  /** The items that are part of a version: in a concept, the retired ones are on their way out. */
  private static List<StoredItem> present(FrameworkVersion version, List<StoredItem> items) {
    return version.status() == FrameworkStatus.CONCEPT ? active(items) : items;
  }

  private static List<StoredItem> active(List<StoredItem> items) {
    return items.stream().filter(i -> !i.retired()).toList();
  }

  // ---------------------------------------------------------------- items

  @Override
  public ItemId addItem(FrameworkId concept, NewItem item) {
    NewItem checked = ItemRules.checked(item);
    return repository.write(
        s -> {
          FrameworkVersion version = find(lockCodeOf(s, concept.value()), concept.value());
          requireEditable(version);
          UUID parent = null;
          if (checked.parent() != null) {
            StoredItem p =
                s.item(checked.parent().value())
                    .filter(i -> i.frameworkId().equals(concept.value()))
                    .orElseThrow(() -> new CannotEditItemException(
                        "parent", CannotEditItemException.PARENT_ELSEWHERE, checked.parent().toString()));
            if (p.retired()) {
              throw new CannotEditItemException("parent", CannotEditItemException.RETIRED, p.humanCode());
            }
            parent = p.id();
          }
          if (s.codeTaken(concept.value(), checked.humanCode())) {
            throw new CannotEditItemException(
                "humanCode", CannotEditItemException.CODE_TAKEN, checked.humanCode(), version.code(), version.version());
          }
          Instant now = now();
          UUID id =
              s.insertItem(
                  concept.value(), parent, checked.type(), checked.humanCode(), checked.fullStatement(),
                  checked.abbreviatedStatement(), checked.notes(), now);
          s.touch(concept.value(), now);
          return new ItemId(id);
        });
  }

  @Override
  public void changeItem(ItemId item, ItemEdit edit) {
    ItemEdit checked = ItemRules.checked(edit);
    repository.write(
        s -> {
          StoredItem stored = lockedEditableItem(s, item);
          Instant now = now();
          s.updateItem(stored.id(), checked.fullStatement(), checked.abbreviatedStatement(), checked.notes(), now);
          s.touch(stored.frameworkId(), now);
          return null;
        });
  }

  @Override
  public int retireItem(ItemId item) {
    return repository.write(
        s -> {
          StoredItem stored = lockedEditableItem(s, item);
          List<UUID> subtree = s.subtree(stored.id());
          s.setItemStatus(subtree, ItemStatus.INGETROKKEN);
          s.touch(stored.frameworkId(), now());
          return subtree.size();
        });
  }

  /** The item, after locking its framework code and checking that it may be edited. */
  private StoredItem lockedEditableItem(FrameworkEditSession s, ItemId item) {
    StoredItem stored = s.item(item.value()).orElseThrow(() -> new UnknownItemException(item.toString()));
    requireEditable(find(lockCodeOf(s, stored.frameworkId()), stored.frameworkId()));
    // read again under the lock: the status may have changed while we waited for it
    stored = s.item(item.value()).orElseThrow(() -> new UnknownItemException(item.toString()));
    if (stored.retired()) {
      throw new CannotEditItemException(null, CannotEditItemException.RETIRED, stored.humanCode());
    }
    return stored;
  }

  // ---------------------------------------------------------------- crosswalk

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CrosswalkLink> crosswalkLinks() {
    return repository.read(
        s -> s.versions(BEHEER_CROSSWALK_CODE).stream()
            .flatMap(v -> s.linksDeclaredBy(v.id().value(), BEHEER_CROSSWALK_CODE).stream())
            .toList());
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CrosswalkLink> crosswalkLinks(ItemId item) {
    return repository.read(
        s -> {
          s.item(item.value()).orElseThrow(() -> new UnknownItemException(item.toString()));
          return s.linksOf(item.value(), BEHEER_CROSSWALK_CODE);
        });
  }

  @Override
  public CrosswalkLink link(ItemId origin, AssociationType type, ItemId destination, String notes) {
    if (type != AssociationType.EXACT_MATCH_OF && type != AssociationType.IS_RELATED_TO) {
      throw new CannotLinkItemsException(CannotLinkItemsException.TYPE, type.caseName());
    }
    String reason = notes == null || notes.isBlank() ? null : notes.strip();
    if (reason != null && reason.length() > MAX_TEXT_LENGTH) {
      throw new CannotEditItemException("notes", CannotEditItemException.TOO_LONG, MAX_TEXT_LENGTH);
    }
    return repository.write(
        s -> {
          List<FrameworkVersion> crosswalk = s.lockCode(BEHEER_CROSSWALK_CODE);
          StoredItem from = s.item(origin.value()).orElseThrow(() -> new UnknownItemException(origin.toString()));
          StoredItem to = s.item(destination.value()).orElseThrow(() -> new UnknownItemException(destination.toString()));
          if (from.id().equals(to.id())) {
            throw new CannotLinkItemsException(CannotLinkItemsException.SELF);
          }
          if (from.frameworkCode().equals(to.frameworkCode())) {
            throw new CannotLinkItemsException(CannotLinkItemsException.SAME_FRAMEWORK, from.frameworkCode());
          }
          for (StoredItem end : List.of(from, to)) {
            if (end.retired()) {
              throw new CannotLinkItemsException(CannotLinkItemsException.RETIRED, end.humanCode());
            }
          }
          if (s.linked(from.id(), to.id())) {
            throw new CannotLinkItemsException(CannotLinkItemsException.DUPLICATE, from.humanCode(), to.humanCode());
          }
          Instant now = now();
          UUID document =
              crosswalk.isEmpty()
                  ? s.createLivingCrosswalk(BEHEER_CROSSWALK_CODE, now)
                  : crosswalk.get(crosswalk.size() - 1).id().value();
          UUID id = s.insertLink(document, type, from.id(), to.id(), reason, now);
          s.touch(document, now);
          return s.link(id, BEHEER_CROSSWALK_CODE).orElseThrow();
        });
  }

  @Override
  public void unlink(UUID link) {
    repository.write(
        s -> {
          s.lockCode(BEHEER_CROSSWALK_CODE);
          CrosswalkLink existing =
              s.link(link, BEHEER_CROSSWALK_CODE)
                  .orElseThrow(() -> new CannotLinkItemsException(CannotLinkItemsException.UNKNOWN));
          if (!existing.removable()) {
            throw new CannotLinkItemsException(CannotLinkItemsException.READ_ONLY, existing.declaredByCode());
          }
          s.deleteAssociation(link);
          s.touch(existing.declaredBy().value(), now());
          return null;
        });
  }

  // ---------------------------------------------------------------- helpers

  /** Locks every version of the framework's code; unknown framework → exception. */
  private static List<FrameworkVersion> lockCodeOf(FrameworkEditSession s, UUID framework) {
    String code = s.codeOf(framework).orElseThrow(() -> new UnknownFrameworkException(framework.toString()));
    return s.lockCode(code);
  }

  private static FrameworkVersion find(Collection<FrameworkVersion> versions, UUID id) {
    return versions.stream()
        .filter(v -> v.id().value().equals(id))
        .findFirst()
        .orElseThrow(() -> new UnknownFrameworkException(id.toString()));
  }

  private static void requireEditable(FrameworkVersion version) {
    if (version.reference()) {
      throw new CannotChangeFrameworkException(CannotChangeFrameworkException.REFERENCE, version.code(), version.version());
    }
    if (version.status() != FrameworkStatus.CONCEPT) {
      throw new CannotChangeFrameworkException(CannotChangeFrameworkException.FROZEN, version.code(), version.version());
    }
  }

  private Instant now() {
    return clock.instant();
  }
}
