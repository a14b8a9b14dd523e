package dev.offsync.internal;

import dev.offsync.conflict.ConflictResolver;
import dev.offsync.status.SyncListener;
import dev.offsync.internal.http.HttpSettings;
import dev.offsync.internal.http.Transport;
import dev.offsync.schema.TableDefinition;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The checked settings of a {@link dev.offsync.SyncClient.Builder}, as the runtime needs them.
 *
 * @param tables the tables, unique by name, in the order given
 * @param store which store to open
 * @param clock the clock for queue timestamps and token policies
 * @param http how to reach the service, or null without an endpoint
 * @param resolvers conflict resolvers by table name
 * @param listener progress events
 * @param pushParallelism how many operations a push sends at once
 * @param executor the application's executor, or null for a pool the runtime owns
 * @param transport makes what carries the requests, asked once, on the client's first request (so a client
 *     that never syncs makes no HTTP client); null without an endpoint
 * @param liveQueryExecutor where live queries run, or null for the runtime's default
 */
public record ClientConfig(List<TableDefinition<?>> tables, StoreSettings store, Clock clock, HttpSettings http,
    Map<String, ConflictResolver<?>> resolvers, SyncListener listener, int pushParallelism, Executor executor,
    Supplier<Transport> transport, Executor liveQueryExecutor) {

  /** Copies the collections and checks the required parts. */
  public ClientConfig {
    tables = List.copyOf(tables);
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    resolvers = Map.copyOf(resolvers);
    Objects.requireNonNull(listener, "listener");
  }
}
