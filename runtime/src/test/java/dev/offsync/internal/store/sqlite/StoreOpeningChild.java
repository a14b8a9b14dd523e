package dev.offsync.internal.store.sqlite;

import dev.offsync.SyncClient;
import dev.offsync.testing.Todo;
import dev.offsync.testing.TodoTable;
import java.net.URI;
import java.nio.file.Path;

/** A child JVM's main: opens a store through the public API, writes one item and closes. */
public final class StoreOpeningChild {

  private StoreOpeningChild() {}

  /** Opens the store file named by the first argument. */
  public static void main(String[] args) {
    try (SyncClient client = SyncClient.builder().store(Path.of(args[0])).tables(TodoTable.DEFINITION)
        .endpoint(URI.create("http://127.0.0.1:9")).build()) {
      client.table(TodoTable.DEFINITION).insert(Todo.of("milk"));
    }
  }
}
