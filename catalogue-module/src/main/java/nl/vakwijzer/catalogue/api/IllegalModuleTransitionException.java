package nl.vakwijzer.catalogue.api;

/**
 * A lifecycle step that the version's current status does not allow, for example accrediting a
 * version that was never submitted or publishing a concept of a module without an accredited
 * version. {0} = the current status (translate with {@code catalogue.module.status.*}), {1} = the
 * refused target status or stage.
 */
public class IllegalModuleTransitionException extends CatalogueException {
  public static final String KEY = "catalogue.module.transition.illegal";

  public IllegalModuleTransitionException(ModuleVersionStatus current, Object target) {
    super(KEY, current.name(), String.valueOf(target));
  }
}
