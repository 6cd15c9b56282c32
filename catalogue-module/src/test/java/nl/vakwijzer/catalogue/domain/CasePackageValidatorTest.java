package nl.vakwijzer.catalogue.domain;

import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ASSOCIATION_CYCLE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ASSOCIATION_DOCUMENT_LINK_IGNORED;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.ASSOCIATION_UNKNOWN_NODE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.DOCUMENT_CODE_VERSION_TAKEN;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.HUMAN_CODE_DUPLICATE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.IDENTIFIER_DUPLICATE;
import static nl.vakwijzer.catalogue.domain.CaseMessageKeys.IDENTIFIER_TAKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vakwijzer.catalogue.api.CaseValidationError;
import nl.vakwijzer.catalogue.api.FrameworkStatus;
import nl.vakwijzer.catalogue.testing.CasePackageBuilder;
import org.junit.jupiter.api.Test;

class CasePackageValidatorTest {
  private final CasePackageValidator validator = new CasePackageValidator();
  private final FakeStore store = new FakeStore();

  @Test
  void aConsistentPackageHasNoErrors() {
    CasePackageBuilder p =
        CasePackageBuilder.framework("T")
            .item("T.1", "COMPETENCY", "a")
            .item("T.1.1", "INDICATOR", "b")
            .childOf("T.1.1", "T.1", 1);

    assertThat(validate(p).errors()).isEmpty();
  }

  @Test
  void duplicateIdentifiersAndHumanCodesPointToTheirFirstOccurrence() {
    CasePackageBuilder p =
        CasePackageBuilder.framework("T")
            .item("T.1", "COMPETENCY", "a")
            .item("T.2", "COMPETENCY", "b")
            .item("T.3", "COMPETENCY", "c");
    p.set("CFItems[1]", "identifier", p.itemId("T.1").toString());
    p.set("CFItems[2]", "humanCodingScheme", "T.1");

    assertThat(validate(p).errors())
        .extracting(CaseValidationError::path, CaseValidationError::messageKey, e -> e.arguments().get(1))
        .containsExactlyInAnyOrder(
            tuple("$.CFItems[1].identifier", IDENTIFIER_DUPLICATE, "$.CFItems[0].identifier"),
            tuple("$.CFItems[2].humanCodingScheme", HUMAN_CODE_DUPLICATE, "$.CFItems[0].humanCodingScheme"));
  }

  @Test
  void identifiersOfAnotherStoredFrameworkAreTaken() {
    CasePackageBuilder p = CasePackageBuilder.framework("T").item("T.1", "COMPETENCY", "a");
    store.items.put(p.itemId("T.1"), "SV");

    assertThat(validate(p).errors())
        .extracting(CaseValidationError::path, CaseValidationError::messageKey, CaseValidationError::arguments)
        .containsExactly(tuple("$.CFItems[0].identifier", IDENTIFIER_TAKEN, List.of(p.itemId("T.1").toString(), "SV")));
  }

  @Test
  void anAssociationMayPointToAStoredItemButNotToAnUnknownOne() {
    UUID stored = UUID.randomUUID();
    UUID unknown = UUID.randomUUID();
    store.items.put(stored, "SV");
    CasePackageBuilder p = CasePackageBuilder.framework("T").item("T.1", "COMPETENCY", "a");
    p.association("exactMatchOf", p.itemId("T.1"), "T.1", stored, "SV.C4");
    p.association("isRelatedTo", unknown, "X.9", p.itemId("T.1"), "T.1");

    assertThat(validate(p).errors())
        .extracting(CaseValidationError::path, CaseValidationError::messageKey, CaseValidationError::arguments)
        .containsExactly(
            tuple("$.CFAssociations[1].originNodeURI.identifier", ASSOCIATION_UNKNOWN_NODE, List.of(unknown.toString(), "X.9")));
  }

  @Test
  void anIsChildOfCycleIsReportedOnceAtItsFirstAssociation() {
    CasePackageBuilder p =
        CasePackageBuilder.framework("T")
            .item("A", "COMPETENCY", "a")
            .item("B", "COMPETENCY", "b")
            .item("C", "COMPETENCY", "c")
            .childOf("A", "B", 1)
            .childOf("B", "C", 1)
            .childOf("C", "A", 1);

    assertThat(validate(p).errors())
        .extracting(CaseValidationError::path, CaseValidationError::messageKey)
        .containsExactly(tuple("$.CFAssociations[0]", ASSOCIATION_CYCLE));
    assertThat(validate(p).errors().get(0).arguments().get(0).toString()).contains("A", "B", "C", " → ");
  }

