package dev.offsync.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A TCP proxy on 127.0.0.1 between clients and a server that breaks exchanges on purpose. It reads each
 * request, asks its plan for a {@link Fault}, and then passes the exchange through, breaks it before or after
 * the server saw it, or answers in the server's place. Requests go upstream with {@code Connection: close}, so
 * every exchange has a connection of its own and the proxy needs no HTTP framing beyond the request head.
 *
 * <pre>{@code
 * Random random = new Random(seed);
 * try (FaultProxy proxy = new FaultProxy(service.uri(),
 *     exchange -> random.nextInt(10) == 0 ? FaultProxy.Fault.RESET_AFTER_REQUEST : FaultProxy.Fault.NONE)) {
 *   SyncClient phone = SyncClient.builder().endpoint(proxy.uri())...build();
 * }
 * }</pre>
 *
 * <p>Thread-safe. A stalled exchange ends after 30 seconds at most.
 */
public final class FaultProxy implements AutoCloseable {

  /** What the proxy does to one exchange. */
  public enum Fault {
    NONE(true),
    /** The connection is reset before the request reaches the server. */
    RESET_BEFORE_REQUEST(false),
    /** The server handles the request; the client's connection is reset instead of answered. */
    RESET_AFTER_REQUEST(true),
    /** Part of the server's response arrives, then the connection is reset. */
    RESET_MID_RESPONSE(true),
    /** Part of the server's response body arrives, then the connection closes normally. */
    TRUNCATED_BODY(true),
    /**
     * The exchange is passed through after a delay: 20 to 200 ms at random, or the fixed delay of a proxy made
     * by {@link FaultProxy#withLatency}.
     */
    LATENCY(true),
    /** 500 instead of the server's answer; the server never sees the request. */
    STATUS_500(false),
    /** The server handles the request; the client gets a 502 HTML page from the "gateway". */
    STATUS_502_AFTER_REQUEST(true),
    /** 503 with an HTML page; the server never sees the request. */
    STATUS_503(false),
    /** 429 with {@code Retry-After: 0}; the server never sees the request. */
    STATUS_429(false),
    /** Nothing comes back, until the client gives up. */
    STALL(false),
    /** The server handles the request; then nothing comes back, until the client gives up. */
    STALL_AFTER_REQUEST(true);

    private final boolean reachesServer;

    Fault(boolean reachesServer) {
      this.reachesServer = reachesServer;
    }

    /** Whether the server sees the request under this fault (so its effect may happen). */
    public boolean reachesServer() {
      return reachesServer;
    }
  }

  /**
   * One exchange.
   *
   * @param method the request method
   * @param target the request target (path and query)
   * @param fault what the proxy did
   * @param status the status the client was sent, or 0 when it got none
   */
  public record Exchange(String method, String target, Fault fault, int status) {}

  private static final int STALL_MILLIS = 30_000;

