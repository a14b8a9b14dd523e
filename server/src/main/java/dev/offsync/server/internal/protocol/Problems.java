package dev.offsync.server.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.offsync.server.internal.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** RFC 9457 problem responses ({@code application/problem+json} with {@code title} and {@code detail}). */
final class Problems {

  static final String CONTENT_TYPE = "application/problem+json";

  private Problems() {}

  /** A problem response for a 4xx or 5xx status. */
  static HttpResponse of(int status, String detail) {
    return of(status, detail, List.of());
  }

  /** A problem response that also lists broken constraints, as {@code errors: [{property, message}]}. */
  static HttpResponse of(int status, String detail, List<ProtocolException.Violation> violations) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = ItemJson.FACTORY.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeStringField("type", "about:blank");
      json.writeStringField("title", title(status));
      json.writeNumberField("status", status);
      if (detail != null) {
        json.writeStringField("detail", detail);
      }
      if (!violations.isEmpty()) {
        json.writeArrayFieldStart("errors");
        for (ProtocolException.Violation v : violations) {
          json.writeStartObject();
          json.writeStringField("property", v.property());
          json.writeStringField("message", v.message());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HttpResponse.of(status, CONTENT_TYPE, bytes.toByteArray());
  }

  /** The standard reason phrase of a status. */
  static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 412 -> "Precondition Failed";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 500 -> "Internal Server Error";
      default -> "HTTP " + status;
    };
  }
}
