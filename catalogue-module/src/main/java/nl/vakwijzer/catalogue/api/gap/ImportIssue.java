package nl.vakwijzer.catalogue.api.gap;

import java.util.List;

/**
 * One problem of an uploaded team file: {@code row} is the 1-based line/row in the file (1 = the
 * header, 0 = the file as a whole), {@code column} the column heading ("" when about the row or
 * file), and a message key with arguments. The keys are the constants here.
 */
public record ImportIssue(int row, String column, String key, List<Object> arguments) {
  /** The file is not CSV or XLSX, or cannot be read. */
  public static final String FILE_UNREADABLE = "gap.import.fileUnreadable";
  /** {0} = maximum number of rows. */
  public static final String TOO_MANY_ROWS = "gap.import.tooManyRows";
  /** The file has no people. */
  public static final String NO_ROWS = "gap.import.noRows";
  /** The first column of the header must be "label". */
  public static final String LABEL_COLUMN_MISSING = "gap.import.labelColumnMissing";
  /** {0} = the column heading: not a competency code of the target profile. */
  public static final String UNKNOWN_COLUMN = "gap.import.unknownColumn";
  /** {0} = the column heading, given twice. */
  public static final String DUPLICATE_COLUMN = "gap.import.duplicateColumn";
  /** {0} = the label as given. */
  public static final String LABEL_INVALID = "gap.import.labelInvalid";
  /** {0} = the label, already on an earlier row. */
  public static final String LABEL_DUPLICATE = "gap.import.labelDuplicate";
  /** {0} = the value, {1} = the competency code: not a level name, ordinal or "onder basis". */
  public static final String LEVEL_INVALID = "gap.import.levelInvalid";

  public ImportIssue {
    column = column == null ? "" : column;
    arguments = List.copyOf(arguments);
  }

  public static ImportIssue of(int row, String column, String key, Object... arguments) {
    return new ImportIssue(row, column, key, List.of(arguments));
  }
}