  private final ServerSocket listener;
  private final InetSocketAddress upstream;
  private final Function<Exchange, Fault> plan;
  /** The delay of {@link Fault#LATENCY} in milliseconds, or -1 for 20 to 200 ms at random. */
  private final int latencyMillis;
  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "fault-proxy");
    thread.setDaemon(true);
    return thread;
  });
  private final List<Exchange> exchanges = new ArrayList<>();
  private volatile boolean open = true;

  /**
   * Starts a proxy to {@code upstream}.
   *
   * @param plan chooses the fault of each exchange, given its method and target (status 0); called on the
   *     proxy's threads, so it must be thread-safe
   */
  public FaultProxy(URI upstream, Function<Exchange, Fault> plan) throws IOException {
    this(upstream, plan, -1);
  }

  private FaultProxy(URI upstream, Function<Exchange, Fault> plan, int latencyMillis) throws IOException {
    this.latencyMillis = latencyMillis;
    this.upstream = new InetSocketAddress(upstream.getHost(), upstream.getPort());
    this.plan = plan;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** A proxy that passes everything through, to count exchanges. */
  public static FaultProxy passThrough(URI upstream) throws IOException {
    return new FaultProxy(upstream, exchange -> Fault.NONE);
  }

  /**
   * A proxy that delays every exchange by the same time after the server answered, as a network with that
   * round trip would (for benchmarks and timeout tests).
   */
  public static FaultProxy withLatency(URI upstream, Duration delay) throws IOException {
    if (delay.isNegative() || delay.toMillis() > STALL_MILLIS) {
      throw new IllegalArgumentException("The delay must be 0 to " + STALL_MILLIS + " ms, was " + delay);
    }
    return new FaultProxy(upstream, exchange -> Fault.LATENCY, (int) delay.toMillis());
  }

  /** The URI clients use instead of the server's. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
  }

  /** The exchanges so far. */
  public synchronized List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  private void accept() {
    while (open) {
      try {
        Socket client = listener.accept();
        threads.execute(() -> serve(client));
      } catch (IOException e) {
        if (open) {
          throw new IllegalStateException("The fault proxy stopped accepting", e);
        }
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      client.setSoTimeout(STALL_MILLIS);
      Request request = Request.read(client.getInputStream());
      if (request == null) {
        return;
      }
      Fault fault = plan.apply(new Exchange(request.method, request.target, Fault.NONE, 0));
      int status = apply(fault, request, client);
      record(new Exchange(request.method, request.target, fault, status));
    } catch (IOException e) {
      // The client went away; nothing to record.
    }
  }

  private synchronized void record(Exchange exchange) {
    exchanges.add(exchange);
  }

  /** Carries out the fault; returns the status the client was sent, or 0. */
  private int apply(Fault fault, Request request, Socket client) throws IOException {
    byte[] response = fault.reachesServer ? forward(request) : null;
    switch (fault) {
      case NONE -> {
        return send(client, response);
      }
      case LATENCY -> {
        sleep(latencyMillis >= 0 ? latencyMillis : 20 + (int) (Math.random() * 180));
        return send(client, response);
      }
      case RESET_BEFORE_REQUEST, RESET_AFTER_REQUEST -> reset(client);
      case RESET_MID_RESPONSE -> {
        client.getOutputStream().write(response, 0, Math.max(1, response.length / 2));
        client.getOutputStream().flush();
        reset(client);
      }
      case TRUNCATED_BODY -> {
        int head = headLength(response);
        client.getOutputStream().write(response, 0, head + (response.length - head) / 2);
        client.getOutputStream().flush();
        client.shutdownOutput();
        return status(response);
      }
      case STATUS_500 -> {
        return send(client, canned(500, "Internal Server Error", "", ""));
      }
      case STATUS_502_AFTER_REQUEST -> {
        return send(client, canned(502, "Bad Gateway", "", "<html><body><h1>502 Bad Gateway</h1></body></html>"));
      }
      case STATUS_503 -> {
        return send(client, canned(503, "Service Unavailable", "Retry-After: 0\r\n",
            "<html><body><h1>503 Service Unavailable</h1></body></html>"));
      }
      case STATUS_429 -> {
        return send(client, canned(429, "Too Many Requests", "Retry-After: 0\r\n", ""));
      }
      case STALL, STALL_AFTER_REQUEST -> stall(client);
      default -> throw new IllegalStateException("Unhandled fault " + fault);
    }
    return 0;
  }

  private static int send(Socket client, byte[] response) throws IOException {
    client.getOutputStream().write(response);
    client.getOutputStream().flush();
    return status(response);
  }

  /** Sends the request upstream with {@code Connection: close} and reads the whole response. */
  private byte[] forward(Request request) throws IOException {
    try (Socket server = new Socket()) {
      server.connect(upstream, 5_000);
      server.setSoTimeout(60_000);
      OutputStream out = server.getOutputStream();
      out.write(request.headWithConnectionClose());
      out.write(request.body);
      out.flush();
      return server.getInputStream().readAllBytes();
    }
  }

  /** Holds the connection, reading nothing useful, until the client closes it or the stall ends. */
  private static void stall(Socket client) {
    try {
      InputStream in = client.getInputStream();
      while (in.read() >= 0) {
        // Discards anything more the client sends.
      }
    } catch (IOException e) {
      // The client gave up (its read timeout) or the stall ended.
    }
  }

  private static void reset(Socket client) throws SocketException, IOException {
    client.setSoLinger(true, 0);
    client.close();
  }

  private static byte[] canned(int status, String reason, String headers, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 " + status + " " + reason + "\r\n" + headers
        + (html.isEmpty() ? "" : "Content-Type: text/html\r\n")
        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    bytes.writeBytes(body);
    return bytes.toByteArray();
  }

  private static int status(byte[] response) {
    String line = new String(response, 0, Math.min(response.length, 20), StandardCharsets.US_ASCII);
    String[] parts = line.split(" ");
    return parts.length > 1 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : 0;
  }

  private static int headLength(byte[] response) {
    for (int i = 0; i + 3 < response.length; i++) {
      if (response[i] == '\r' && response[i + 1] == '\n' && response[i + 2] == '\r' && response[i + 3] == '\n') {
        return i + 4;
      }
    }
    return response.length;
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    open = false;
    listener.close();
    threads.shutdownNow();
  }

  /** A request as read from the client: its head and its body. */
  private static final class Request {
    final String method;
    final String target;
    final List<String> headLines;
    final byte[] body;

    private Request(String method, String target, List<String> headLines, byte[] body) {
      this.method = method;
      this.target = target;
      this.headLines = headLines;
      this.body = body;
    }

    /** Reads one request, or returns null if the client closed the connection first. */
    static Request read(InputStream in) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      int previous = -1;
      int c;
      while ((c = in.read()) >= 0) {
        if (c == '\n' && previous == '\r') {
          line.setLength(line.length() - 1);
          if (line.length() == 0) {
            break;
          }
          lines.add(line.toString());
          line.setLength(0);
        } else {
          line.append((char) c);
        }
        previous = c;
      }
      if (lines.isEmpty()) {
        return null;
      }
      int length = 0;
      for (String header : lines) {
        if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(header.substring(header.indexOf(':') + 1).trim());
        }
      }
      String[] requestLine = lines.get(0).split(" ");
      return new Request(requestLine[0], requestLine[1], lines, in.readNBytes(length));
    }

    byte[] headWithConnectionClose() {
      StringBuilder head = new StringBuilder();
      for (String header : headLines) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("connection:") && !lower.startsWith("keep-alive:")) {
          head.append(header).append("\r\n");
        }
      }
      head.append("Connection: close\r\n\r\n");
      return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
  }
}
