package nl.vakwijzer.catalogue.api;

/**
 * An item edit was refused: a required text is missing or too long, the code is taken or not
 * valid, the parent is not an item of the concept, or the item is retired.
 *
 * <p>{@link #field()} names the field of {@link NewItem} or {@link ItemEdit} the problem is about
 * ({@code humanCode}, {@code fullStatement}, …) so that a form can show it next to that field;
 * {@code null} when it is about the item as a whole.
 */
public class CannotEditItemException extends CatalogueException {
  public static final String TYPE_REQUIRED = "catalogue.frameworkEdit.item.typeRequired";
  public static final String CODE_REQUIRED = "catalogue.frameworkEdit.item.codeRequired";
  /** {0} = the code as given. */
  public static final String CODE_INVALID = "catalogue.frameworkEdit.item.codeInvalid";
  /** {0} = the code, {1} = framework code, {2} = version. */
  public static final String CODE_TAKEN = "catalogue.frameworkEdit.item.codeTaken";
  public static final String STATEMENT_REQUIRED = "catalogue.frameworkEdit.item.statementRequired";
  /** {0} = maximum number of characters. */
  public static final String TOO_LONG = "catalogue.frameworkEdit.item.tooLong";
  /** {0} = human code of the parent. */
  public static final String PARENT_ELSEWHERE = "catalogue.frameworkEdit.item.parentElsewhere";
  /** {0} = human code of the retired item. */
  public static final String RETIRED = "catalogue.frameworkEdit.item.retired";

  private final String field;

  public CannotEditItemException(String field, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
