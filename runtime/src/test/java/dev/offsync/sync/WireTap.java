package dev.offsync.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP pass-through in front of the reference server that reads no HTTP and keeps the first bytes each
 * connection carried in each direction, so a test sees which protocol the client and server spoke: an HTTP/2
 * connection opens with the preface {@code PRI * HTTP/2.0}, or is upgraded with {@code HTTP/1.1 101}.
 */
final class WireTap implements AutoCloseable {

  private static final int KEPT = 256;

  /** The first bytes of one connection, as the client sent them and as the server answered. */
  record Wire(ByteArrayOutputStream sent, ByteArrayOutputStream answered) {
    String sentText() {
      return text(sent);
    }

    String answeredText() {
      return text(answered);
    }

    private static String text(ByteArrayOutputStream bytes) {
      synchronized (bytes) {
        return bytes.toString(StandardCharsets.ISO_8859_1);
      }
    }
  }

  private final ServerSocket listener;
  private final int upstream;
  private final List<Wire> wires = new ArrayList<>();
  private final List<Socket> sockets = new ArrayList<>();

  WireTap(URI upstream) throws IOException {
    this.upstream = upstream.getPort();
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    daemon(this::accept);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** Every connection so far, in the order opened. */
  synchronized List<Wire> wires() {
    return List.copyOf(wires);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), upstream);
        Wire wire = new Wire(new ByteArrayOutputStream(), new ByteArrayOutputStream());
        synchronized (this) {
          wires.add(wire);
          sockets.add(client);
          sockets.add(server);
        }
        daemon(() -> copy(client, server, wire.sent()));
        daemon(() -> copy(server, client, wire.answered()));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private static void copy(Socket from, Socket to, ByteArrayOutputStream kept) {
    byte[] buffer = new byte[8192];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        synchronized (kept) {
          kept.write(buffer, 0, Math.max(0, Math.min(n, KEPT - kept.size())));
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

  @Override
  public synchronized void close() throws IOException {
    listener.close();
    sockets.forEach(WireTap::closeQuietly);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing only
    }
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "test-wire-tap");
    thread.setDaemon(true);
    thread.start();
  }
}
