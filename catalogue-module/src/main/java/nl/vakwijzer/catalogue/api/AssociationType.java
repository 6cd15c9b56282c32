package nl.vakwijzer.catalogue.api;

import java.util.Optional;

/**
 * The kinds of association between framework items the model knows: the CASE 1.1 vocabulary plus
 * two Vakwijzer extensions.
 *
 * <p>Direction is origin → destination as in CASE: a child {@link #IS_CHILD_OF} its parent, an
 * item {@link #EXACT_MATCH_OF} its equivalent. Any other {@code associationType} in an imported
 * package is refused.
 */
public enum AssociationType {
  /** Child → parent; {@code sequenceNumber} orders the siblings. */
  IS_CHILD_OF("isChildOf"),
  IS_PEER_OF("isPeerOf"),
  IS_PART_OF("isPartOf"),
  /** Same meaning (crosswalk); symmetric and transitive for {@code equivalents}. */
  EXACT_MATCH_OF("exactMatchOf"),
  /** A level → the next level on the same scale. */
  PRECEDES("precedes"),
  /** Overlapping but not the same meaning. */
  IS_RELATED_TO("isRelatedTo"),
  /** An item of an older version → its successor in the newer version. */
  REPLACED_BY("replacedBy"),
  EXEMPLAR("exemplar"),
  /** A level-bound item → the LEVEL item of its level. */
  HAS_SKILL_LEVEL("hasSkillLevel"),
  IS_TRANSLATION_OF("isTranslationOf"),
  /** A LEARNABILITY note → the competency whose components are hard to learn. */
  HARD_TO_LEARN("ext:hardToLearn"),
  /** A LEARNING_FORM → a competency it serves. */
  SERVES_COMPETENCY("ext:servesCompetency");

  private final String caseName;

  AssociationType(String caseName) {
    this.caseName = caseName;
  }

  /** The {@code associationType} value in CASE JSON, e.g. {@code exactMatchOf}. */
  public String caseName() {
    return caseName;
  }

  /** The type for a CASE {@code associationType} value (exact spelling). */
  public static Optional<AssociationType> fromCaseName(String value) {
    for (AssociationType type : values()) {
      if (type.caseName.equals(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Bundle key of the relation's label, e.g. {@code catalogue.associationType.EXACT_MATCH_OF}. */
  public String messageKey() {
    return "catalogue.associationType." + name();
  }
}