  @Test
  void anItemThatIsItsOwnParentIsACycle() {
    CasePackageBuilder p = CasePackageBuilder.framework("T").item("A", "COMPETENCY", "a").childOf("A", "A", 1);

    assertThat(validate(p).errors())
        .extracting(CaseValidationError::messageKey, e -> e.arguments().get(0))
        .containsExactly(tuple(ASSOCIATION_CYCLE, "A → A"));
  }

  @Test
  void aCycleThroughAStoredTreeIsFound() {
    UUID storedParent = UUID.randomUUID();
    UUID storedGrandparent = UUID.randomUUID();
    store.items.put(storedParent, "SV");
    store.items.put(storedGrandparent, "SV");
    store.parents.put(storedParent, List.of(storedGrandparent));
    // the package hangs a stored item under another stored item above it: grandparent → parent
    CasePackageBuilder p = CasePackageBuilder.framework("T");
    p.association("isChildOf", storedGrandparent, "SV.SCHAAL", storedParent, "SV.BASIS");

    assertThat(validate(p).errors())
        .extracting(CaseValidationError::path, CaseValidationError::messageKey, e -> e.arguments().get(0))
        .containsExactly(tuple("$.CFAssociations[0]", ASSOCIATION_CYCLE, "SV.SCHAAL → SV.BASIS → SV.SCHAAL"));
  }

  @Test
  void multipleParentsWithoutCycleAreAllowed() {
    CasePackageBuilder p =
        CasePackageBuilder.framework("T")
            .item("P1", "PROFILE", "a")
            .item("P2", "PROFILE", "b")
            .item("C", "COMPETENCY", "c")
            .childOf("C", "P1", 1)
            .childOf("C", "P2", 1);

    assertThat(validate(p).errors()).isEmpty();
  }

  @Test
  void anIsChildOfLinkToThePackagesOwnDocumentIsIgnoredWithAWarning() {
    CasePackageBuilder p = CasePackageBuilder.framework("T").item("T.1", "COMPETENCY", "a");
    p.association("isChildOf", p.itemId("T.1"), "T.1", p.documentId(), "Testkader T");

    CasePackageValidator.Result result = validate(p);

    assertThat(result.errors()).isEmpty();
    assertThat(result.ignoredAssociations()).containsExactly(0);
    assertThat(result.warnings())
        .extracting(CaseValidationError::path, CaseValidationError::messageKey)
        .containsExactly(tuple("$.CFAssociations[0]", ASSOCIATION_DOCUMENT_LINK_IGNORED));
  }

  @Test
  void anotherDocumentWithTheSameCodeAndVersionIsRefused() {
    store.byCodeAndVersion.put("T/1", new StoredFramework(UUID.randomUUID(), "T", "1", FrameworkStatus.CONCEPT, "h"));

    assertThat(validate(CasePackageBuilder.framework("T")).errors())
        .extracting(CaseValidationError::path, CaseValidationError::messageKey)
        .containsExactly(tuple("$.CFDocument", DOCUMENT_CODE_VERSION_TAKEN));
  }

  private CasePackageValidator.Result validate(CasePackageBuilder builder) {
    CaseReadResult read = new CasePackageReader().read(builder.bytes());
    assertThat(read.errors()).as("the test package itself is well-formed").isEmpty();
    return validator.validate(read.casePackage(), store);
  }

  /** Stored state in memory: item id → framework code, child → parents. */
  private static final class FakeStore implements StoredFrameworkState {
    final Map<UUID, String> items = new HashMap<>();
    final Map<UUID, List<UUID>> parents = new HashMap<>();
    final Map<String, StoredFramework> byCodeAndVersion = new HashMap<>();

    @Override
    public Optional<StoredFramework> framework(UUID documentId) {
      return Optional.empty();
    }

    @Override
    public Optional<StoredFramework> frameworkByCodeAndVersion(String code, String version) {
      return Optional.ofNullable(byCodeAndVersion.get(code + "/" + version));
    }

    @Override
    public Map<UUID, String> existingItems(Collection<UUID> itemIds) {
      return itemIds.stream().filter(items::containsKey).collect(Collectors.toMap(id -> id, items::get));
    }

    @Override
    public Map<UUID, String> existingAssociations(Collection<UUID> associationIds) {
      return Map.of();
    }

    @Override
    public Map<UUID, List<UUID>> storedAncestry(Collection<UUID> itemIds) {
      return parents; // small enough to hand over whole
    }

    @Override
    public CasePackage storedPackage(UUID documentId) {
      throw new AssertionError("this fake holds no stored packages");
    }
  }
}
