package dev.offsync.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** What an error answer says, in the service's own words, for messages. */
final class Problems {

  private static final JsonFactory JSON = JsonFactory.builder().build();
  /** How much of an error answer's body is read. */
  static final int PROBLEM_BYTES = 4096;

  private Problems() {}

  /** The problem detail (or title) of an error answer, or the start of its text; null if empty. */
  static String of(TransportResponse response) {
    byte[] bytes = readSome(response);
    if (bytes.length == 0) {
      return null;
    }
    try (JsonParser parser = JSON.createParser(bytes)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        String title = null;
        String detail = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if (value == JsonToken.VALUE_STRING && ("detail".equals(name) || "error".equals(name))) {
            // Problem details (v3) say "detail"; the Azure Mobile Apps servers (v2) say "error".
            detail = parser.getText();
          } else if (value == JsonToken.VALUE_STRING && "title".equals(name)) {
            title = parser.getText();
          } else {
            parser.skipChildren();
          }
        }
        if (detail != null || title != null) {
          return detail != null ? detail : title;
        }
      }
    } catch (IOException notJson) {
      // Fall back to the raw text below.
    }
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }

  /** The start of the answer's body; empty when it has none or it cannot be read (a message needs no more). */
  static byte[] readSome(TransportResponse response) {
    try (InputStream in = response.body()) {
      return Bodies.readUpTo(in, PROBLEM_BYTES);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
