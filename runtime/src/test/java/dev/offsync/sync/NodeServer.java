package dev.offsync.sync;

import dev.offsync.DatasyncProtocol;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.testing.TodoTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Node Azure Mobile Apps server ({@code src/test/resources/amv2/server.js}) on a SQLite file in a test
 * folder, on 127.0.0.1, serving {@code todoitems} (and {@code createdtodos}) with a dynamic schema and soft
 * delete; and client devices speaking protocol v2 to it. It can be stopped and started again on the same port and file.
 */
final class NodeServer implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern LISTENING = Pattern.compile("LISTENING (\\d+)");

  private final Path cache;
  private final Path folder;
  private final Path script;
  private Process process;
  private int port;

  /** Starts a server on any free port; the cache is {@link NodeInstall#ready()}'s. */
  NodeServer(Path cache, Path folder) {
    this.cache = cache;
    this.folder = folder;
    this.script = folder.resolve("server.js");
    try (InputStream in = NodeServer.class.getResourceAsStream("/amv2/server.js")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  Path databaseFile() {
    return folder.resolve("amv2.sqlite");
  }

  /** Starts the server, on the port it had before if it ran already; waits until it accepts requests. */
  void start() {
    Path log = folder.resolve("server-" + System.nanoTime() + ".log");
    ProcessBuilder builder = new ProcessBuilder("node", script.toString(), databaseFile().toString(),
        String.valueOf(port)).directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(NodeInstall.environment(cache));
    try {
      process = builder.start();
      port = awaitPort(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int awaitPort(Path log) throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher matcher = LISTENING.matcher(Files.readString(log));
      if (matcher.find()) {
        return Integer.parseInt(matcher.group(1));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("The Node server exited with " + process.exitValue() + ": "
            + NodeInstall.tail(log));
      }
      sleep(50);
    }
    stop();
    throw new IllegalStateException("The Node server did not start within " + START_TIMEOUT + ": "
        + NodeInstall.tail(log));
  }

  /** Stops the server process and waits for it to end. */
  void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /** A device with its own store file speaking protocol v2 to this server; no retries, short timeouts. */
  SyncClient.Builder device(String name) {
    return SyncClient.builder()
        .store(folder.resolve(name + ".db"))
        .tables(TodoTable.DEFINITION)
        .endpoint(uri())
        .protocol(DatasyncProtocol.V2)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(20))
        .retryPolicy(RetryPolicy.never());
  }

  /** A JDBC connection to the server's SQLite file, to arrange data the protocol cannot (shared timestamps). */
  Connection database() throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
    connection.createStatement().execute("PRAGMA busy_timeout = 10000");
    return connection;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the Node server", e);
    }
  }

  @Override
  public void close() {
    stop();
  }
}
