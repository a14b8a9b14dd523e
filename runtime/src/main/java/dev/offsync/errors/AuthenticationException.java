package dev.offsync.errors;

/**
 * The service refused the credentials (401), even after one fresh token was asked for, or refused access
 * (403).
 */
public class AuthenticationException extends ServiceException {

  private static final long serialVersionUID = 1L;

  /** An authentication failure with the service's status. */
  public AuthenticationException(int status, String message) {
    super(status, message);
  }
}
