package dev.offsync.errors;

/**
 * The root of every exception that Offsync throws on purpose; unchecked, so that callers catch only what
 * they can handle.
 *
 * <p>Programming errors that no caller should catch (a null argument, a negative {@code skip}) are
 * reported with the standard {@link NullPointerException} and {@link IllegalArgumentException} instead.
 */
public class OffsyncException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with this message. */
  public OffsyncException(String message) {
    super(message);
  }

  /** An exception with this message and cause. */
  public OffsyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
