package dev.offsync.errors;

/**
 * The service answered with a status that the operation does not accept, or with a body that is not a valid
 * Datasync answer.
 */
public class ServiceException extends OffsyncException {

  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * An exception for an answer with this HTTP status (0 when the answer had a good status but a bad body).
   */
  public ServiceException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** An exception for an answer with this HTTP status, and its cause. */
  public ServiceException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status of the answer, or 0 for a malformed answer with a success status. */
  public int status() {
    return status;
  }

  /** Whether trying again later may succeed (429 and 5xx). */
  public boolean isRetryable() {
    return status == 429 || status >= 500;
  }
}
