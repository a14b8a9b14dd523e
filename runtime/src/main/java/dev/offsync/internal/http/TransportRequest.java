package dev.offsync.internal.http;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request as a {@link Transport} sends it; bodies are the small JSON of one item, so bytes suffice.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param uri the exact URI, sent as is (a nextLink is followed verbatim)
 * @param headers the headers, one value each
 * @param body the body, or null for none
 * @param timeout how long to wait for the answer's status and headers
 */
public record TransportRequest(String method, URI uri, Map<String, String> headers, byte[] body,
    Duration timeout) {

  /** Checks the parts and copies the headers. */
  public TransportRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(timeout, "timeout");
  }

  /** The same request with these headers added (replacing any of the same name). */
  TransportRequest withHeaders(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putAll(more);
    return new TransportRequest(method, uri, all, body, timeout);
  }
}
