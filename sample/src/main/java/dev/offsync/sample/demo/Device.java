package dev.offsync.sample.demo;

import dev.offsync.OfflineTable;
import dev.offsync.PullResult;
import dev.offsync.PushResult;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.SyncListener;
import dev.offsync.sample.model.Tag;
import dev.offsync.sample.model.TagTable;
import dev.offsync.sample.model.TodoItem;
import dev.offsync.sample.model.TodoItemTable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One of the demo's devices: its own local store, synchronized with the demo's service. */
final class Device implements AutoCloseable {

  private final String name;
  private final SyncClient client;
  private final RecordingResolver resolver;

  private Device(String name, SyncClient client, RecordingResolver resolver) {
    this.name = name;
    this.client = client;
    this.resolver = resolver;
  }

  /**
   * Opens a device's store. The demo stops the service on purpose, so a request that finds it gone fails at
   * once instead of retrying.
   */
  static Device open(String name, Path store, URI service, ConflictPolicy policy, SyncListener progress) {
    RecordingResolver resolver = new RecordingResolver(policy);
    SyncClient client = SyncClient.builder()
        .store(store)
        .tables(TodoItemTable.DEFINITION, TagTable.DEFINITION)
        .endpoint(service)
        .connectTimeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.never())
        .conflictResolver(TodoItemTable.DEFINITION, resolver)
        .pushParallelism(4)
        .listener(progress)
        .build();
    return new Device(name, client, resolver);
  }

  /** The device's name, {@code A} or {@code B}. */
  String name() {
    return name;
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

  /** The conflicts this device's policy settled so far. */
  List<RecordingResolver.Settled> settledConflicts() {
    return resolver.settled();
  }

  /** Pushes both tables. */
  PushResult push() {
    return client.push();
  }

  /** Pulls both tables, items first (tags point at items). */
  Pulled pull() {
    return new Pulled(todos().pull(), tags().pull());
  }

  /** What one pull of both tables did. */
  record Pulled(PullResult todos, PullResult tags) {

    /** {@code todoitems 3 fetched in 1 request, tags 0 fetched in 1 request}. */
    String describe() {
      return describe(todos) + ", " + describe(tags);
    }

    private static String describe(PullResult result) {
      return result.table() + " " + result.fetched() + " fetched" + (result.deleted() > 0
          ? " (" + result.deleted() + " deleted)" : "") + " in " + result.requests() + " request"
          + (result.requests() == 1 ? "" : "s");
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
