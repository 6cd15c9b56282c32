package nl.vakwijzer.catalogue.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored frameworks as the {@link CasePackageValidator} sees them while it checks a package,
 * inside the transaction that will store it.
 */
public interface StoredFrameworkState {

  Optional<StoredFramework> framework(UUID documentId);

  Optional<StoredFramework> frameworkByCodeAndVersion(String code, String version);

  /** Of the given item ids, those already stored, each with its framework's code. */
  Map<UUID, String> existingItems(Collection<UUID> itemIds);

  /** Of the given association ids, those already stored, each with its declaring framework's code. */
  Map<UUID, String> existingAssociations(Collection<UUID> associationIds);

  /**
   * The stored isChildOf links (child → parents) above the given items, up to the roots: all a
   * cycle check needs to know about stored trees the package hangs items under.
   */
  Map<UUID, List<UUID>> storedAncestry(Collection<UUID> itemIds);

  /** A stored framework version rebuilt as a package, to name the first difference from another. */
  CasePackage storedPackage(UUID documentId);
}
