package dev.offsync.errors;

/**
 * The store file cannot be read with the key given: the key is wrong, the file is encrypted and no key was
 * given, the file is not encrypted but a key was given, or it is not a SQLite database at all (a file that
 * cannot be read cannot be told apart from an encrypted one). Nothing was written to the file.
 */
public class StoreKeyException extends StoreException {

  private static final long serialVersionUID = 1L;

  /** An exception with this message. */
  public StoreKeyException(String message) {
    super(message);
  }

  /** An exception with this message and cause. */
  public StoreKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
