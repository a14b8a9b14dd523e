package dev.offsync.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 that answers with recorded responses in a fixed order, for replaying what
 * CommunityToolkit and v6 servers send; it records every request it gets. Like them it has no
 * {@code /openapi.json}: that request is answered 404 outside the script and not recorded.
 */
public final class ScriptedService implements AutoCloseable {

  /** One recorded answer. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public static Answer json(int status, String body) {
      return new Answer(status, Map.of("Content-Type", "application/json"), body);
    }
  }

  /** One request as the server saw it. */
  public record Seen(String method, String rawPathAndQuery, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  static {
    // Headers and body go out in two writes; with Nagle's algorithm on, a kept-alive connection waits for the
    // client's delayed ACK (about 40 ms) at every answer.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Function<Seen, Answer>> script = new ConcurrentLinkedQueue<>();
  private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
  private final Set<InetSocketAddress> peers = ConcurrentHashMap.newKeySet();

  public ScriptedService() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public ScriptedService then(Answer answer) {
    script.add(request -> answer);
    return this;
  }

  public ScriptedService then(Function<Seen, Answer> answer) {
    script.add(answer);
    return this;
  }

  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  /** How many connections the requests came on (distinct client addresses). */
  public int connections() {
    return peers.size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    peers.add(exchange.getRemoteAddress());
    if (exchange.getRequestURI().getPath().equals("/openapi.json")) {
      // As CommunityToolkit and v6 servers do; outside the script, so that scripts list only table requests.
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Seen request = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
        Map.copyOf(exchange.getRequestHeaders()), body);
    seen.add(request);
    Function<Seen, Answer> next = script.poll();
    Answer answer = next == null ? Answer.json(599, "{\"title\":\"script exhausted\"}") : next.apply(request);
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
