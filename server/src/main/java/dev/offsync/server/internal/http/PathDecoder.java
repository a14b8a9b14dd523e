package dev.offsync.server.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-decoding of a URL path, where {@code +} stays a plus sign (unlike in a query string). */
public final class PathDecoder {

  private PathDecoder() {}

  /**
   * Decodes {@code %XX} escapes as UTF-8.
   *
   * @throws IllegalArgumentException on a malformed escape
   */
  public static String decode(String rawPath) {
    if (rawPath.indexOf('%') < 0) {
      return rawPath;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c == '%') {
        if (i + 2 >= rawPath.length()) {
          throw new IllegalArgumentException("Malformed percent escape in the path");
        }
        int high = Character.digit(rawPath.charAt(i + 1), 16);
        int low = Character.digit(rawPath.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw new IllegalArgumentException("Malformed percent escape in the path");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
