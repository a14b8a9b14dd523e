package dev.offsync.server.internal.protocol;

import dev.offsync.server.internal.http.Headers;

/** The bearer token of a request: {@code Authorization: Bearer <token>}, else {@code X-ZUMO-AUTH}. */
final class Credentials {

  private Credentials() {}

  /** The token, or null when the request has none. */
  static String token(Headers headers) {
    String authorization = headers.first("Authorization");
    if (authorization != null) {
      String trimmed = authorization.trim();
      if (trimmed.regionMatches(true, 0, "Bearer ", 0, 7)) {
        String token = trimmed.substring(7).trim();
        return token.isEmpty() ? null : token;
      }
      return null;
    }
    String zumo = headers.first("X-ZUMO-AUTH");
    return zumo == null || zumo.isBlank() ? null : zumo.trim();
  }
}
