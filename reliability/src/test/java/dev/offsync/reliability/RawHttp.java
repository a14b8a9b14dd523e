package dev.offsync.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one exchange per connection, sending exactly the bytes given: no client library
 * stands between a hostile request and the server.
 */
final class RawHttp {

  /**
   * An answer.
   *
   * @param status the status, or 0 when the server closed without one
   * @param headers the headers, names in lower case
   * @param body the body, de-chunked
   */
  record Response(int status, Map<String, String> headers, String body) {}

  private final URI server;

  RawHttp(URI server) {
    this.server = server;
  }

  /** Sends a request with these headers ({@code Host} and {@code Connection: close} are added) and body. */
  Response send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
    StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    head.append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null && headers.keySet().stream().noneMatch(n -> n.equalsIgnoreCase("Transfer-Encoding"))
        && headers.keySet().stream().noneMatch(n -> n.equalsIgnoreCase("Content-Length"))) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    return exchange(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
  }

  /** Sends these bytes as they are and reads the answer. */
  Response exchange(byte[] head, byte[] body) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head);
        if (body != null) {
          out.write(body);
        }
        out.flush();
      } catch (IOException e) {
        // The server may answer (413, 431) and close before reading everything; read what it said.
      }
      return parse(socket.getInputStream());
    }
  }

  private static Response parse(InputStream in) throws IOException {
    byte[] all;
    try {
      all = in.readAllBytes();
    } catch (IOException e) {
      all = new byte[0];
    }
    String text = new String(all, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/") || end < 0) {
      return new Response(0, Map.of(), text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    String body = text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers,
        new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  private static String dechunk(String body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < body.length()) {
      int lineEnd = body.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.writeBytes(body.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
      at = lineEnd + 2 + size + 2;
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }
}
