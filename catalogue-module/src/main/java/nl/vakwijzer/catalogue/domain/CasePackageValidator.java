package nl.vakwijzer.catalogue.domain;

import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ASSOCIATION_CYCLE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ASSOCIATION_DOCUMENT_LINK_IGNORED;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ASSOCIATION_UNKNOWN_NODE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.DOCUMENT_CODE_VERSION_TAKEN;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.DOCUMENT_CONCEPT_EXISTS;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.DOCUMENT_FROZEN_CHANGED;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ERRORS_TRUNCATED;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.HUMAN_CODE_DUPLICATE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.IDENTIFIER_DUPLICATE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.IDENTIFIER_TAKEN;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.AssociationType;
import nl.vakwijzer.catalogue.api.CaseValidationError;
import nl.vakwijzer.catalogue.api.CaseValidationException;

/**
 * Checks a read CASE package against itself and against the stored frameworks, collecting every
 * problem: duplicate identifiers and human codes, identifiers already used by another framework,
 * associations whose origin or destination is neither in the package nor stored, isChildOf
 * cycles (also through stored trees), a framework code and version that another document already
 * has, and a package that would change a stored framework version.
 *
 * <p>An identical re-import is not this class's business: the caller recognises it by the
 * content hash before validating and stores nothing.
 */
public final class CasePackageValidator {

  /**
   * The outcome: errors (the package must be refused when there is any), warnings, and the
   * indexes of associations that are accepted but not stored (isChildOf links from a top-level
   * item to the package's own document, as some CASE tools write them).
   */
  public record Result(
      List<CaseValidationError> errors, List<CaseValidationError> warnings, Set<Integer> ignoredAssociations) {

    public Result {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
      ignoredAssociations = Set.copyOf(ignoredAssociations);
    }
  }

  /** At most this many errors are reported; a file full of the same mistake needs no more. */
  public static final int MAX_REPORTED_ERRORS = 1000;

  /** The exception refusing a package for these errors, the list cut to {@link #MAX_REPORTED_ERRORS}. */
  public static CaseValidationException refusal(List<CaseValidationError> errors) {
    if (errors.size() <= MAX_REPORTED_ERRORS) {
      return new CaseValidationException(errors);
    }
    List<CaseValidationError> reported = new ArrayList<>(errors.subList(0, MAX_REPORTED_ERRORS));
    reported.add(CaseValidationError.of("$", ERRORS_TRUNCATED, MAX_REPORTED_ERRORS));
    return new CaseValidationException(reported);
  }

  public Result validate(CasePackage casePackage, StoredFrameworkState stored) {
    List<CaseValidationError> errors = new ArrayList<>();
    List<CaseValidationError> warnings = new ArrayList<>();
    CaseDocument document = casePackage.document();
    UUID documentId = document == null ? null : document.identifier();

    Set<Integer> documentLinks = documentLinks(casePackage, documentId);
    documentLinks.forEach(
        i -> warnings.add(
            CaseValidationError.of(
                casePackage.associations().get(i).path(), ASSOCIATION_DOCUMENT_LINK_IGNORED)));

    Optional<StoredFramework> sameDocument =
        documentId == null ? Optional.empty() : stored.framework(documentId);
    if (sameDocument.isPresent()) {
      StoredFramework existing = sameDocument.get();
      String path = firstDifference(casePackage, stored.storedPackage(documentId), documentLinks);
      errors.add(
          existing.status().isFrozen()
              ? CaseValidationError.of(
                  path, DOCUMENT_FROZEN_CHANGED, existing.code(), existing.version(), existing.status().name())
              : CaseValidationError.of(path, DOCUMENT_CONCEPT_EXISTS, existing.code(), existing.version()));
    } else if (document != null && document.code() != null) {
      String code = document.code();
      String version = document.versionOrDefault();
      stored
          .frameworkByCodeAndVersion(code, version)
          .ifPresent(
              other -> errors.add(
                  CaseValidationError.of("$.CFDocument", DOCUMENT_CODE_VERSION_TAKEN, code, version)));
    }

    duplicates(casePackage, documentId, errors);
    if (sameDocument.isEmpty()) {
      taken(casePackage, stored, errors);
    }
    unknownNodes(casePackage, documentId, documentLinks, stored, errors);
    cycles(casePackage, documentLinks, stored, errors);
    return new Result(errors, warnings, documentLinks);
  }

  private static Set<Integer> documentLinks(CasePackage casePackage, UUID documentId) {
    Set<Integer> links = new TreeSet<>();
    if (documentId == null) {
      return links;
    }
    for (CaseAssociation a : casePackage.associations()) {
      if (a.type() == AssociationType.IS_CHILD_OF && documentId.equals(a.destinationId())) {
        links.add(a.index());
      }
    }
    return links;
  }

