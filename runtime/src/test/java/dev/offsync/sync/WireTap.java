package dev.offsync.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
    Pipes.daemon("test-wire-tap", this::accept);
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
        Pipes.daemon("test-wire-tap", () -> Pipes.copy(client, server, wire.sent()));
        Pipes.daemon("test-wire-tap", () -> Pipes.copy(server, client, wire.answered()));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  @Override
  public synchronized void close() throws IOException {
    listener.close();
    sockets.forEach(Pipes::closeQuietly);
  }
}
