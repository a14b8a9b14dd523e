package dev.offsync.internal.sync;

import dev.offsync.conflict.ConflictResolver;
import dev.offsync.status.SyncEvent;
import dev.offsync.status.SyncListener;
import dev.offsync.internal.http.ServiceCalls;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the push, pull and purge engines share: the store, the service, the tables and their resolvers, the
 * listener, the clock and the push parallelism. Immutable.
 *
 * @param store the local store
 * @param calls the service's operations
 * @param tables the client's tables by name
 * @param resolvers conflict resolvers by table name; tables without one leave conflicts failed
 * @param listener progress events
 * @param clock the clock for timestamps and token policies
 * @param pushParallelism how many operations a push sends at once (1 to {@link #MAX_PUSH_PARALLELISM})
 * @param pushExecutor runs parallel sends; used only when {@code pushParallelism > 1}
 * @param sync the store primitives, shared by every engine of the client
 * @param resolutions the conflict and failure ends, shared by every engine of the client
 */
public record SyncContext(LocalStore store, ServiceCalls calls, Map<String, TableDefinition<?>> tables,
    Map<String, ConflictResolver<?>> resolvers, SyncListener listener, Clock clock, int pushParallelism,
    ExecutorService pushExecutor, SyncStore sync, Resolutions resolutions) {

  private static final Logger log = LoggerFactory.getLogger(SyncContext.class);

  /** Checks the parts and copies the maps. */
  public SyncContext {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(calls, "calls");
    tables = Map.copyOf(tables);
    resolvers = Map.copyOf(resolvers);
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(clock, "clock");
    checkPushParallelism(pushParallelism);
    Objects.requireNonNull(sync, "sync");
    Objects.requireNonNull(resolutions, "resolutions");
  }

  /** The most operations a push sends at once. */
  public static final int MAX_PUSH_PARALLELISM = 64;

  /** The default parallelism of a push: the processors, at least 4 (sends mostly wait for the network). */
  public static int defaultPushParallelism() {
    return Math.min(MAX_PUSH_PARALLELISM, Math.max(4, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Checks a push parallelism.
   *
   * @throws IllegalArgumentException if it is below 1 or above {@link #MAX_PUSH_PARALLELISM}
   */
  public static void checkPushParallelism(int parallelism) {
    if (parallelism < 1 || parallelism > MAX_PUSH_PARALLELISM) {
      throw new IllegalArgumentException("Push parallelism must be 1 to " + MAX_PUSH_PARALLELISM + ", was "
          + parallelism);
    }
  }

  /** The definition of a table of the client. */
  TableDefinition<?> table(String name) {
    TableDefinition<?> table = tables.get(name);
    if (table == null) {
      throw new IllegalArgumentException("Table '" + name + "' is not part of this client; it has "
          + tables.keySet());
    }
    return table;
  }

  /** Whether the application gave the table a resolver of its own. */
  boolean hasOwnResolver(TableDefinition<?> table) {
    return resolvers.containsKey(table.tableName());
  }

  /** The resolver of a table, or the one that leaves conflicts failed. */
  @SuppressWarnings("unchecked")
  <T> ConflictResolver<T> resolver(TableDefinition<T> table) {
    ConflictResolver<?> resolver = resolvers.get(table.tableName());
    return resolver == null ? ConflictResolver.leaveFailed() : (ConflictResolver<T>) resolver;
  }

  /** Sends an event; a listener that throws is logged and ignored, so progress display never breaks a sync. */
  void emit(SyncEvent event) {
    try {
      listener.onEvent(event);
    } catch (RuntimeException e) {
      log.warn("A sync listener threw on {}; ignored", event.getClass().getSimpleName(), e);
    }
  }
}
