package dev.offsync.sample.cli;

import dev.offsync.OfflineTable;
import dev.offsync.PendingOperation;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.sample.console.ProgressBars;
import dev.offsync.sample.model.Tag;
import dev.offsync.sample.model.TagTable;
import dev.offsync.sample.model.TodoItem;
import dev.offsync.sample.model.TodoItemTable;
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

  private final SyncClient client;
  private final URI service;

  private Session(SyncClient client, URI service) {
    this.client = client;
    this.service = service;
  }

  /** Opens the store, drawing big pushes and pulls as progress bars on {@code out}. */
  static Session open(TodoCommand options, PrintWriter out) {
    return open(options, ProgressBars.on("todo", out));
  }

  private static Session open(TodoCommand options, dev.offsync.SyncListener listener) {
    SyncClient.Builder builder = SyncClient.builder()
        .store(options.store)
        .tables(TodoItemTable.DEFINITION, TagTable.DEFINITION)
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
    return client;
  }

  OfflineTable<TodoItem> todos() {
    return client.table(TodoItemTable.DEFINITION);
  }

  OfflineTable<Tag> tags() {
    return client.table(TagTable.DEFINITION);
  }

  /** The queued operations of one table, by item id. */
  Map<String, PendingOperation> pendingByItem(String table) {
    return client.pendingOperations().stream().filter(op -> op.table().equals(table))
        .collect(Collectors.toMap(PendingOperation::itemId, Function.identity(), (first, second) -> second));
  }

  @Override
  public void close() {
    client.close();
  }
}
