package dev.offsync.server.internal.http;

import java.nio.charset.StandardCharsets;

/**
 * A response of the protocol core: status, headers and body bytes. List bodies are bounded by the page size,
 * so a byte array is enough; a change stream's body comes from its {@link ResponseStream} instead.
 *
 * @param status the HTTP status
 * @param headers the response headers, including {@code Content-Type} when there is a body
 * @param body the body, empty for none
 * @param stream the body written over time after {@code body}, or null for none
 */
public record HttpResponse(int status, Headers headers, byte[] body, ResponseStream stream) {

  /** A response whose body is all in {@code body}. */
  public HttpResponse(int status, Headers headers, byte[] body) {
    this(status, headers, body, null);
  }

  /** A response without a body. */
  public static HttpResponse empty(int status) {
    return new HttpResponse(status, new Headers(), new byte[0]);
  }

  /** A response with a body of the given content type. */
  public static HttpResponse of(int status, String contentType, byte[] body) {
    Headers headers = new Headers().set("Content-Type", contentType);
    return new HttpResponse(status, headers, body);
  }

  /** A response whose body is streamed. */
  public static HttpResponse streamed(int status, String contentType, ResponseStream stream) {
    Headers headers = new Headers().set("Content-Type", contentType);
    return new HttpResponse(status, headers, new byte[0], stream);
  }

  /** The body as UTF-8 text, for tests and logs of our own messages. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
