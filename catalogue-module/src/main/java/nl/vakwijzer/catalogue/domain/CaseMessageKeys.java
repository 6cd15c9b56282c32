package nl.vakwijzer.catalogue.domain;

/**
 * Message keys of the problems found in CASE packages. The web module translates them; the
 * arguments are described per key.
 */
public final class CaseMessageKeys {
  /** The package as a whole was refused; {0} = number of errors. */
  public static final String INVALID = "catalogue.case.invalid";
  /** {0} = the limit in MB. */
  public static final String FILE_TOO_LARGE = "catalogue.case.file.tooLarge";
  /** {0} = line, {1} = column (-1 when unknown). */
  public static final String JSON_MALFORMED = "catalogue.case.json.malformed";
  /** {0} = field name. */
  public static final String FIELD_MISSING = "catalogue.case.field.missing";
  /** {0} = field name, {1} = expected JSON type (object, array, string, integer, boolean). */
  public static final String FIELD_WRONG_TYPE = "catalogue.case.field.wrongType";
  /** {0} = field name, {1} = maximum length. */
  public static final String FIELD_TOO_LONG = "catalogue.case.field.tooLong";
  /** {0} = field name, {1} = value. */
  public static final String FIELD_INVALID_UUID = "catalogue.case.field.invalidUuid";
  /** {0} = field name, {1} = value. */
  public static final String FIELD_INVALID_DATE_TIME = "catalogue.case.field.invalidDateTime";
  /** {0} = the CFItemType value. */
  public static final String ITEM_TYPE_UNKNOWN = "catalogue.case.itemType.unknown";
  /** {0} = the associationType value. */
  public static final String ASSOCIATION_TYPE_UNKNOWN = "catalogue.case.associationType.unknown";
  /** {0} = identifier, {1} = path of its first occurrence. */
  public static final String IDENTIFIER_DUPLICATE = "catalogue.case.identifier.duplicate";
  /** {0} = identifier, {1} = code of the framework that already has it. */
  public static final String IDENTIFIER_TAKEN = "catalogue.case.identifier.taken";
  /** {0} = human code, {1} = path of its first occurrence. */
  public static final String HUMAN_CODE_DUPLICATE = "catalogue.case.humanCode.duplicate";
  /** {0} = identifier, {1} = title given in the link. */
  public static final String ASSOCIATION_UNKNOWN_NODE = "catalogue.case.association.unknownNode";
  /** {0} = the cycle as human codes, e.g. {@code A → B → A}. */
  public static final String ASSOCIATION_CYCLE = "catalogue.case.association.cycle";
  /** Warning: an isChildOf to the package's own document was not stored. No arguments. */
  public static final String ASSOCIATION_DOCUMENT_LINK_IGNORED =
      "catalogue.case.association.documentLinkIgnored";
  /** {0} = code, {1} = version, {2} = status. The path names the first difference. */
  public static final String DOCUMENT_FROZEN_CHANGED = "catalogue.case.document.frozenChanged";
  /** {0} = code, {1} = version. The path names the first difference. */
  public static final String DOCUMENT_CONCEPT_EXISTS = "catalogue.case.document.conceptExists";
  /** {0} = code, {1} = version. */
  public static final String DOCUMENT_CODE_VERSION_TAKEN = "catalogue.case.document.codeVersionTaken";
  /** {0} = the maximum number of errors reported. */
  public static final String ERRORS_TRUNCATED = "catalogue.case.errors.truncated";

  private CaseMessageKeys() {}
}
