package dev.offsync;

/** The root of every exception Offsync throws; unchecked. */
public class OffsyncException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message saying what went wrong and, where possible, how to fix it. */
  public OffsyncException(String message) {
    super(message);
  }

  /** An exception with a message and its cause. */
  public OffsyncException(String message, Throwable cause) {
    super(message, cause);
  }
}