  private static void duplicates(CasePackage casePackage, UUID documentId, List<CaseValidationError> errors) {
    Map<UUID, String> firstPath = new HashMap<>();
    if (documentId != null) {
      firstPath.put(documentId, "$.CFDocument.identifier");
    }
    Map<String, String> firstCode = new HashMap<>();
    for (CaseItem item : casePackage.items()) {
      firstOccurrence(firstPath, item.identifier(), item.path() + ".identifier", IDENTIFIER_DUPLICATE, errors);
      firstOccurrence(firstCode, item.humanCode(), item.path() + ".humanCodingScheme", HUMAN_CODE_DUPLICATE, errors);
    }
    for (CaseAssociation a : casePackage.associations()) {
      firstOccurrence(firstPath, a.identifier(), a.path() + ".identifier", IDENTIFIER_DUPLICATE, errors);
    }
  }

  private static <K> void firstOccurrence(
      Map<K, String> first, K key, String path, String messageKey, List<CaseValidationError> errors) {
    if (key == null) {
      return;
    }
    String earlier = first.putIfAbsent(key, path);
    if (earlier != null) {
      errors.add(CaseValidationError.of(path, messageKey, key.toString(), earlier));
    }
  }

  private static void taken(CasePackage casePackage, StoredFrameworkState stored, List<CaseValidationError> errors) {
    Map<UUID, String> takenItems =
        stored.existingItems(ids(casePackage.items(), CaseItem::identifier));
    for (CaseItem item : casePackage.items()) {
      String owner = item.identifier() == null ? null : takenItems.get(item.identifier());
      if (owner != null) {
        errors.add(
            CaseValidationError.of(item.path() + ".identifier", IDENTIFIER_TAKEN, item.identifier().toString(), owner));
      }
    }
    Map<UUID, String> takenAssociations =
        stored.existingAssociations(ids(casePackage.associations(), CaseAssociation::identifier));
    for (CaseAssociation a : casePackage.associations()) {
      String owner = a.identifier() == null ? null : takenAssociations.get(a.identifier());
      if (owner != null) {
        errors.add(
            CaseValidationError.of(a.path() + ".identifier", IDENTIFIER_TAKEN, a.identifier().toString(), owner));
      }
    }
  }

  private static void unknownNodes(
      CasePackage casePackage,
      UUID documentId,
      Set<Integer> documentLinks,
      StoredFrameworkState stored,
      List<CaseValidationError> errors) {
    Set<UUID> inPackage = ids(casePackage.items(), CaseItem::identifier);
    Set<UUID> elsewhere = new LinkedHashSet<>();
    for (CaseAssociation a : casePackage.associations()) {
      for (UUID end : new UUID[] {a.originId(), a.destinationId()}) {
        if (end != null && !inPackage.contains(end)) {
          elsewhere.add(end);
        }
      }
    }
    Set<UUID> storedEnds = elsewhere.isEmpty() ? Set.of() : stored.existingItems(elsewhere).keySet();
    for (CaseAssociation a : casePackage.associations()) {
      if (documentLinks.contains(a.index())) {
        continue;
      }
      checkEnd(a.origin(), a.path() + ".originNodeURI.identifier", inPackage, storedEnds, errors);
      checkEnd(a.destination(), a.path() + ".destinationNodeURI.identifier", inPackage, storedEnds, errors);
    }
  }

  private static void checkEnd(
      CaseNodeRef end, String path, Set<UUID> inPackage, Set<UUID> storedEnds, List<CaseValidationError> errors) {
    if (end == null || end.identifier() == null) {
      return;
    }
    if (!inPackage.contains(end.identifier()) && !storedEnds.contains(end.identifier())) {
      errors.add(
          CaseValidationError.of(
              path, ASSOCIATION_UNKNOWN_NODE, end.identifier().toString(), Objects.toString(end.title(), "")));
    }
  }

  /** A child → parent link; {@code association} is the package index, -1 for a stored link. */
  private record Edge(UUID child, UUID parent, int association) {}

