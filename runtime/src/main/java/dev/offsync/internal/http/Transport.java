package dev.offsync.internal.http;

import java.io.IOException;

/**
 * The seam under every request the client sends: send this request, stream this answer. An implementation only
 * moves bytes (the JDK's client in {@code internal.http.jdk}; OkHttp on Android can sit beside it); statuses,
 * tokens and retries are {@link HttpTransport}'s, the same for every implementation. Implementations are
 * thread-safe.
 */
public interface Transport {

  /**
   * Sends one request and returns as soon as the status and headers have arrived; the body streams from
   * {@link TransportResponse#body()} and the caller closes the answer.
   *
   * @throws java.net.SocketTimeoutException (or another {@link java.io.InterruptedIOException}) when no answer
   *     came within the request's timeout
   * @throws IOException when the request could not be sent or no answer arrived
   */
  TransportResponse send(TransportRequest request) throws IOException;
}
