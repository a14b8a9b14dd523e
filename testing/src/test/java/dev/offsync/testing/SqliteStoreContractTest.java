package dev.offsync.testing;

import dev.offsync.store.LocalStoreFactory;

import dev.offsync.internal.store.sqlite.SqliteStore;
import dev.offsync.internal.store.sqlite.SqliteStoreConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the SQLite store, on a real file. */
class SqliteStoreContractTest extends LocalStoreContract {

  @TempDir
  Path folder;

  @Override
  protected LocalStoreFactory newStore() {
    Path file = folder.resolve("store.db");
    return (tables, clock) -> SqliteStore.open(SqliteStoreConfig.file(file), tables, clock);
  }
}