  private static void cycles(
      CasePackage casePackage, Set<Integer> documentLinks, StoredFrameworkState stored, List<CaseValidationError> errors) {
    Map<UUID, List<Edge>> parents = new LinkedHashMap<>();
    Set<UUID> inPackage = ids(casePackage.items(), CaseItem::identifier);
    Set<UUID> storedParents = new LinkedHashSet<>();
    for (CaseAssociation a : casePackage.associations()) {
      if (a.type() != AssociationType.IS_CHILD_OF
          || a.originId() == null
          || a.destinationId() == null
          || documentLinks.contains(a.index())) {
        continue;
      }
      parents.computeIfAbsent(a.originId(), k -> new ArrayList<>()).add(new Edge(a.originId(), a.destinationId(), a.index()));
      if (!inPackage.contains(a.destinationId())) {
        storedParents.add(a.destinationId());
      }
    }
    if (parents.isEmpty()) {
      return;
    }
    if (!storedParents.isEmpty()) {
      stored
          .storedAncestry(storedParents)
          .forEach(
              (child, ps) -> ps.forEach(
                  p -> parents.computeIfAbsent(child, k -> new ArrayList<>()).add(new Edge(child, p, -1))));
    }
    Map<UUID, String> names = names(casePackage);
    Set<Set<Integer>> reported = new HashSet<>();
    Map<UUID, Integer> state = new HashMap<>(); // absent: unseen, 1: on the current path, 2: done
    for (UUID start : List.copyOf(parents.keySet())) {
      if (state.containsKey(start)) {
        continue;
      }
      Deque<Frame> path = new ArrayDeque<>();
      path.push(new Frame(start, null, parents.getOrDefault(start, List.of()).iterator()));
      state.put(start, 1);
      while (!path.isEmpty()) {
        Frame top = path.peek();
        if (!top.next.hasNext()) {
          state.put(top.node, 2);
          path.pop();
          continue;
        }
        Edge edge = top.next.next();
        Integer seen = state.get(edge.parent());
        if (seen == null) {
          state.put(edge.parent(), 1);
          path.push(new Frame(edge.parent(), edge, parents.getOrDefault(edge.parent(), List.of()).iterator()));
        } else if (seen == 1) {
          reportCycle(casePackage, path, edge, names, reported, errors);
        }
      }
    }
  }

  private record Frame(UUID node, Edge via, Iterator<Edge> next) {}

  private static void reportCycle(
      CasePackage casePackage,
      Deque<Frame> path,
      Edge closing,
      Map<UUID, String> names,
      Set<Set<Integer>> reported,
      List<CaseValidationError> errors) {
    // path is a stack: iterate from the top down to the frame of the node the closing edge reaches
    List<Edge> edges = new ArrayList<>();
    edges.add(closing);
    for (Frame frame : path) {
      if (frame.node.equals(closing.parent())) {
        break;
      }
      edges.add(frame.via);
    }
    Set<Integer> associations =
        edges.stream().map(Edge::association).filter(i -> i >= 0).collect(Collectors.toCollection(TreeSet::new));
    if (associations.isEmpty() || !reported.add(associations)) {
      return;
    }
    List<Edge> forward = new ArrayList<>(edges);
    java.util.Collections.reverse(forward);
    StringBuilder chain = new StringBuilder(name(forward.get(0).child(), names));
    for (Edge e : forward) {
      chain.append(" → ").append(name(e.parent(), names));
    }
    CaseAssociation first = casePackage.associations().get(associations.iterator().next());
    errors.add(CaseValidationError.of(first.path(), ASSOCIATION_CYCLE, chain.toString()));
  }

  private static Map<UUID, String> names(CasePackage casePackage) {
    Map<UUID, String> names = new HashMap<>();
    for (CaseAssociation a : casePackage.associations()) {
      for (CaseNodeRef end : new CaseNodeRef[] {a.origin(), a.destination()}) {
        if (end != null && end.identifier() != null && end.title() != null) {
          names.putIfAbsent(end.identifier(), end.title());
        }
      }
    }
    for (CaseItem item : casePackage.items()) {
      if (item.identifier() != null && item.humanCode() != null) {
        names.put(item.identifier(), item.humanCode());
      }
    }
    return names;
  }

  private static String name(UUID id, Map<UUID, String> names) {
    return names.getOrDefault(id, id.toString());
  }

  /** JSON path of the first place where the package differs from the stored version. */
  private static String firstDifference(CasePackage incoming, CasePackage stored, Set<Integer> documentLinks) {
    Map<UUID, String> storedItems = new HashMap<>();
    stored.items().forEach(i -> storedItems.put(i.identifier(), CaseCanonicalForm.item(i)));
    for (CaseItem item : incoming.items()) {
      if (!CaseCanonicalForm.item(item).equals(storedItems.get(item.identifier()))) {
        return item.path();
      }
    }
    if (incoming.items().size() != stored.items().size()) {
      return "$.CFItems";
    }
    Map<UUID, String> storedAssociations = new HashMap<>();
    stored.associations().forEach(a -> storedAssociations.put(a.identifier(), CaseCanonicalForm.association(a)));
    int compared = 0;
    for (CaseAssociation a : incoming.associations()) {
      if (documentLinks.contains(a.index())) {
        continue;
      }
      compared++;
      if (!CaseCanonicalForm.association(a).equals(storedAssociations.get(a.identifier()))) {
        return a.path();
      }
    }
    if (compared != stored.associations().size()) {
      return "$.CFAssociations";
    }
    return "$.CFDocument";
  }

  private static <T> Set<UUID> ids(Collection<T> elements, Function<T, UUID> id) {
    return elements.stream().map(id).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
