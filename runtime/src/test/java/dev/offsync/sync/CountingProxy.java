package dev.offsync.sync;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy in front of the reference server that records every request line it passes (kept-alive
 * connections too) and streams answers through as they come, so a change feed works through it. It can drop
 * every connection (the feed's stream breaks) and answer the feed with 404, as a service without one does.
 */
final class CountingProxy implements AutoCloseable {

  private final InetSocketAddress upstream;
  private final ServerSocket listener;
  private final List<String> requests = new ArrayList<>();
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "test-counting-proxy");
    thread.setDaemon(true);
    return thread;
  });
  private volatile boolean refuseFeed;
  private volatile boolean open = true;

  CountingProxy(URI upstream) throws IOException {
    this.upstream = new InetSocketAddress(upstream.getHost(), upstream.getPort());
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** Answers {@code $changes} requests with 404 from now on, without passing them on. */
  void refuseFeed() {
    refuseFeed = true;
  }

  /** The request lines so far ({@code GET /tables/todoitems?...}), in order. */
  synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  /** The requests so far whose line starts with this ({@code "GET /tables/todoitems"}). */
  List<String> requests(String prefix) {
    return requests().stream().filter(line -> line.startsWith(prefix)).toList();
  }

  /** Cuts every open connection, as a network that drops would. */
  void dropConnections() {
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing only
      }
    }
  }

  private void accept() {
    while (open) {
      try {
        Socket client = listener.accept();
        threads.execute(() -> serve(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client; Socket server = new Socket()) {
      sockets.add(client);
      sockets.add(server);
      server.connect(upstream, 5_000);
      threads.execute(() -> pump(server, client));
      InputStream in = new BufferedInputStream(client.getInputStream());
      OutputStream out = server.getOutputStream();
      for (byte[] head = readHead(in); head != null; head = readHead(in)) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String line = text.substring(0, text.indexOf("\r\n"));
        synchronized (this) {
          requests.add(line);
        }
        byte[] body = in.readNBytes(contentLength(text));
        if (refuseFeed && line.contains("$changes")) {
          client.getOutputStream().write(("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n"
              + "Content-Length: 9\r\n\r\nNot Found").getBytes(StandardCharsets.US_ASCII));
          client.getOutputStream().flush();
          continue;
        }
        out.write(head);
        out.write(body);
        out.flush();
      }
    } catch (IOException e) {
      // a side went away
    } finally {
      sockets.remove(client);
    }
  }

  private static void pump(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException e) {
      // a side went away
    } finally {
      try {
        to.close();
        from.close();
      } catch (IOException ignored) {
        // closing only
      }
    }
  }

  /** A request's head up to and including the blank line, or null at the end of the stream. */
  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    for (int b = in.read(); b >= 0; b = in.read()) {
      head.write(b);
      matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : b == '\r' ? 1 : 0;
      if (matched == 4) {
        return head.toByteArray();
      }
    }
    return null;
  }

  private static int contentLength(String head) {
    for (String header : head.split("\r\n")) {
      if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(header.substring("content-length:".length()).trim());
      }
    }
    return 0;
  }

  @Override
  public void close() throws IOException {
    open = false;
    listener.close();
    dropConnections();
    threads.shutdownNow();
  }
}
