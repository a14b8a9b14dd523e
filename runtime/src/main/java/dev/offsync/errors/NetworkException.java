package dev.offsync.errors;

/**
 * The service could not be reached: no network, connection refused or reset, or a timeout. Nothing was
 * decided by the service; queued operations stay queued.
 */
public class NetworkException extends OffsyncException {

  private static final long serialVersionUID = 1L;

  /** A network failure with its cause. */
  public NetworkException(String message, Throwable cause) {
    super(message, cause);
  }
}
