package dev.offsync.testing.internal.memory;

import dev.offsync.errors.StoreException;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The data of one in-memory store, kept between clients the way a file keeps a SQLite store: open it, close
 * it, open it again (with the same or changed table definitions) and the rows, the queue and the tokens are
 * still there. One client at a time.
 *
 * <p><b>Concurrency.</b> {@link #committed} is replaced, never changed, and only under {@link #writeLock}, so
 * a reader needs no lock: it keeps the reference it read, a snapshot that no later write touches.
 */
public final class MemoryDatabase {

  private final String name;
  /** Held for the whole of each write transaction and around open and close. */
  private final ReentrantLock writeLock = new ReentrantLock();
  private volatile MemoryState committed = MemoryState.empty();
  private final AtomicBoolean inUse = new AtomicBoolean();

  /** An empty database; {@code name} appears in messages. */
  public MemoryDatabase(String name) {
    this.name = name;
  }

  /**
   * Opens the database for one client: creates or migrates the tables and records their schema hashes, in
   * one step that changes nothing if it fails.
   *
   * @throws StoreException if another client has it open
   */
  public LocalStore open(List<TableDefinition<?>> tables) {
    if (!inUse.compareAndSet(false, true)) {
      throw new StoreException("The local store " + describe() + " is open in another SyncClient. Close that"
          + " client first, or use another store.");
    }
    try {
      Map<String, TableDefinition<?>> byName = new LinkedHashMap<>();
      tables.forEach(table -> byName.put(table.tableName(), table));
      writeLock.lock();
      try {
        MemoryState draft = committed.draft();
        for (TableDefinition<?> table : tables) {
          MemoryMigration.apply(draft, table, describe());
        }
        committed = draft.commit();
      } finally {
        writeLock.unlock();
      }
      return new MemoryLocalStore(this, byName);
    } catch (RuntimeException e) {
      inUse.set(false);
      throw e;
    }
  }

  /** Whether a client has the database open. */
  public boolean isOpen() {
    return inUse.get();
  }

  /** The number of queued operations in the last committed state. */
  public long pendingOperationCount() {
    return committed.operations().size();
  }

  ReentrantLock writeLock() {
    return writeLock;
  }

  MemoryState committed() {
    return committed;
  }

  /** Makes a committed draft the current state; called under {@link #writeLock}. */
  void publish(MemoryState state) {
    committed = state;
  }

  void release() {
    inUse.set(false);
  }

  /** The store's description for messages. */
  public String describe() {
    return "in-memory store '" + name + "'";
  }

  @Override
  public String toString() {
    return describe();
  }
}
