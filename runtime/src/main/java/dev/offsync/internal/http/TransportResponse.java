package dev.offsync.internal.http;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * An answer whose status and headers have arrived and whose body streams; close it to free the connection.
 * Header names are matched case-insensitively.
 */
public final class TransportResponse implements Closeable {

  private final int status;
  private final Map<String, List<String>> headers;
  private final InputStream body;

  /**
   * An answer.
   *
   * @param status the HTTP status
   * @param headers the headers as received
   * @param body the body stream, or null for none
   */
  public TransportResponse(int status, Map<String, List<String>> headers, InputStream body) {
    this.status = status;
    this.headers = Map.copyOf(headers);
    this.body = body == null ? Bodies.empty() : body;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  /** The body, read once; empty when the answer had none. */
  public InputStream body() {
    return body;
  }

  /** The same answer over a body already read. */
  TransportResponse withBody(byte[] bytes) {
    return new TransportResponse(status, headers, new ByteArrayInputStream(bytes));
  }

  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException ignored) {
      // Closing only frees the connection; there is nothing left to read or lose.
    }
  }
}
