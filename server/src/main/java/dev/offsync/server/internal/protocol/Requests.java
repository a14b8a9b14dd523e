package dev.offsync.server.internal.protocol;

import dev.offsync.server.internal.http.Headers;
import dev.offsync.server.internal.http.HttpRequest;
import dev.offsync.server.internal.http.QueryString;
import dev.offsync.server.internal.http.QueryString.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Small readings of a request shared by the operations: flags, content type and the bounded body. */
final class Requests {

  private Requests() {}

  /** Whether soft-deleted rows are wanted: {@code __includedeleted=true} or {@code include:deleted}. */
  static boolean includeDeleted(QueryString query, Headers headers) {
    for (Parameter parameter : query.parameters()) {
      if (parameter.key().equalsIgnoreCase("__includedeleted") && parameter.value().equalsIgnoreCase("true")) {
        return true;
      }
    }
    return zumoOptions(headers).contains("include:deleted");
  }

  /** The lower-cased entries of {@code X-ZUMO-Options}, split at commas and semicolons. */
  static Set<String> zumoOptions(Headers headers) {
    Set<String> options = new HashSet<>();
    for (String value : headers.all("X-ZUMO-Options")) {
      for (String part : value.split("[,;]")) {
        if (!part.isBlank()) {
          options.add(part.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    return options;
  }

  /**
   * The JSON body of a POST or PUT, at most {@code maxBytes} long.
   *
   * @throws ProtocolException 415 for a content type other than JSON, 413 for a body over the limit
   */
  static byte[] jsonBody(HttpRequest request, long maxBytes) {
    String contentType = request.headers().first("Content-Type");
    if (!isJson(contentType)) {
      throw ProtocolException.of(415, "The body must be JSON: send Content-Type: application/json");
    }
    String length = request.headers().first("Content-Length");
    if (length != null && length.trim().matches("\\d{1,18}") && Long.parseLong(length.trim()) > maxBytes) {
      throw tooLarge(maxBytes);
    }
    try (InputStream body = request.body()) {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw ProtocolException.badRequest("The body could not be read: " + e.getMessage());
    }
  }

  private static ProtocolException tooLarge(long maxBytes) {
    return ProtocolException.of(413, "The body is larger than the limit of " + maxBytes + " bytes");
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.startsWith("application/")
        && mediaType.endsWith("+json");
  }
}
