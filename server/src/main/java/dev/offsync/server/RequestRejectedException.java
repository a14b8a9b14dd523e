package dev.offsync.server;

/**
 * Thrown by an {@link AccessPolicy} hook to answer the request with a 4xx status and a reason instead of
 * going on; nothing is written when it is thrown before the commit.
 */
public final class RequestRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * A rejection with the given HTTP status and a reason for the caller.
   *
   * @param status a 4xx status, for example 403
   * @param reason the problem's {@code detail}, sent to the caller
   */
  public RequestRejectedException(int status, String reason) {
    super(reason);
    if (status < 400 || status > 499) {
      throw new IllegalArgumentException("A rejection needs a 4xx status, not " + status);
    }
    this.status = status;
  }

  /** The HTTP status of the answer. */
  public int status() {
    return status;
  }
}
