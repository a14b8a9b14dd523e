package dev.offsync.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads answer bodies with what Android API 26 has ({@code InputStream.readNBytes}, {@code readAllBytes} and
 * {@code nullInputStream} came in Java 9 and 11, and are not in API 26).
 */
final class Bodies {

  private Bodies() {}

  /** Up to {@code max} bytes, fewer only where the stream ends first. */
  static byte[] readUpTo(InputStream in, int max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 8192));
    byte[] buffer = new byte[Math.min(max, 8192)];
    int total = 0;
    while (total < max) {
      int read = in.read(buffer, 0, Math.min(buffer.length, max - total));
      if (read < 0) {
        break;
      }
      out.write(buffer, 0, read);
      total += read;
    }
    return out.toByteArray();
  }

  /** Everything up to the end of the stream. */
  static byte[] readAll(InputStream in) throws IOException {
    return readUpTo(in, Integer.MAX_VALUE);
  }

  /** A stream with nothing in it. */
  static InputStream empty() {
    return new java.io.ByteArrayInputStream(new byte[0]);
  }
}
