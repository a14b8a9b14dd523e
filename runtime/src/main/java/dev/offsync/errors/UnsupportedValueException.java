package dev.offsync.errors;

/**
 * An item holds a value that cannot make the round trip to the service and back unchanged (a lone surrogate in
 * a string, NaN, an infinity or {@code -0.0}, a decimal with a negative scale, an instant outside years 0001 to
 * 9999); nothing was changed. The ranges are in docs/processor.md.
 */
public class UnsupportedValueException extends InvalidItemException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final String field;

  /** An exception for this table's field, saying why its value is refused. */
  public UnsupportedValueException(String table, String field, String reason) {
    super("Cannot store the value of field '" + field + "' of an item of table '" + table + "': " + reason
        + ". Nothing was changed.");
    this.table = table;
    this.field = field;
  }

  /** The table name. */
  public String table() {
    return table;
  }

  /** The JSON name of the field whose value is refused. */
  public String field() {
    return field;
  }
}
