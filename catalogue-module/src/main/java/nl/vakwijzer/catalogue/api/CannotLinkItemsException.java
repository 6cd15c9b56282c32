package nl.vakwijzer.catalogue.api;

/**
 * A crosswalk link was refused (an item linked to itself or to an item of its own framework, a
 * link that already exists, a retired item, a relation other than exactMatchOf or isRelatedTo),
 * or a link may not be removed (it belongs to a reference framework, or does not exist).
 */
public class CannotLinkItemsException extends CatalogueException {
  /** {0} = the relation given. */
  public static final String TYPE = "catalogue.frameworkEdit.crosswalk.type";
  public static final String SELF = "catalogue.frameworkEdit.crosswalk.self";
  /** {0} = framework code. */
  public static final String SAME_FRAMEWORK = "catalogue.frameworkEdit.crosswalk.sameFramework";
  /** {0} = origin human code, {1} = destination human code. */
  public static final String DUPLICATE = "catalogue.frameworkEdit.crosswalk.duplicate";
  /** {0} = human code. */
  public static final String RETIRED = "catalogue.frameworkEdit.crosswalk.retired";
  /** {0} = code of the framework declaring the link. */
  public static final String READ_ONLY = "catalogue.frameworkEdit.crosswalk.readOnly";
  public static final String UNKNOWN = "catalogue.frameworkEdit.crosswalk.unknown";

  public CannotLinkItemsException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
