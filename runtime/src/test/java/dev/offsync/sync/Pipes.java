package dev.offsync.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/** Byte pumps between two sockets, for the tests' pass-through proxies ({@link WireTap}, {@link TlsFront}). */
final class Pipes {

  /** How many of a connection's first bytes {@link #copy} keeps. */
  static final int KEPT = 256;

  private Pipes() {}

  /**
   * Copies until either side closes, then closes both; keeps the first {@link #KEPT} bytes in {@code kept}
   * (guarded by itself) unless it is null.
   */
  static void copy(Socket from, Socket to, ByteArrayOutputStream kept) {
    byte[] buffer = new byte[8192];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (kept != null) {
          synchronized (kept) {
            kept.write(buffer, 0, Math.max(0, Math.min(n, KEPT - kept.size())));
          }
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // a side went away
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing only
    }
  }

  /** Starts the task on a daemon thread of this name. */
  static void daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }
}
