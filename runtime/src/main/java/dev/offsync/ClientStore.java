package dev.offsync;

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
 * The store settings of a {@link SyncClient.Builder}: which store (a SQLite file, a private in-memory SQLite
 * database, or a factory's), the encryption key and the busy timeout; and opening it. Not thread-safe, like
 * the builder.
 */
final class ClientStore {

  private Path file;
  private boolean inMemory;
  private LocalStoreFactory factory;
  private KeySupplier key;
  private Duration busyTimeout = SqliteStoreConfig.DEFAULT_BUSY_TIMEOUT;

  void file(Path storeFile) {
    clear();
    this.file = storeFile;
  }

  void inMemory() {
    clear();
    this.inMemory = true;
  }

  void factory(LocalStoreFactory storeFactory) {
    clear();
    this.factory = storeFactory;
  }

  private void clear() {
    file = null;
    inMemory = false;
    factory = null;
  }

  void key(KeySupplier encryptionKey) {
    this.key = encryptionKey;
  }

  void busyTimeout(Duration timeout) {
    this.busyTimeout = timeout;
  }

  /**
   * Checks that the settings fit together, before anything is opened.
   *
   * @throws IllegalStateException naming the missing or conflicting setting
   */
  void check() {
    if (file == null && !inMemory && factory == null) {
      throw new IllegalStateException("No local store: call store(Path) for a SQLite file, store(InMemoryStore"
          + ".create()) or inMemoryStore() in tests, or store(LocalStoreFactory) for a store of your own");
    }
    if (key != null && file == null) {
      throw new IllegalStateException("encryptionKey(...) applies to a store file, set with store(Path); "
          + (inMemory ? "an in-memory store is never written to disk" : "a store of your own encrypts by its"
          + " own means"));
    }
  }

  /** Opens the store for these tables. */
  LocalStore open(List<TableDefinition<?>> tables, Clock clock) {
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
