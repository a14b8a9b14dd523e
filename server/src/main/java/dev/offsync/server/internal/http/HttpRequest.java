package dev.offsync.server.internal.http;

import java.io.InputStream;
import java.util.Objects;

/**
 * A request as the protocol core sees it, independent of the HTTP server that received it.
 *
 * @param method the upper-case method, {@code GET}
 * @param baseUri the scheme and authority the client used, {@code http://127.0.0.1:8080}, for {@code Location}
 * @param path the decoded path, {@code /tables/movies/1}
 * @param rawPath the path as received, still percent-encoded
 * @param rawQuery the query string as received without {@code ?}, or empty
 * @param headers the request headers
 * @param body the request body; the core reads at most its size limit
 */
public record HttpRequest(String method, String baseUri, String path, String rawPath, String rawQuery,
    Headers headers, InputStream body) {

  /** Checks that nothing is null, using an empty query for null. */
  public HttpRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rawPath, "rawPath");
    rawQuery = rawQuery == null ? "" : rawQuery;
    Objects.requireNonNull(headers, "headers");
    body = body == null ? InputStream.nullInputStream() : body;
  }
}
