package dev.offsync;

/**
 * Supplies the access token sent with every request. Offsync asks with {@code forceRefresh} true once after a
 * 401, and gives up if the service refuses the fresh token too. Tokens are never logged.
 */
@FunctionalInterface
public interface AccessTokenProvider {

  /**
   * The token to send, or null to send none.
   *
   * @param forceRefresh true after the service refused the previous token: do not return a cached one
   */
  String accessToken(boolean forceRefresh);
}
