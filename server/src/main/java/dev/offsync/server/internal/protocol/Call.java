package dev.offsync.server.internal.protocol;

import dev.offsync.server.User;
import dev.offsync.server.internal.http.HttpRequest;
import dev.offsync.server.internal.http.QueryString;

/**
 * One request being served.
 *
 * @param request the request
 * @param user the authenticated caller
 * @param query its parsed query string
 * @param maxBodyBytes the body size limit
 */
record Call(HttpRequest request, User user, QueryString query, long maxBodyBytes) {

  /** Whether soft-deleted rows are in play for this request. */
  boolean includeDeleted() {
    return Requests.includeDeleted(query, request.headers());
  }
}
