package dev.offsync.errors;

/** An update or delete named an id that the local table does not hold; nothing was changed. */
public class ItemNotFoundException extends OffsyncException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final String itemId;

  /** An exception for this table and item id; {@code action} is the attempted change, e.g. "update". */
  public ItemNotFoundException(String table, String itemId, String action) {
    super("Cannot " + action + " item '" + itemId + "' in table '" + table + "': no item with this id exists"
        + " locally. Insert it first, or pull the table to fetch it from the service.");
    this.table = table;
    this.itemId = itemId;
  }

  /** The table name. */
  public String table() {
    return table;
  }

  /** The id that was not found. */
  public String itemId() {
    return itemId;
  }
}
