package nl.vakwijzer.catalogue.api;

/** An upload was refused: not a PDF or DOCX by its content, too large, or empty. */
public class InvalidAttachmentException extends CatalogueException {
  /** {0} = file name. */
  public static final String WRONG_TYPE_KEY = "catalogue.module.attachment.wrongType";
  /** {0} = file name, {1} = limit in MB. */
  public static final String TOO_LARGE_KEY = "catalogue.module.attachment.tooLarge";
  /** {0} = file name. */
  public static final String EMPTY_KEY = "catalogue.module.attachment.empty";

  public InvalidAttachmentException(String key, Object... arguments) {
    super(key, arguments);
  }
}
