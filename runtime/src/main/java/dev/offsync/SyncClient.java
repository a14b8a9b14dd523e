package dev.offsync;

import dev.offsync.internal.queue.LocalWrites;
import dev.offsync.internal.store.LocalStore;
import dev.offsync.internal.store.OperationFilter;
import dev.offsync.internal.store.QueuedOperation;
import dev.offsync.internal.store.StoreHooks;
import dev.offsync.internal.store.sqlite.SqliteStore;
import dev.offsync.internal.store.sqlite.SqliteStoreConfig;
import dev.offsync.internal.sync.SyncStore;
import dev.offsync.schema.TableDefinition;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The entry point of Offsync: a local store of offline tables and the queue of changes waiting to be pushed
 * to a Datasync service.
 *
 * <pre>{@code
 * try (SyncClient client = SyncClient.builder()
 *     .store(Path.of("todo.db"))
 *     .tables(TodoItemTable.DEFINITION)
 *     .build()) {
 *   OfflineTable<TodoItem> todos = client.table(TodoItemTable.DEFINITION);
 *   todos.insert(new TodoItem(null, "Buy milk", false));
 * }
 * }</pre>
 *
 * <p><b>Thread safety.</b> A client and its tables may be used from any number of threads. Writes are
 * serialized, each one a single transaction; reads run beside writes on a committed snapshot and never see
 * half of a write; no thread ever sees SQLite's "database is busy". {@link #close()} waits for a write in
 * progress and then releases the store file.
 */
public final class SyncClient implements AutoCloseable {

  private final LocalStore store;
  private final SyncStore sync;
  private final URI endpoint;
  /** Built once in the constructor and never changed, so it is safe to read from any thread. */
  private final Map<String, OfflineTable<?>> tables;

  private SyncClient(LocalStore store, URI endpoint, List<TableDefinition<?>> definitions, LocalWrites writes,
      Clock clock) {
    this.store = store;
    this.endpoint = endpoint;
    Map<String, OfflineTable<?>> byName = new LinkedHashMap<>();
    Map<String, TableDefinition<?>> definitionsByName = new LinkedHashMap<>();
    for (TableDefinition<?> definition : definitions) {
      byName.put(definition.tableName(), newTable(definition, writes));
      definitionsByName.put(definition.tableName(), definition);
    }
    this.tables = byName;
    this.sync = new SyncStore(store, definitionsByName, clock);
  }

  private <T> OfflineTable<T> newTable(TableDefinition<T> definition, LocalWrites writes) {
    return new OfflineTable<>(definition, store, writes);
  }

  /** The store, for the engines in this package and for tests. */
  LocalStore store() {
    return store;
  }

  /** The store primitives of push, pull and purge. */
  SyncStore sync() {
    return sync;
  }

  /** A builder for a client. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The offline table of a definition given to the builder.
   *
   * @throws IllegalArgumentException if the client was not built with this table
   */
  @SuppressWarnings("unchecked")
  public <T> OfflineTable<T> table(TableDefinition<T> definition) {
    Objects.requireNonNull(definition, "definition");
    OfflineTable<?> table = tables.get(definition.tableName());
    if (table == null) {
      throw new IllegalArgumentException("Table '" + definition.tableName() + "' is not part of this"
          + " SyncClient. Add its definition to SyncClient.builder().tables(...); this client has "
          + tables.keySet() + ".");
    }
    if (table.definition() != definition && !table.definition().schemaHash().equals(definition.schemaHash())) {
      throw new IllegalArgumentException("The definition of table '" + definition.tableName() + "' differs"
          + " from the one this SyncClient was built with (another schema hash). Use the same definition.");
    }
    return (OfflineTable<T>) table;
  }

  /** Every queued operation of every table, in push order. */
  public List<PendingOperation> pendingOperations() {
    return store.read(transaction -> transaction.operations(OperationFilter.all())).stream()
        .map(QueuedOperation::toPendingOperation)
        .toList();
  }

  /** The number of queued operations of every table together. */
  public long pendingOperationCount() {
    return pendingOperationCounts().values().stream().mapToLong(Long::longValue).sum();
  }

  /** The number of queued operations per table name; tables with none are absent. */
  public Map<String, Long> pendingOperationCounts() {
    return Map.copyOf(store.read(transaction -> transaction.operationCounts()));
  }

  /** The service endpoint given to the builder, if any (used by push and pull). */
  public Optional<URI> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /**
   * Closes the store: waits for a write in progress, closes every connection (including those of query
   * streams still open) and releases the file. Later calls on the client or its tables throw
   * {@link StoreException}. Idempotent.
   */
  @Override
  public void close() {
    store.close();
  }

