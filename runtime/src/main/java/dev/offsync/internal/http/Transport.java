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

  /**
   * Sends a request whose answer is a long-lived stream (the service's change feed, Server-Sent Events): as
   * {@link #send}, the request's timeout bounds the wait for the status and headers only; reads of the body
   * must then have no time limit, since the stream may be silent between heartbeats. The caller may close the
   * answer from another thread to end a read in progress. The default is {@link #send}, right for a transport
   * whose body reads have no time limit (the JDK's); one with a read time-out overrides it.
   *
   * @throws IOException when the request could not be sent or no answer arrived
   */
  default TransportResponse openStream(TransportRequest request) throws IOException {
    return send(request);
  }
}
