package dev.offsync.errors;

import dev.offsync.operations.OperationKind;

/**
 * A local change cannot be combined with the operation already pending for the same item (the forbidden
 * pairs of the collapse table: insert after insert or update, update or delete after delete); nothing was
 * changed.
 */
public class InvalidOperationSequenceException extends OffsyncException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final String itemId;
  private final OperationKind pending;
  private final OperationKind requested;

  /** An exception for this item, its pending operation and the refused change. */
  public InvalidOperationSequenceException(String table, String itemId, OperationKind pending,
      OperationKind requested) {
    super("Cannot " + verb(requested) + " item '" + itemId + "' in table '" + table + "': it has a pending "
        + pending + " operation. " + advice(pending, requested));
    this.table = table;
    this.itemId = itemId;
    this.pending = pending;
    this.requested = requested;
  }

  /** The table name. */
  public String table() {
    return table;
  }

  /** The item id. */
  public String itemId() {
    return itemId;
  }

  /** The kind of the operation already queued for the item. */
  public OperationKind pendingKind() {
    return pending;
  }

  /** The kind of the refused change. */
  public OperationKind requestedKind() {
    return requested;
  }

  private static String verb(OperationKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String advice(OperationKind pending, OperationKind requested) {
    if (pending == OperationKind.DELETE) {
      return "The item is deleted locally; insert it again to replace it.";
    }
    return requested == OperationKind.INSERT ? "The item exists locally; use update to change it." : "";
  }
}
