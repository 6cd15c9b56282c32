package nl.vakwijzer.catalogue.api;

/**
 * A framework version may not change, or may not change this way: it is no longer a concept, it
 * is a reference framework, it is not published (so no concept can be copied from it), another
 * concept of its code is still open, or it is the beheerder's crosswalk, which has no versions.
 *
 * <p>Each case has its own message key; the arguments are the framework code and version.
 */
public class CannotChangeFrameworkException extends CatalogueException {
  /** {0} = code, {1} = version. */
  public static final String FROZEN = "catalogue.frameworkEdit.frozen";
  /** {0} = code, {1} = version. */
  public static final String REFERENCE = "catalogue.frameworkEdit.reference";
  /** {0} = code, {1} = version. */
  public static final String NOT_PUBLISHED = "catalogue.frameworkEdit.notPublished";
  /** {0} = code, {1} = version of the open concept. */
  public static final String CONCEPT_EXISTS = "catalogue.frameworkEdit.conceptExists";
  /** {0} = code, {1} = version. */
  public static final String LIVING_CROSSWALK = "catalogue.frameworkEdit.livingCrosswalk";

  public CannotChangeFrameworkException(String messageKey, String code, String version) {
    super(messageKey, code, version);
  }
}
