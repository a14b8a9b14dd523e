package dev.offsync.benchmarks.server;

import java.nio.charset.StandardCharsets;

/** Complete HTTP/1.1 requests as bytes, built once and sent many times. */
final class Requests {

  private Requests() {}

  /** A GET of {@code pathAndQuery} (already percent-encoded). */
  static byte[] get(String pathAndQuery, String apiVersion) {
    return bytes("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
        + "ZUMO-API-VERSION: " + apiVersion + "\r\n\r\n");
  }

  /** A POST of a JSON body. */
  static byte[] post(String path, String json, String apiVersion) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head = bytes("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nZUMO-API-VERSION: "
        + apiVersion + "\r\n\r\n");
    byte[] request = new byte[head.length + body.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(body, 0, request, head.length, body.length);
    return request;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
