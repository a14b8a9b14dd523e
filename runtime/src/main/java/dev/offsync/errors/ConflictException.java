package dev.offsync.errors;

/**
 * The service refused a write because its copy differs (409 on insert of an existing id, 412 on a version
 * mismatch); {@link #serverItem()} is the service's copy.
 */
public class ConflictException extends ServiceException {

  private static final long serialVersionUID = 1L;

  private final transient Object serverItem;

  /** A conflict with the service's status and its copy of the item (may be null if it sent none). */
  public ConflictException(int status, String message, Object serverItem) {
    super(status, message);
    this.serverItem = serverItem;
  }

  /** The service's copy of the item, of the table's entity type; null if the service sent none. */
  public Object serverItem() {
    return serverItem;
  }
}
