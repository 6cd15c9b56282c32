package nl.vakwijzer.catalogue.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of framework item the model knows; the constant name is the CASE {@code CFItemType}
 * code used in the packages (see {@code frameworks/README.md}).
 *
 * <p>An imported package whose items use any other type is refused.
 */
public enum ItemType {
  /** A Divosa profile (Werk, Inkomen, Zorg, Management, and the basiscompetentieprofiel). */
  PROFILE,
  /** A Divosa hoofdtaak of a profile. */
  HOOFDTAAK,
  /** A Divosa deeltaak of a hoofdtaak. */
  DEELTAAK,
  /** A task of the Standaard or the Beroepsprofiel. */
  TASK,
  /** A competency; also a Divosa (profile, hoofdtaak, competency) slot. */
  COMPETENCY,
  /** A cell of the Standaard task grid: task × level × A/B/C/D dimension. */
  LEVEL_DESCRIPTOR,
  /** A behaviour example (gedragsvoorbeeld). */
  BEHAVIOUR_EXAMPLE,
  /** An indicator of a Standaard competency at a level (cumulative upwards). */
  INDICATOR,
  KNOWLEDGE_AREA,
  ROLE,
  /** A dimension grouping Beroepsprofiel competencies. */
  DIMENSION,
  /** A cluster of PiCompany dictionary competencies. */
  CLUSTER,
  /** An MBO kwalificatiedossier. */
  QUALIFICATION_DOSSIER,
  /** The basisdeel or a profieldeel of an MBO dossier. */
  DOSSIER_PART,
  KERNTAAK,
  WERKPROCES,
  /** A scale; its {@link #LEVEL} items are its children. */
  SCALE,
  /** A point on a scale; extension {@code scaleValue} gives its order (1..n). */
  LEVEL,
  /** A workplace learning form (Leerbaarheid). */
  LEARNING_FORM,
  /** A note on the hard-to-learn components of a competency. */
  LEARNABILITY,
  /** A term defined by a source document. */
  DEFINITION;

  /**
   * The type for a CASE {@code CFItemType} value. Case, spaces and hyphens are not significant,
   * so {@code "Level descriptor"} is {@link #LEVEL_DESCRIPTOR}.
   */
  public static Optional<ItemType> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String normalised = code.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    for (ItemType type : values()) {
      if (type.name().equals(normalised)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Bundle key of the type's label, e.g. {@code catalogue.itemType.COMPETENCY}. */
  public String messageKey() {
    return "catalogue.itemType." + name();
  }
}
