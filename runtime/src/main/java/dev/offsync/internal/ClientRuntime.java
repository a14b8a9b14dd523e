package dev.offsync.internal;

import dev.offsync.internal.http.ServiceCalls;
import dev.offsync.internal.http.Transport;
import dev.offsync.internal.live.LiveQueries;
import dev.offsync.internal.live.SyncStatusTracker;
import dev.offsync.internal.live.TrackingStore;
import dev.offsync.internal.queue.AcknowledgedVersions;
import dev.offsync.internal.queue.LocalWrites;
import dev.offsync.internal.sync.PurgeEngine;
import dev.offsync.internal.sync.Resolutions;
import dev.offsync.internal.sync.SyncContext;
import dev.offsync.internal.sync.SyncStore;
import dev.offsync.internal.sync.Synchronizer;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One client's parts, each made once, here: the local store (opened and wrapped only here), the queue's
 * writer, the store primitives, resolutions, purge, the service calls and the synchronizer, and the
 * executor. {@link dev.offsync.SyncClient} and the tables reach them only through this object and its
 * {@link TableEngine}s. The service calls and the synchronizer are made on first use, so that building a
 * client loads no HTTP client (its TLS setup alone is a good part of a cold start) until it syncs; everything
 * else is immutable after construction. Safe to use from any thread.
 */
public final class ClientRuntime implements AutoCloseable {

  private final LocalStore store;
  private final Clock clock;
  private final Map<String, TableEngine<?>> engines = new LinkedHashMap<>();
  private final SyncStore sync;
  private final LocalWrites writes;
  private final Resolutions resolutions;
  private final PurgeEngine purge;
  /** Turns sync events into the status apps observe, then hands them to the application's listener. */
  private final SyncStatusTracker status;
  /** Created here when the application gave no executor; shut down on close. */
  private final ExecutorService ownedExecutor;
  private final Executor executor;
  /** Makes {@link #service}; null without an endpoint: then push, pull and remote tables fail saying to set one. */
  private final Supplier<Service> connect;
  /** Null until the first push, pull or remote call; then set once, under this object's lock. */
  private volatile Service service;

  /** The parts that talk to the service, made together on first use. */
  private record Service(ServiceCalls calls, Synchronizer synchronizer) {}

  private ClientRuntime(LocalStore store, ClientConfig config, ClientOptions options) {
    this.store = store;
    this.clock = config.clock();
    Map<String, TableDefinition<?>> tables = new LinkedHashMap<>();
    config.tables().forEach(table -> tables.put(table.tableName(), table));
    AcknowledgedVersions acknowledged = new AcknowledgedVersions();
    this.sync = new SyncStore(store, tables, clock, acknowledged);
    this.writes = new LocalWrites(store, options.storeHooks(), clock, acknowledged);
    this.resolutions = new Resolutions(store, clock);
    this.purge = new PurgeEngine(store);
    this.status = new SyncStatusTracker(store, config.listener(), clock);
    this.ownedExecutor = config.executor() == null ? Executors.newCachedThreadPool(daemonThreads()) : null;
    this.executor = config.executor() == null ? ownedExecutor : config.executor();
    if (config.http() == null) {
      this.connect = null;
    } else {
      java.util.Objects.requireNonNull(config.transport(), "transport");
      this.connect = () -> connect(config, options, tables);
    }
    config.tables().forEach(table -> engines.put(table.tableName(), newEngine(table)));
  }

  private Service connect(ClientConfig config, ClientOptions options, Map<String, TableDefinition<?>> tables) {
    Transport transport = java.util.Objects.requireNonNull(config.transport().get(), "transport");
    ServiceCalls calls = ServiceCalls.connect(config.http().withSleeper(options.sleeper()), transport);
    return new Service(calls, new Synchronizer(new SyncContext(store, calls, tables, config.resolvers(),
        status, clock, config.pushParallelism(), pushExecutor(), sync, resolutions)));
  }

  /**
   * Opens the store of the configuration and builds the client's parts over it; a failure closes the store.
   *
   * @throws dev.offsync.errors.StoreException if the store cannot be opened
   */
  public static ClientRuntime open(ClientConfig config, ClientOptions options) {
    LocalStore opened = config.store().open(config.tables(), config.clock(), options.busyTimeout());
    try {
      return new ClientRuntime(decorate(opened, config), config, options);
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  /**
   * The one place the opened store is wrapped, so decorators apply to every part: live queries' tracker marks
   * the tables each write transaction changed and re-runs their observers after it.
   */
  private static LocalStore decorate(LocalStore opened, ClientConfig config) {
    return TrackingStore.wrap(opened, LiveQueries.create(config.liveQueryExecutor()));
  }

  private <T> TableEngine<T> newEngine(TableDefinition<T> table) {
    return new TableEngine<>(table, this);
  }

  private ExecutorService pushExecutor() {
    if (executor instanceof ExecutorService service) {
      return service;
    }
    return ownedExecutor != null ? ownedExecutor : Executors.newCachedThreadPool(daemonThreads());
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "offsync-sync-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The table engines, by table name, in the order the tables were given. */
  public Map<String, TableEngine<?>> engines() {
    return java.util.Collections.unmodifiableMap(engines);
  }

  /** The local store, wrapped. */
  public LocalStore store() {
    return store;
  }

  /** The store primitives of push, pull and purge. */
  public SyncStore sync() {
    return sync;
  }

  LocalWrites writes() {
    return writes;
  }

  Resolutions resolutions() {
    return resolutions;
  }

  PurgeEngine purge() {
    return purge;
  }

  /** The sync status tracker behind {@code SyncClient.status()}. */
  public SyncStatusTracker status() {
    return status;
  }

  /** The live-query tracker of the wrapped store. */
  public LiveQueries liveQueries() {
    return TrackingStore.liveQueries(store);
  }

  /** Runs the asynchronous variants. */
  public Executor executor() {
    return executor;
  }

  /**
   * The service's operations.
   *
   * @throws IllegalStateException if the client has no endpoint
   */
  public ServiceCalls calls() {
    return service().calls();
  }

  /**
   * The client's serialized push and pull.
   *
   * @throws IllegalStateException if the client has no endpoint
   */
  public Synchronizer synchronizer() {
    return service().synchronizer();
  }

  private Service service() {
    if (connect == null) {
      throw new IllegalStateException("This SyncClient has no service endpoint: set one with"
          + " SyncClient.builder().endpoint(URI) to push, pull or use remote tables");
    }
    Service made = service;
    if (made == null) {
      synchronized (this) {
        made = service;
        if (made == null) {
          made = connect.get();
          service = made;
        }
      }
    }
    return made;
  }

  /** Closes the store, then shuts down the executor this runtime owns. Idempotent. */
  @Override
  public void close() {
    store.close();
    if (ownedExecutor != null) {
      ownedExecutor.shutdownNow();
    }
  }
}
