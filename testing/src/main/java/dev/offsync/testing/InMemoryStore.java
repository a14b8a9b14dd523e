package dev.offsync.testing;

import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.LocalStoreFactory;
import dev.offsync.testing.internal.memory.MemoryDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local store in plain Java collections, for tests: fast, nothing on disk, and a second implementation of
 * {@link LocalStore} beside SQLite with the same behaviour (the same contract tests pass on both).
 *
 * <pre>{@code
 * InMemoryStore memory = InMemoryStore.create();
 * try (SyncClient client = SyncClient.builder().store(memory).tables(TodoItemTable.DEFINITION).build()) {
 *   ...
 * }
 * // memory still holds the rows, the queue and the delta tokens: a new client can open it again
 * }</pre>
 *
 * <p>Like a store file, an instance keeps its data between clients (until it is garbage) and is open in one
 * client at a time; opening it with changed table definitions migrates the tables as the SQLite store does.
 * Reads see the last committed state and never wait; a write works on a copy of the tables it changes and
 * publishes it on commit, so a write costs time proportional to the size of the tables it touches. Queries
 * are evaluated in Java with exactly the SQLite store's semantics. Nothing is durable: the data is gone with
 * the process.
 *
 * <p>Thread-safe.
 */
public final class InMemoryStore implements LocalStoreFactory {

  private static final AtomicInteger COUNT = new AtomicInteger();

  private final MemoryDatabase database;

  private InMemoryStore(String name) {
    this.database = new MemoryDatabase(name);
  }

  /** A new, empty in-memory store. */
  public static InMemoryStore create() {
    return new InMemoryStore("memory-" + COUNT.incrementAndGet());
  }

  /** A new, empty in-memory store whose name appears in messages. */
  public static InMemoryStore named(String name) {
    return new InMemoryStore(Objects.requireNonNull(name, "name"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws dev.offsync.errors.StoreException if a client has this store open
   */
  @Override
  public LocalStore open(List<TableDefinition<?>> tables, Clock clock) {
    return database.open(List.copyOf(tables));
  }

  /** Whether a client has this store open now. */
  public boolean isOpen() {
    return database.isOpen();
  }

  /** The number of operations waiting in the queue, for tests that check what a client left behind. */
  public long pendingOperationCount() {
    return database.pendingOperationCount();
  }

  @Override
  public String toString() {
    return "InMemoryStore[" + database + "]";
  }
}
