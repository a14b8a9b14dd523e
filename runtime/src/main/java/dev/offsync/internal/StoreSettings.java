package dev.offsync.internal;

import dev.offsync.store.KeySupplier;
import dev.offsync.internal.store.sqlite.SqliteStore;
import dev.offsync.internal.store.sqlite.SqliteStoreConfig;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.LocalStoreFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The store settings of a {@link dev.offsync.SyncClient.Builder}: which store (a SQLite file, a private in-memory SQLite
 * database, or a factory's) and the encryption key; and opening it. Not thread-safe, like the builder.
 */
public final class StoreSettings {

  private Path file;
  private boolean inMemory;
  private LocalStoreFactory factory;
  private KeySupplier key;

  /** A SQLite store in this file. */
  public void file(Path storeFile) {
    clear();
    this.file = storeFile;
  }

  /** A private in-memory SQLite database. */
  public void inMemory() {
    clear();
    this.inMemory = true;
  }

  /** A store of the application's own. */
  public void factory(LocalStoreFactory storeFactory) {
    clear();
    this.factory = storeFactory;
  }

  private void clear() {
    file = null;
    inMemory = false;
    factory = null;
  }

  /** The encryption key of a store file. */
  public void key(KeySupplier encryptionKey) {
    this.key = encryptionKey;
  }

  /**
   * Checks that the settings fit together, before anything is opened.
   *
   * @throws IllegalStateException naming the missing or conflicting setting
   */
  public void check() {
    if (file == null && !inMemory && factory == null) {
      throw new IllegalStateException("No local store: call store(Path) for a SQLite file, inMemoryStore() or"
          + " offsync-testing's store(InMemoryStore.create()) in tests, or store(LocalStoreFactory) for a store of your own");
    }
    if (key != null && file == null) {
      throw new IllegalStateException("encryptionKey(...) applies to a store file, set with store(Path); "
          + (inMemory ? "an in-memory store is never written to disk" : "a store of your own encrypts by its"
          + " own means"));
    }
  }

  /** Opens the store for these tables; {@code busyTimeout} is how long SQLite waits for another process. */
  LocalStore open(List<TableDefinition<?>> tables, Clock clock, Duration busyTimeout) {
    if (factory != null) {
      LocalStore store = factory.open(tables, clock);
      if (store == null) {
        throw new IllegalStateException("The LocalStoreFactory " + factory + " returned no store");
      }
      return store;
    }
    SqliteStoreConfig config = inMemory ? SqliteStoreConfig.memory() : SqliteStoreConfig.file(file);
    return SqliteStore.open(config.withBusyTimeout(busyTimeout).withKey(key), tables, clock);
  }
}
