package nl.vakwijzer.catalogue.domain;

import static nl.vakwijzer.catalogue.api.FrameworkEditingService.MAX_CODE_LENGTH;
import static nl.vakwijzer.catalogue.api.FrameworkEditingService.MAX_TEXT_LENGTH;

import java.util.regex.Pattern;
import nl.vakwijzer.catalogue.api.CannotEditItemException;
import nl.vakwijzer.catalogue.api.ItemEdit;
import nl.vakwijzer.catalogue.api.NewItem;

/**
 * The rules for the texts of an item a beheerder adds or changes: required fields, lengths, and
 * codes without spaces. Texts are stripped; blank optional texts become {@code null}.
 */
public final class ItemRules {
  private static final Pattern NO_WHITESPACE = Pattern.compile("\\S+");

  private ItemRules() {}

  /** The request with its texts cleaned up, or the first problem, naming its field. */
  public static NewItem checked(NewItem item) {
    if (item.type() == null) {
      throw new CannotEditItemException("type", CannotEditItemException.TYPE_REQUIRED);
    }
    String code = optional(item.humanCode());
    if (code == null) {
      throw new CannotEditItemException("humanCode", CannotEditItemException.CODE_REQUIRED);
    }
    if (code.length() > MAX_CODE_LENGTH) {
      throw new CannotEditItemException("humanCode", CannotEditItemException.TOO_LONG, MAX_CODE_LENGTH);
    }
    if (!NO_WHITESPACE.matcher(code).matches()) {
      throw new CannotEditItemException("humanCode", CannotEditItemException.CODE_INVALID, code);
    }
    ItemEdit texts = checked(new ItemEdit(item.fullStatement(), item.abbreviatedStatement(), item.notes()));
    return new NewItem(
        item.parent(), item.type(), code, texts.fullStatement(), texts.abbreviatedStatement(), texts.notes());
  }

  /** The edit with its texts cleaned up, or the first problem, naming its field. */
  public static ItemEdit checked(ItemEdit edit) {
    String statement = optional(edit.fullStatement());
    if (statement == null) {
      throw new CannotEditItemException("fullStatement", CannotEditItemException.STATEMENT_REQUIRED);
    }
    String abbreviated = optional(edit.abbreviatedStatement());
    String notes = optional(edit.notes());
    length("fullStatement", statement);
    length("abbreviatedStatement", abbreviated);
    length("notes", notes);
    return new ItemEdit(statement, abbreviated, notes);
  }

  private static void length(String field, String text) {
    if (text != null && text.length() > MAX_TEXT_LENGTH) {
      throw new CannotEditItemException(field, CannotEditItemException.TOO_LONG, MAX_TEXT_LENGTH);
    }
  }

  private static String optional(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
