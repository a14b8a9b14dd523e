package dev.offsync.benchmarks.http2;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback that delays every chunk of bytes by half the round trip in each direction, as a
 * network with that round trip would, without reading HTTP: it carries HTTP/1.1 and HTTP/2 alike, and keeps
 * connections open for as long as the client does. A new connection's first bytes also wait one round trip,
 * the TCP handshake's. Chunks keep their order and are not held behind each other: each leaves when its own
 * delay is over, so a connection carries as much as it would on a long, fast link.
 */
final class DelayProxy implements AutoCloseable {

  private static final byte[] END = new byte[0];

  private final ServerSocket listener;
  private final int targetPort;
  private final long oneWayNanos;
  private final long handshakeNanos;
  private final AtomicInteger connections = new AtomicInteger();

  private record Chunk(long due, byte[] bytes) {}

  private DelayProxy(ServerSocket listener, int targetPort, Duration roundTrip) {
    this.listener = listener;
    this.targetPort = targetPort;
    this.oneWayNanos = roundTrip.toNanos() / 2;
    this.handshakeNanos = roundTrip.toNanos();
  }

  /** Starts forwarding to {@code target}'s port on loopback, each direction delayed by half of {@code roundTrip}. */
  static DelayProxy start(URI target, Duration roundTrip) throws IOException {
    ServerSocket listener = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    DelayProxy proxy = new DelayProxy(listener, target.getPort(), roundTrip);
    daemon("delay-proxy-accept", proxy::accept).start();
    return proxy;
  }

  /** The proxy's address, to use in place of the target's. */
  URI uri() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** How many connections clients have opened through it: one per HTTP/2 client, one per request in flight on HTTP/1.1. */
  int connections() {
    return connections.get();
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        connections.incrementAndGet();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        long opened = System.nanoTime() + handshakeNanos;
        pump(client, server, opened);
        pump(server, client, opened);
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  /** Moves bytes from one socket to the other through a queue, each chunk leaving when its delay is over. */
  private void pump(Socket from, Socket to, long notBefore) {
    BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
    daemon("delay-proxy-read", () -> read(from, queue, notBefore)).start();
    daemon("delay-proxy-write", () -> write(queue, from, to)).start();
  }

  private void read(Socket from, BlockingQueue<Chunk> queue, long notBefore) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = from.getInputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        queue.add(new Chunk(Math.max(System.nanoTime(), notBefore) + oneWayNanos, Arrays.copyOf(buffer, n)));
      }
    } catch (IOException e) {
      // the other side closed the socket; the end follows
    }
    queue.add(new Chunk(System.nanoTime() + oneWayNanos, END));
  }

  private static void write(BlockingQueue<Chunk> queue, Socket from, Socket to) {
    try (OutputStream out = to.getOutputStream()) {
      for (Chunk chunk = queue.take(); chunk.bytes() != END; chunk = queue.take()) {
        waitUntil(chunk.due());
        out.write(chunk.bytes());
        out.flush();
      }
      to.shutdownOutput();
    } catch (IOException | InterruptedException e) {
      // the connection is gone
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void waitUntil(long due) throws InterruptedException {
    for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  private static Thread daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }
}
