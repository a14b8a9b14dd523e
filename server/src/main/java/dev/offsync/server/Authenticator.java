package dev.offsync.server;

import java.util.Map;
import java.util.Optional;

/**
 * Turns the bearer token of a request into the calling {@link User}; a request it rejects is answered 401.
 *
 * <p>The server reads the token from {@code Authorization: Bearer <token>} (or, for Azure App Service clients,
 * from {@code X-ZUMO-AUTH}). Implementations must be thread-safe: requests are served concurrently. Each call
 * runs on the thread that serves the request, so an authenticator may also read a host framework's
 * thread-bound security context (as the Spring Boot starter reads Spring Security's).
 */
@FunctionalInterface
public interface Authenticator {

  /**
   * The user this token belongs to, or empty to reject the request with 401.
   *
   * @param bearerToken the token, or null when the request carried none
   */
  Optional<User> authenticate(String bearerToken);

  /** An authenticator that knows a fixed set of tokens, each mapped to a user id. */
  static Authenticator tokens(Map<String, String> userIdByToken) {
    Map<String, String> copy = Map.copyOf(userIdByToken);
    return token -> token == null ? Optional.empty() : Optional.ofNullable(copy.get(token)).map(User::new);
  }
}
