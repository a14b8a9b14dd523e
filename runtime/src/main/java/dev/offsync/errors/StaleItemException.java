package dev.offsync.errors;

/**
 * An update or delete carried an item whose {@code version} is not the stored row's: the item was read before
 * the row changed (a pull brought another device's change, or a push a new version), so writing it would
 * silently overwrite that change. Nothing was changed; read the item again, apply the edit to that copy and
 * write it. Optimistic concurrency as JPA's {@code @Version}; items without a version are not checked.
 */
public class StaleItemException extends OffsyncException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final String itemId;

  /** An exception for this table and item id. */
  public StaleItemException(String table, String itemId, String action) {
    super("Cannot " + action + " item '" + itemId + "' of table '" + table + "': the item's version is not the"
        + " stored one, so it is a stale copy and would overwrite a newer change. Read the item again (get or"
        + " query) and " + action + " that copy.");
    this.table = table;
    this.itemId = itemId;
  }

  /** The table name. */
  public String table() {
    return table;
  }

  /** The id of the item. */
  public String itemId() {
    return itemId;
  }
}