  @Override
  public String toString() {
    return "SyncClient[" + store.describe() + ", tables " + tables.keySet() + "]";
  }

  /**
   * Configures and opens a {@link SyncClient}. Not thread-safe; {@link #build()} opens the store, so a bad
   * setting or an unusable file fails there, not at the first read.
   */
  public static final class Builder {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private Path file;
    private boolean inMemory;
    private final List<TableDefinition<?>> definitions = new ArrayList<>();
    private URI endpoint;
    private StoreHooks hooks = StoreHooks.NONE;
    private Duration busyTimeout = SqliteStoreConfig.DEFAULT_BUSY_TIMEOUT;
    private final Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Keeps the local store in this SQLite file, created if it does not exist. Beside it SQLite keeps
     * {@code -wal} and {@code -shm} files, and Offsync a {@code .lock} file.
     */
    public Builder store(Path file) {
      this.file = Objects.requireNonNull(file, "file");
      this.inMemory = false;
      return this;
    }

    /**
     * Keeps the local store in memory, gone when the client closes; for tests. Reads and writes take turns
     * on one connection, so an open query stream makes writers on other threads wait.
     */
    public Builder inMemoryStore() {
      this.file = null;
      this.inMemory = true;
      return this;
    }

    /** Adds the tables of the store, by their generated definitions ({@code TodoItemTable.DEFINITION}). */
    public Builder tables(TableDefinition<?>... tables) {
      for (TableDefinition<?> table : tables) {
        definitions.add(Objects.requireNonNull(table, "table definition"));
      }
      return this;
    }

    /** The Datasync service's base URI ({@code http://host:port}), used by push and pull. */
    public Builder endpoint(URI endpoint) {
      Objects.requireNonNull(endpoint, "endpoint");
      String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
      if (!endpoint.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))
          || endpoint.getHost() == null) {
        throw new IllegalArgumentException("The endpoint must be an absolute http or https URI with a host,"
            + " such as http://127.0.0.1:8080; got '" + endpoint + "'");
      }
      this.endpoint = endpoint;
      return this;
    }

    /** Test seam: hooks called inside the store's write transactions. */
    Builder storeHooks(StoreHooks storeHooks) {
      this.hooks = Objects.requireNonNull(storeHooks, "storeHooks");
      return this;
    }

    /** Test seam: how long to wait for another process's lock on the store file. */
    Builder busyTimeout(Duration timeout) {
      this.busyTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Opens and initializes the store: creates or migrates every table and the system tables.
     *
     * @throws IllegalStateException naming the missing setting
     * @throws IllegalArgumentException if two definitions share a table name or a name is invalid
     * @throws StoreException if the store file cannot be used (not an Offsync store, locked, written by a
     *     newer version, unreadable), with a message saying what to do
     */
    public SyncClient build() {
      List<TableDefinition<?>> tables = checkedTables();
      SqliteStoreConfig config = storeConfig();
      SqliteStore store = SqliteStore.open(config, tables, clock);
      return new SyncClient(store, endpoint, tables, new LocalWrites(store, hooks, clock), clock);
    }

    private SqliteStoreConfig storeConfig() {
      if (file == null && !inMemory) {
        throw new IllegalStateException("No local store: call store(Path) for a SQLite file, or"
            + " inMemoryStore() in tests");
      }
      SqliteStoreConfig config = inMemory ? SqliteStoreConfig.memory() : SqliteStoreConfig.file(file);
      return config.withBusyTimeout(busyTimeout);
    }

    private List<TableDefinition<?>> checkedTables() {
      if (definitions.isEmpty()) {
        throw new IllegalStateException("No tables: call tables(...) with the generated definitions, such as"
            + " TodoItemTable.DEFINITION");
      }
      Map<String, TableDefinition<?>> byName = new LinkedHashMap<>();
      for (TableDefinition<?> definition : definitions) {
        String name = definition.tableName();
        if (name == null || !TABLE_NAME.matcher(name).matches()) {
          throw new IllegalArgumentException("Invalid table name '" + name + "': use lower-case letters, digits"
              + " and underscores, starting with a letter, at most 64 characters");
        }
        TableDefinition<?> previous = byName.putIfAbsent(name, definition);
        if (previous != null && previous != definition) {
          throw new IllegalArgumentException("Two definitions for table '" + name + "' (" + previous.entityType()
              .getName() + " and " + definition.entityType().getName() + "); give each model its own table");
        }
      }
      return List.copyOf(byName.values());
    }
  }
}
