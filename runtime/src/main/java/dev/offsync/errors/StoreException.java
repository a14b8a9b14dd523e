package dev.offsync.errors;

/**
 * The local store cannot be opened or used: the file is not an Offsync store, is locked by another client,
 * was written by an incompatible version, the disk failed, or the client is closed.
 *
 * <p>The message names the store file and says what to do. A failed write changes nothing: the row and its
 * queue operation are rolled back together.
 */
public class StoreException extends OffsyncException {

  private static final long serialVersionUID = 1L;

  /** An exception with this message. */
  public StoreException(String message) {
    super(message);
  }

  /** An exception with this message and cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
