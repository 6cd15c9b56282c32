package nl.vakwijzer.catalogue.api;

/** What an attachment to a module version is. */
public enum AttachmentKind {
  SYLLABUS,
  TRAINER_CV,
  OTHER;

  public String messageKey() {
    return "catalogue.module.attachment.kind." + name();
  }
}
