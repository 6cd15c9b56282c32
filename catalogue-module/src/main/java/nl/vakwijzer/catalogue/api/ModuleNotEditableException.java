package nl.vakwijzer.catalogue.api;

/** The version is not a concept (submitted, accredited, …) and so is read-only. {0} = status. */
public class ModuleNotEditableException extends CatalogueException {
  public static final String KEY = "catalogue.module.readOnly";

  public ModuleNotEditableException(ModuleVersionStatus status) {
    super(KEY, status.name());
  }
}
