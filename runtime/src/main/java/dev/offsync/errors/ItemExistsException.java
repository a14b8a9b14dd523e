package dev.offsync.errors;

/** An insert named an id that the local table already holds; nothing was changed. */
public class ItemExistsException extends OffsyncException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final String itemId;

  /** An exception for this table and item id. */
  public ItemExistsException(String table, String itemId) {
    super("Cannot insert item '" + itemId + "' into table '" + table + "': an item with this id exists"
        + " locally. Use update to replace it, or insert with another (or no) id.");
    this.table = table;
    this.itemId = itemId;
  }

  /** The table name. */
  public String table() {
    return table;
  }

  /** The id of the existing item. */
  public String itemId() {
    return itemId;
  }
}
