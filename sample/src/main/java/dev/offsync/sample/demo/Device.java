package dev.offsync.sample.demo;

import dev.offsync.PullResult;
import dev.offsync.PushResult;
import dev.offsync.RetryPolicy;
import dev.offsync.SyncClient;
import dev.offsync.status.SyncListener;
import dev.offsync.sample.model.OffsyncTodoData;
import dev.offsync.sample.model.TagDao;
import dev.offsync.sample.model.TodoData;
import dev.offsync.sample.model.TodoItemDao;
import dev.offsync.sample.model.TodoItemTable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One of the demo's devices: its own local store, synchronized with the demo's service. */
final class Device implements AutoCloseable {

  private final String name;
  private final TodoData db;
  private final RecordingResolver resolver;

  private Device(String name, TodoData db, RecordingResolver resolver) {
    this.name = name;
    this.db = db;
    this.resolver = resolver;
  }

  /**
   * Opens a device's store. The demo stops the service on purpose, so a request that finds it gone fails at
   * once instead of retrying.
   */
  static Device open(String name, Path store, URI service, ConflictPolicy policy, SyncListener progress) {
    RecordingResolver resolver = new RecordingResolver(policy);
    TodoData db = OffsyncTodoData.builder()
        .store(store)
        .endpoint(service)
        .connectTimeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.never())
        .conflictResolver(TodoItemTable.DEFINITION, resolver)
        .pushParallelism(4)
        .listener(progress)
        .build();
    return new Device(name, db, resolver);
  }

  /** The device's name, {@code A} or {@code B}. */
  String name() {
    return name;
  }

  SyncClient client() {
    return db.client();
  }

  TodoItemDao todos() {
    return db.todoItems();
  }

  TagDao tags() {
    return db.tags();
  }

  /** The conflicts this device's policy settled so far. */
  List<RecordingResolver.Settled> settledConflicts() {
    return resolver.settled();
  }

  /** Pushes both tables. */
  PushResult push() {
    return db.push();
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
    db.close();
  }
}
