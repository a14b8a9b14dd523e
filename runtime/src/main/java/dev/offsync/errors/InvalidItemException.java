package dev.offsync.errors;

/** An item cannot be stored as given (for example its id is not a valid Datasync id); nothing was changed. */
public class InvalidItemException extends OffsyncException {

  private static final long serialVersionUID = 1L;

  /** An exception with this message. */
  public InvalidItemException(String message) {
    super(message);
  }

  /** An exception with this message and cause. */
  public InvalidItemException(String message, Throwable cause) {
    super(message, cause);
  }
}
