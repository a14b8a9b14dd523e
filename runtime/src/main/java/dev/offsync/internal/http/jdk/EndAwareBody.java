package dev.offsync.internal.http.jdk;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An answer's body from the JDK's client that is not closed early when it has been read to its length.
 *
 * <p>The JDK's HTTP/1.1 client hands the body's last bytes to its stream, returns the connection to its pool,
 * and only then tells the stream that the body has ended. A stream closed in that gap cancels the exchange, and
 * cancelling closes the connection, which by then may carry another request: that request fails with
 * "connection closed locally" (in a push at parallelism 4 over loopback, about one request in 20 000 did). So
 * a body read to its {@code Content-Length} reads the end before it closes: that read waits only for the
 * signal that follows the last bytes. A body left before its length, or one without a length (the change feed's
 * stream, closed from another thread to end it), still closes at once; cancelling it is right, since its
 * connection may hold unread bytes.
 */
final class EndAwareBody extends FilterInputStream {

  private final long length;
  private long consumed;
  private boolean ended;

  /** The body, of this {@code Content-Length}, or -1 when it has none. */
  EndAwareBody(InputStream body, long length) {
    super(body);
    this.length = length;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      ended = true;
    } else {
      consumed++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    int read = in.read(buffer, offset, count);
    if (read < 0) {
      ended = true;
    } else {
      consumed += read;
    }
    return read;
  }

  @Override
  public long skip(long count) throws IOException {
    long skipped = in.skip(count);
    consumed += skipped;
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() throws IOException {
    try {
      if (!ended && length >= 0 && consumed >= length) {
        in.read();
      }
    } finally {
      in.close();
    }
  }
}
