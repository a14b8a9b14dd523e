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
 * @param ignoreUnknownFields whether body properties that name no column are skipped rather than refused
 * @param metrics where served pages are reported
 */
record Call(HttpRequest request, User user, QueryString query, long maxBodyBytes, boolean ignoreUnknownFields,
    RequestMetrics metrics) {

  /** Whether soft-deleted rows are in play for this request. */
  boolean includeDeleted() {
    return Requests.includeDeleted(query, request.headers());
  }
}
