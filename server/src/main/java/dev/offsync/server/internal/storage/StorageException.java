package dev.offsync.server.internal.storage;

/** A database failure that is not the caller's fault; the server answers 500 and logs it. */
public final class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Wraps the cause with what was being done. */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
