package dev.offsync;

import dev.offsync.internal.ClientAccess;
import dev.offsync.internal.store.ItemJson;
import dev.offsync.internal.sync.SyncStore;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Opening clients on test files and looking inside their queues; for the tests of every package. */
public final class TestClients {

  private TestClients() {}

  /** A client on {@code file} with these tables. */
  public static SyncClient open(Path file, TableDefinition<?>... tables) {
    return SyncClient.builder().store(file).tables(tables).build();
  }

  /** The client's local store, as its engines see it. */
  public static LocalStore store(SyncClient client) {
    return ClientAccess.runtime(client).store();
  }

  /** The client's store primitives of push, pull and purge. */
  public static SyncStore sync(SyncClient client) {
    return ClientAccess.runtime(client).sync();
  }

  /** Every queued operation, in sequence order, as the store holds it. */
  public static List<QueuedOperation> operations(SyncClient client) {
    return store(client).read(transaction -> transaction.operations(OperationFilter.all()));
  }

  /** The queued operation of one item. */
  public static Optional<QueuedOperation> operation(SyncClient client, String table, String id) {
    return store(client).read(transaction -> transaction.operation(table, id));
  }

  /** Stores an item as if a pull had brought it from the service, with no pending operation. */
  public static <T> T pulled(SyncClient client, TableDefinition<T> table, T entity, Instant updatedAt, String version) {
    String id = table.systemProperties(entity).id();
    SystemProperties system = new SystemProperties(id, updatedAt, version, false);
    T copy = table.withSystemProperties(entity, system);
    sync(client).applyPage(table, "test", List.of(new Decoded<>(copy, system)), null);
    return copy;
  }

  /** The service's JSON for an item with the given system properties. */
  public static <T> String serverJson(TableDefinition<T> table, T entity, Instant updatedAt, String version) {
    String id = table.systemProperties(entity).id();
    return ItemJson.write(table, table.withSystemProperties(entity,
        new SystemProperties(id, updatedAt, version, false)));
  }
}
