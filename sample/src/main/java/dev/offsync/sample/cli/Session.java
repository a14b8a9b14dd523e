package dev.offsync.sample.cli;

import dev.offsync.operations.PendingOperation;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.sample.console.ProgressBars;
import dev.offsync.sample.model.OffsyncTodoData;
import dev.offsync.sample.model.TagDao;
import dev.offsync.sample.model.TodoData;
import dev.offsync.sample.model.TodoItemDao;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The local store of one {@code todo} command, open for the command's duration, with the service set when
 * {@code --service} was given.
 */
final class Session implements AutoCloseable {

  private final TodoData db;
  private final URI service;

  private Session(TodoData db, URI service) {
    this.db = db;
    this.service = service;
  }

  /** Opens the store, drawing big pushes and pulls as progress bars on {@code out}. */
  static Session open(TodoCommand options, PrintWriter out) {
    return open(options, ProgressBars.on("todo", out));
  }

  private static Session open(TodoCommand options, dev.offsync.status.SyncListener listener) {
    OffsyncTodoData.Builder builder = OffsyncTodoData.builder()
        .store(options.store)
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(30))
        .retryPolicy(RetryPolicy.exponentialBackoff(3, Duration.ofMillis(200), Duration.ofSeconds(2)))
        .listener(listener);
    URI service = serviceUri(options.service);
    if (service != null) {
      builder.endpoint(service);
      if (options.token != null && !options.token.isBlank()) {
        String token = options.token.strip();
        builder.authentication(refresh -> token);
      }
    }
    return new Session(builder.build(), service);
  }

  private static URI serviceUri(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme();
      if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw CliException.usage("Invalid --service '" + text + "': give an http or https URL with a host, such"
            + " as http://127.0.0.1:8080");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw CliException.usage("Invalid --service '" + text + "': " + e.getMessage());
    }
  }

  /**
   * Checks that a service was given.
   *
   * @throws CliException naming the command that needs it
   */
  void requireService(String command) {
    if (service == null) {
      throw CliException.usage("'todo " + command + "' needs a service: give --service URL (or set"
          + " OFFSYNC_SERVICE)");
    }
  }

  /** The service, or null. */
  URI service() {
    return service;
  }

  SyncClient client() {
    return db.client();
  }

  TodoData db() {
    return db;
  }

  TodoItemDao todos() {
    return db.todoItems();
  }

  TagDao tags() {
    return db.tags();
  }

  /** The queued operations of one table, by item id. */
  Map<String, PendingOperation> pendingByItem(String table) {
    return db.client().pendingOperations().stream().filter(op -> op.table().equals(table))
        .collect(Collectors.toMap(PendingOperation::itemId, Function.identity(), (first, second) -> second));
  }

  @Override
  public void close() {
    db.close();
  }
}
