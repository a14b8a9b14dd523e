package dev.offsync.benchmarks.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.offsync.benchmarks.model.Item;
import dev.offsync.benchmarks.model.Items;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The Node server {@code azure-mobile-apps} 4.0.2 (protocol v2, sqlite provider) as the peer: installed by
 * {@code LegacyServerIT} (or by hand, see docs/benchmarks.md) into {@code ~/.cache/offsync/amv2} or
 * {@code OFFSYNC_AMV2_CACHE}. Its table gets the same items and the same index on {@code category} as ours.
 */
final class NodePeer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHECK = "var v=require('azure-mobile-apps/package.json').version;"
      + "if(v!=='4.0.2'){process.exit(3)}require('express');require('sqlite3');";

  private NodePeer() {}

  /** The install folder if Node and the packages load, else why not. */
  static Optional<Path> install(StringBuilder whyNot) {
    String configured = System.getenv("OFFSYNC_AMV2_CACHE");
    Path cache = configured != null && !configured.isBlank() ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".cache", "offsync", "amv2");
    if (!Files.isDirectory(cache.resolve("node_modules"))) {
      whyNot.append("no azure-mobile-apps install in ").append(cache)
          .append(" (run LegacyServerIT once, or see docs/benchmarks.md)");
      return Optional.empty();
    }
    try {
      ProcessBuilder check = new ProcessBuilder("node", "-e", CHECK).directory(cache.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
      check.environment().put("NODE_PATH", cache.resolve("node_modules").toString());
      Process process = check.start();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        whyNot.append("azure-mobile-apps 4.0.2, express or sqlite3 do not load from ").append(cache);
        return Optional.empty();
      }
    } catch (IOException e) {
      whyNot.append("node is not installed (").append(e.getMessage()).append(')');
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      whyNot.append("interrupted");
      return Optional.empty();
    }
    return Optional.of(cache);
  }

  /** Starts the server on a new database file in {@code folder}. */
  static ServerProcess start(Path cache, Path folder) throws IOException {
    Path script = folder.resolve("bench-server.js");
    try (InputStream in = NodePeer.class.getResourceAsStream("/amv2/bench-server.js")) {
      Files.copy(in, script);
    }
    return ServerProcess.start("node", List.of("node", script.toString(), folder.resolve("node.db").toString()),
        folder, Map.of("NODE_PATH", cache.resolve("node_modules").toString()));
  }

  /** Creates items {@code 0 .. count - 1} through the server (its dynamic schema makes the columns), then the index. */
  static void preload(ServerProcess server, Path folder, int count) throws IOException, SQLException {
    post(server.port(), 0, 1); // the first insert creates the table's columns
    int connections = 4;
    IntStream.range(0, connections).parallel().forEach(part -> {
      int first = 1 + part * (count - 1) / connections;
      int last = 1 + (part + 1) * (count - 1) / connections;
      try {
        post(server.port(), first, last);
      } catch (IOException e) {
        throw new IllegalStateException("Preloading the Node server failed", e);
      }
    });
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("node.db"));
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA busy_timeout = 10000");
      statement.execute("CREATE INDEX IF NOT EXISTS items_category ON items (category)");
      statement.execute("ANALYZE");
    }
  }

  private static void post(int port, int first, int last) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
      OutputStream out = socket.getOutputStream();
      LoadClient.ResponseReader reader = new LoadClient.ResponseReader(
          new BufferedInputStream(socket.getInputStream()));
      for (int i = first; i < last; i++) {
        out.write(Requests.post("/tables/items", JSON.writeValueAsString(body(Items.local(i))), "2.0.0"));
        out.flush();
        int status = reader.readResponse();
        if (status != 201) {
          throw new IOException("The Node server answered " + status + " to an insert");
        }
      }
    }
  }

  /** An item as a v2 client sends it. */
  static Map<String, Object> body(Item item) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (item.id() != null) {
      body.put("id", item.id());
    }
    body.put("title", item.title());
    body.put("description", item.description());
    body.put("complete", item.complete());
    body.put("priority", item.priority());
    body.put("quantity", item.quantity());
    body.put("price", item.price());
    body.put("category", item.category());
    body.put("dueDate", item.dueDate().toString());
    return body;
  }
}
