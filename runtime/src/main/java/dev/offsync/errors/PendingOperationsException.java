package dev.offsync.errors;

/**
 * An action that would lose local changes was refused because the table has pending operations, for
 * example a purge that was not forced.
 */
public class PendingOperationsException extends OffsyncException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final long count;

  /** An exception for this table, its number of pending operations and the refused action. */
  public PendingOperationsException(String table, long count, String action) {
    super("Cannot " + action + " table '" + table + "': it has " + count + " pending operation"
        + (count == 1 ? "" : "s") + ". Push them first" + ("purge".equals(action)
        ? ", or force the purge to discard them." : "; failed ones must be resolved or discarded."));
    this.table = table;
    this.count = count;
  }

  /** An exception with this message, for a refusal that concerns a whole store ({@code table} null). */
  public PendingOperationsException(String message, String table, long count) {
    super(message);
    this.table = table;
    this.count = count;
  }

  /** The table name, or null when the refusal concerns a whole store (a wipe). */
  public String table() {
    return table;
  }

  /** The number of pending operations found. */
  public long count() {
    return count;
  }
}
