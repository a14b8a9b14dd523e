package dev.offsync.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A service on 127.0.0.1 that answers list requests however the test says: valid pages, or invalid JSON, wrong
 * types, HTML, empty bodies, foreign or looping nextLinks. It records the request targets it got.
 */
final class HostileService implements AutoCloseable {

  /**
   * One answer.
   *
   * @param status the status
   * @param contentType the content type, or null for none
   * @param body the body bytes
   */
  record Reply(int status, String contentType, byte[] body) {

    /** A JSON answer with status 200. */
    static Reply json(String body) {
      return new Reply(200, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private final List<String> targets = new ArrayList<>();
  private volatile Function<String, Reply> replies = target -> Reply.json("{\"items\":[]}");

  HostileService() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** The service's base URI. */
  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** From now on, answers each request (given its target, path and query) with this function. */
  void answer(Function<String, Reply> next) {
    this.replies = next;
  }

  /** The request targets so far. */
  synchronized List<String> targets() {
    return List.copyOf(targets);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
    synchronized (this) {
      targets.add(target);
    }
    exchange.getRequestBody().readAllBytes();
    Reply reply = replies.apply(target);
    if (reply.contentType() != null) {
      exchange.getResponseHeaders().add("Content-Type", reply.contentType());
    }
    exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(reply.body());
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
