package dev.offsync;

import dev.offsync.conflict.ConflictResolver;
import dev.offsync.errors.StoreException;
import dev.offsync.errors.StoreKeyException;
import dev.offsync.internal.ClientAccess;
import dev.offsync.internal.ClientConfig;
import dev.offsync.internal.ClientOptions;
import dev.offsync.internal.ClientRuntime;
import dev.offsync.internal.StoreSettings;
import dev.offsync.internal.http.HttpSettings;
import dev.offsync.internal.live.AutoSyncRunner;
import dev.offsync.internal.sync.SyncContext;
import dev.offsync.operations.PendingOperation;
import dev.offsync.schema.TableDefinition;
import dev.offsync.status.SyncListener;
import dev.offsync.status.SyncStatus;
import dev.offsync.store.KeySupplier;
import dev.offsync.store.LocalStoreFactory;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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

  static {
    ClientAccess.register(new ClientAccess.Bridge() {
      @Override
      public SyncClient build(Builder builder, ClientOptions options) {
        return builder.build(options);
      }

      @Override
      public ClientRuntime runtime(SyncClient client) {
        return client.runtime;
      }
    });
  }

  private final ClientRuntime runtime;
  private final URI endpoint;
  /** Built once in the constructor and never changed, so it is safe to read from any thread. */
  private final Map<String, OfflineTable<?>> tables = new LinkedHashMap<>();

  private SyncClient(ClientRuntime runtime, URI endpoint) {
    this.runtime = runtime;
    this.endpoint = endpoint;
    runtime.engines().forEach((name, engine) -> tables.put(name, new OfflineTable<>(engine)));
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
    return runtime.store().read(transaction -> transaction.operations(OperationFilter.all())).stream()
        .map(QueuedOperation::toPendingOperation)
        .toList();
  }

  /** The number of queued operations of every table together. */
  public long pendingOperationCount() {
    return pendingOperationCounts().values().stream().mapToLong(Long::longValue).sum();
  }

  /** The number of queued operations per table name; tables with none are absent. */
  public Map<String, Long> pendingOperationCounts() {
    return Map.copyOf(runtime.store().read(transaction -> transaction.operationCounts()));
  }

  /** What sync is doing now: connectivity, the push or pull running, the queue, each table's last sync. */
  public SyncStatus status() {
    return runtime.status().status();
  }

  /**
   * Follows {@link #status()}: the listener gets it at once, then again whenever it changes, on a listener
   * thread as live queries ({@link LocalQuery#observe}) are delivered.
   *
   * @return the handle that stops the observation
   */
  public Subscription observeStatus(Consumer<? super SyncStatus> listener) {
    return runtime.status().observe(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Keeps this client in step with the service in the background, until cancelled or closed: pushes local
   * changes shortly after they happen; follows the service's change feed and pulls a table when a notice says
   * it changed (against a service without the feed, or with {@link AutoSyncOptions#changeFeed()} off, pushes
   * and pulls every table at the options' interval), backing off while the service cannot be reached. Results
   * and failures show in {@link #status()}. Off unless started; start it once per client.
   *
   * @return the handle that stops it (it stops with {@link #close()} too)
   * @throws IllegalStateException if the client was built without an endpoint, or is closed
   */
  public Subscription startAutoSync(AutoSyncOptions options) {
    Objects.requireNonNull(options, "options");
    runtime.synchronizer();
    List<String> names = List.copyOf(tables.keySet());
    return AutoSyncRunner.start(runtime.liveQueries(), options, new AutoSyncRunner.Actions(
        this::pendingOperationCount, this::push, () -> tables.values().forEach(OfflineTable::pull),
        name -> Optional.ofNullable(tables.get(name)).ifPresent(OfflineTable::pull), this::pulledUpTo,
        feedFor(options) ? () -> runtime.calls().openChangeFeed(names) : null, runtime.status()));
  }

  /** Whether auto sync follows the change feed: asked for, and a v3 service (v2 services never have one). */
  private boolean feedFor(AutoSyncOptions options) {
    return options.changeFeed() && runtime.calls().settings().protocol() == DatasyncProtocol.V3;
  }

  /** The {@code updatedAt} up to which a table's default query has pulled, if it has. */
  private Optional<java.time.Instant> pulledUpTo(String table) {
    String queryId = dev.offsync.internal.sync.PullRequests.queryId(table, Optional.empty());
    return runtime.sync().deltaToken(table, queryId).map(dev.offsync.internal.sync.PullCursor::parse)
        .map(dev.offsync.internal.sync.PullCursor::updatedAt);
  }

  /**
   * Pushes the pending operations of every table, in queue order. Operations that fail (a refusal, or a
   * conflict the table's resolver leaves failed) stay queued and are listed in the result; the push goes on
   * with other items. Offline, refused credentials, or a service failing after retries stop the push: see
   * {@link PushResult#stoppedBy()}; nothing is lost either way.
   *
   * @throws IllegalStateException if the client was built without an endpoint
   */
  public PushResult push() {
    return runtime.synchronizer().push(Set.of());
  }

  /** Pushes the pending operations of these tables only, in queue order; see {@link #push()}. */
  public PushResult push(String... tables) {
    return runtime.synchronizer().push(Set.of(tables));
  }

  /** {@link #push()} on the client's executor. */
  public CompletableFuture<PushResult> pushAsync() {
    return CompletableFuture.supplyAsync(this::push, runtime.executor());
  }

  /**
   * Pulls every record of each table (each with its default query id), one table after another; see
   * {@link OfflineTable#pull()}.
   */
  public List<PullResult> pull(TableDefinition<?>... tables) {
    List<PullResult> results = new ArrayList<>();
    for (TableDefinition<?> table : tables) {
      results.add(table(table).pull());
    }
    return results;
  }

  /** {@link #pull(TableDefinition...)} on the client's executor. */
  public CompletableFuture<List<PullResult>> pullAsync(TableDefinition<?>... tables) {
    return CompletableFuture.supplyAsync(() -> pull(tables), runtime.executor());
  }

  /**
   * The table on the service, used directly with no local store; every call needs the network.
   *
   * @throws IllegalStateException if the client was built without an endpoint
   */
  public <T> RemoteTable<T> remoteTable(TableDefinition<T> definition) {
    Objects.requireNonNull(definition, "definition");
    return new RemoteTable<>(definition, runtime.calls());
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
    runtime.close();
  }

  @Override
  public String toString() {
    return "SyncClient[" + runtime.store().describe() + ", tables " + tables.keySet() + "]";
  }

  /**
   * Configures and opens a {@link SyncClient}. Not thread-safe; {@link #build()} opens the store, so a bad
   * setting or an unusable file fails there, not at the first read.
   */
  public static final class Builder {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final StoreSettings store = new StoreSettings();
    private final List<TableDefinition<?>> definitions = new ArrayList<>();
    private URI endpoint;
    private Clock clock = Clock.systemUTC();
    private AccessTokenProvider tokens;
    private String authHeader = "Authorization";
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaultPolicy();
    private final Map<String, ConflictResolver<?>> resolvers = new LinkedHashMap<>();
    private SyncListener listener = event -> { };
    /** Null until set: then the default of the protocol. */
    private Integer pushParallelism;
    private Executor executor;
    private HttpEngine httpEngine;
    private Executor liveQueryExecutor;
    private DatasyncProtocol protocol = DatasyncProtocol.V3;

    private Builder() {}

    /**
     * Keeps the local store in this SQLite file, created if it does not exist. Beside it SQLite keeps
     * {@code -wal} and {@code -shm} files, and Offsync a {@code .lock} file.
     */
    public Builder store(Path file) {
      store.file(Objects.requireNonNull(file, "file"));
      return this;
    }

    /**
     * Keeps the local store in a store of your own, or in {@code offsync-testing}'s {@code InMemoryStore}: the
     * factory is asked once, in {@link #build()}, to open it for the client's tables; the client closes it.
     */
    public Builder store(LocalStoreFactory factory) {
      store.factory(Objects.requireNonNull(factory, "factory"));
      return this;
    }

    /**
     * Keeps the local store in a private in-memory SQLite database, gone when the client closes; for tests.
     * Reads and writes take turns on one connection, so an open query stream makes writers on other threads
     * wait. ({@code offsync-testing}'s {@code InMemoryStore} is the other in-memory store: it outlives the
     * client and its reads never wait.)
     */
    public Builder inMemoryStore() {
      store.inMemory();
      return this;
    }

    /**
     * Encrypts the store file with this key (SQLite3 Multiple Ciphers, ChaCha20-Poly1305). Needs the
     * encrypting build of the SQLite driver, {@code io.github.willena:sqlite-jdbc}, instead of
     * {@code org.xerial:sqlite-jdbc}; with the plain driver, {@link #build()} fails saying so. The supplier
     * is asked whenever a connection is opened and its array is cleared after use; see {@link KeySupplier}.
     * A new file is created encrypted; an existing file must have been encrypted with the same key, else
     * {@code build()} throws {@link StoreKeyException}. Applies to {@link #store(Path)} only.
     */
    public Builder encryptionKey(KeySupplier key) {
      store.key(Objects.requireNonNull(key, "key"));
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

    /**
     * Sends a bearer token with every request ({@code Authorization: Bearer <token>}). The provider is asked
     * again with {@code forceRefresh} once after a 401. Tokens are never logged.
     */
    public Builder authentication(AccessTokenProvider provider) {
      this.tokens = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * Sends the token in this header instead, bare (for example {@code X-ZUMO-AUTH} for App Service
     * authentication); {@code Authorization} sends {@code Bearer <token>}.
     */
    public Builder authenticationHeader(String header) {
      Objects.requireNonNull(header, "header");
      if (!header.matches("[A-Za-z0-9-]+")) {
        throw new IllegalArgumentException("Not a header name: '" + header + "'");
      }
      this.authHeader = header;
      return this;
    }

    /**
     * The protocol version the service speaks: {@link DatasyncProtocol#V3} (the default) for Offsync's and
     * Microsoft's ASP.NET Core Datasync servers, {@link DatasyncProtocol#V2} for legacy Azure Mobile Apps
     * servers such as the Node server {@code azure-mobile-apps}.
     */
    public Builder protocol(DatasyncProtocol version) {
      this.protocol = Objects.requireNonNull(version, "version");
      return this;
    }

    /** How long to wait for a connection (default 10 s); past it the service counts as unreachable. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How long to wait for an answer (default 60 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * Sends every request through this HTTP client: {@link HttpEngine#jdk()} or {@link HttpEngine#okHttp()}
     * (made by Offsync with {@link #connectTimeout}), or the application's own with
     * {@link HttpEngine#jdk(java.net.http.HttpClient)} or {@link HttpEngine#okHttp(okhttp3.OkHttpClient)} (for a
     * proxy, TLS settings, interceptors; its connect timeout and redirect policy then apply). The read timeout,
     * the headers, the token and the retries stay the client's, the same on every engine. By default the JDK's
     * client on the JVM and OkHttp on Android, following no redirects.
     */
    public Builder httpEngine(HttpEngine engine) {
      this.httpEngine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /** When to retry network errors, 5xx and 429 (default: 5 attempts, backoff from 200 ms to 10 s). */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * How this table's push conflicts are decided; tables without a resolver leave conflicts failed for the
     * application ({@link ConflictResolver#leaveFailed()}).
     */
    public <T> Builder conflictResolver(TableDefinition<T> table, ConflictResolver<T> resolver) {
      resolvers.put(Objects.requireNonNull(table, "table").tableName(), Objects.requireNonNull(resolver, "resolver"));
      return this;
    }

    /** Receives push and pull progress events. */
    public Builder listener(SyncListener syncListener) {
      this.listener = Objects.requireNonNull(syncListener, "syncListener");
      return this;
    }

    /**
     * How many operations a push sends at once, 1 to 64; the default is the number of processors, at least 4,
     * and 1 with {@link DatasyncProtocol#V2} (Azure Mobile Apps servers with a dynamic schema add a column on
     * the first write that carries it, and concurrent first writes race to add it).
     * Items have one operation each, and an operation is sent again only after its previous send was settled,
     * so no item's changes are ever reordered. Over a slow network more requests in flight push faster; 1 sends
     * the queue strictly in order, one request at a time.
     *
     * @throws IllegalArgumentException if {@code parallelism} is below 1 or above 64
     */
    public Builder pushParallelism(int parallelism) {
      SyncContext.checkPushParallelism(parallelism);
      this.pushParallelism = parallelism;
      return this;
    }

    /**
     * Runs the {@code CompletableFuture} variants and parallel push sends; by default the client owns a pool
     * of daemon threads, shut down on close.
     */
    public Builder executor(Executor syncExecutor) {
      this.executor = Objects.requireNonNull(syncExecutor, "syncExecutor");
      return this;
    }

    /**
     * Re-runs live queries ({@link LocalQuery#observe}) on this executor after the changes that affect them;
     * by default on one daemon thread of the client's. Listeners are called on the client's listener threads
     * either way. See {@code docs/live.md}.
     */
    public Builder liveQueryExecutor(Executor queryExecutor) {
      this.liveQueryExecutor = Objects.requireNonNull(queryExecutor, "queryExecutor");
      return this;
    }

    /** The clock for queue timestamps and delta-token policies (a fixed one in tests). */
    public Builder clock(Clock syncClock) {
      this.clock = Objects.requireNonNull(syncClock, "syncClock");
      return this;
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isZero() || duration.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + duration);
      }
      return duration;
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
      return build(ClientOptions.DEFAULTS);
    }

    private SyncClient build(ClientOptions options) {
      List<TableDefinition<?>> tables = checkedTables();
      store.check();
      if (endpoint == null && tokens != null) {
        throw new IllegalStateException("authentication(...) was set but no endpoint: set endpoint(URI) too");
      }
      for (String table : resolvers.keySet()) {
        if (tables.stream().noneMatch(t -> t.tableName().equals(table))) {
          throw new IllegalArgumentException("conflictResolver(...) names table '" + table + "', which is not"
              + " among tables(...)");
        }
      }
      // Every setting is checked before the store opens, so a refused build leaves no store open.
      HttpSettings http = endpoint == null ? null : new HttpSettings(endpoint, connectTimeout, readTimeout, tokens,
          authHeader, retryPolicy, options.sleeper(), protocol);
      // The engine is chosen now (a platform without one fails here); its client is made on the first request.
      HttpEngine engine = http == null ? null : engine();
      Duration timeout = connectTimeout;
      ClientConfig config = new ClientConfig(tables, store, clock, http, resolvers, listener,
          pushParallelism != null ? pushParallelism
              : protocol == DatasyncProtocol.V2 ? 1 : SyncContext.defaultPushParallelism(),
          executor, engine == null ? null : () -> engine.transport(timeout), liveQueryExecutor);
      return new SyncClient(ClientRuntime.open(config, options), endpoint);
    }

    private HttpEngine engine() {
      return httpEngine != null ? httpEngine : HttpEngine.platformDefault();
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
