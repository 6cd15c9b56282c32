package nl.vakwijzer.web.provider;

import java.util.Arrays;

/**
 * Each field of the module dossier, marked required (the aanvraagcheck or submission needs it) or
 * optional, and public (shown to municipalities) or not public (only the provider, auditors and
 * beheerders see it), as PE-online marks its course fields. The editor shows the marks next to the
 * labels; the public module page and the preview show only public fields.
 */
public enum DossierField {
  TITLE(true, true),
  SUMMARY(true, true),
  TARGET_GROUP(true, true),
  ENTRY_REQUIREMENTS(false, true),
  DELIVERY_MODE(true, true),
  LANGUAGE(true, true),
  MAX_GROUP_SIZE(false, true),
  EDUCATIONAL_VISION(true, false),
  OBJECTIVES(true, true),
  CORE_CONTENTS(true, true),
  TEACHING_METHODS(true, true),
  ASSESSMENT(true, false),
  SIZE(true, true),
  WORKPLACE_TRANSFER(false, true),
  TRAINERS(true, false),
  QUALITY_ASSURANCE(true, false),
  CLAIMS(true, true),
  PRICES(false, true),
  OFFERINGS(false, true),
  ATTACHMENTS(false, false),
  EXPLANATIONS(false, false);

  private final boolean required;
  private final boolean publicField;

  DossierField(boolean required, boolean publicField) {
    this.required = required;
    this.publicField = publicField;
  }

  public boolean isRequired() {
    return required;
  }

  public boolean isShownPublicly() {
    return publicField;
  }

  /** For EL: {@code DossierField.named('TITLE')}. */
  public static DossierField named(String name) {
    return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }
}
