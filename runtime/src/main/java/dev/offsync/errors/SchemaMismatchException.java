package dev.offsync.errors;

import java.util.List;

/**
 * The service describes a table (its {@code /openapi.json}) without some of the client model's synchronized
 * columns, or with another type for them; the table is neither pushed nor pulled, since the service would drop
 * the values and a pull would bring the table back without them. Nothing was sent or changed.
 */
public class SchemaMismatchException extends OffsyncException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final List<String> columns;

  /** An exception for these columns of this table, each described in {@code details}. */
  public SchemaMismatchException(String table, List<String> columns, String details) {
    super("The service's table '" + table + "' does not match the client model: " + details
        + ". Nothing of the table is pushed or pulled until the service or the model changes.");
    this.table = table;
    this.columns = List.copyOf(columns);
  }

  /** The table name. */
  public String table() {
    return table;
  }

  /** The model's columns that the service lacks or types differently. */
  public List<String> columns() {
    return columns;
  }
}
