package dev.offsync.testing.internal.memory;

import dev.offsync.errors.StoreException;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.ReadTransaction;
import dev.offsync.store.WriteTransaction;
import java.util.Map;
import java.util.function.Function;

/**
 * One client's use of a {@link MemoryDatabase}: the {@link LocalStore} that {@code InMemoryStore.open}
 * returns. Reads take the committed state as it is when they begin and never wait; writes take the
 * database's write lock for the whole transaction, work on a draft and publish it on success.
 */
final class MemoryLocalStore implements LocalStore {

  private final MemoryDatabase database;
  /** The tables opened with, by name; immutable. */
  private final Map<String, TableDefinition<?>> tables;
  /** Set under the database's write lock, so no write is in progress; read anywhere. */
  private volatile boolean closed;

  MemoryLocalStore(MemoryDatabase database, Map<String, TableDefinition<?>> tables) {
    this.database = database;
    this.tables = Map.copyOf(tables);
  }

  @Override
  public ReadTransaction beginRead() {
    checkOpen();
    return new MemoryReadTransaction(this, database.committed());
  }

  @Override
  public <R> R write(Function<WriteTransaction, R> work) {
    if (database.writeLock().isHeldByCurrentThread()) {
      throw new IllegalStateException("A write transaction is already open on this thread; nested write"
          + " transactions are not supported");
    }
    database.writeLock().lock();
    try {
      checkOpen();
      MemoryState draft = database.committed().draft();
      R result;
      try (MemoryWriteTransaction transaction = new MemoryWriteTransaction(this, draft)) {
        result = work.apply(transaction);
      }
      database.publish(draft.commit());
      return result;
    } finally {
      database.writeLock().unlock();
    }
  }

  /** Throws once the store is closed. */
  void checkOpen() {
    if (closed) {
      throw new StoreException("The local store " + describe() + " is closed. Open a new SyncClient to use it"
          + " again.");
    }
  }

  /** Throws unless the store was opened with this definition. */
  void checkTable(TableDefinition<?> definition) {
    TableDefinition<?> known = tables.get(definition.tableName());
    if (known == null || !known.schemaHash().equals(definition.schemaHash())) {
      throw new IllegalArgumentException("Table '" + definition.tableName() + "' is not part of the local"
          + " store " + describe() + (known == null ? "" : " in this version (its schema hash differs)")
          + "; add its definition when building the client");
    }
  }

  @Override
  public String describe() {
    return database.describe();
  }

  @Override
  public void close() {
    database.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        database.release();
      }
    } finally {
      database.writeLock().unlock();
    }
  }
}
