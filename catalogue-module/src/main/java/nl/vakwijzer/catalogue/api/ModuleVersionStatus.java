package nl.vakwijzer.catalogue.api;

/**
 * Where a module version is in its life, as the provider sees it.
 *
 * <p>CONCEPT is the only editable state. Once INGEDIEND the version is read-only; the
 * accreditation workflow's finer stages (intake, assessment, advice, decision) are shown next to
 * this status as {@link ModuleVersion#accreditationStage()}, recorded through {@link
 * ModuleAccreditationService}. A version whose successor was published directly (practical data
 * only, the material-change rule) becomes VERVANGEN.
 */
public enum ModuleVersionStatus {
  CONCEPT,
  INGEDIEND,
  GEACCREDITEERD,
  AFGEWEZEN,
  VERLOPEN,
  GESCHORST,
  INGETROKKEN,
  VERVANGEN;

  public boolean isEditable() {
    return this == CONCEPT;
  }

  /** Whether municipalities can find the version (only while accredited). */
  public boolean isAccredited() {
    return this == GEACCREDITEERD;
  }

  public String messageKey() {
    return "catalogue.module.status." + name();
  }
}
