package nl.vakwijzer.catalogue.api;

/**
 * No module, version or attachment with this id exists for the caller. Thrown alike for ids that
 * do not exist and for another organisation's ids, so a caller cannot probe what others have.
 */
public class UnknownModuleException extends CatalogueException {
  public static final String KEY = "catalogue.module.unknown";

  public UnknownModuleException(Object id) {
    super(KEY, String.valueOf(id));
  }
}
