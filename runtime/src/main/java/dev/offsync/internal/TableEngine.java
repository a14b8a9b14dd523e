package dev.offsync.internal;

import dev.offsync.PullResult;
import dev.offsync.PurgeOptions;
import dev.offsync.PushResult;
import dev.offsync.query.Filter;
import dev.offsync.query.Query;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.OperationFilter;
import dev.offsync.store.QueuedOperation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * What an offline table does, over its client's runtime: local writes and reads, the table's queue, pull,
 * push and purge, and the manual ends of failed operations. The narrow face {@link dev.offsync.OfflineTable}
 * talks to. Thread-safe, as the parts it calls.
 *
 * @param <T> the model type
 */
public final class TableEngine<T> {

  private final TableDefinition<T> definition;
  private final ClientRuntime runtime;

  TableEngine(TableDefinition<T> definition, ClientRuntime runtime) {
    this.definition = definition;
    this.runtime = runtime;
  }

  /** The table's definition. */
  public TableDefinition<T> definition() {
    return definition;
  }

  /** The store queries read. */
  public LocalStore store() {
    return runtime.store();
  }

  /** Runs the asynchronous variants. */
  public Executor executor() {
    return runtime.executor();
  }

  /** Inserts an item and queues its insert; returns it as stored. */
  public T insert(T item) {
    return runtime.writes().insert(definition, item);
  }

  /** Inserts items in one transaction; returns them as stored. */
  public List<T> insertAll(Collection<? extends T> items) {
    return runtime.writes().insertAll(definition, items);
  }

  /** Replaces an item and queues its update; returns it as stored. */
  public T update(T item) {
    return runtime.writes().update(definition, item);
  }

  /** Deletes an item, by its id, and queues its delete. */
  public void delete(T item) {
    runtime.writes().delete(definition, item);
  }

  /** Deletes the item with this id and queues its delete. */
  public void delete(String id) {
    runtime.writes().delete(definition, id);
  }

  /** The local item with this id. */
  public Optional<T> get(String id) {
    return runtime.store().read(transaction -> transaction.find(definition, id)).map(Decoded::entity);
  }

  /** This table's queued operations, in push order. */
  public List<QueuedOperation> operations() {
    return runtime.store().read(transaction -> transaction.operations(
        OperationFilter.table(definition.tableName())));
  }

  /** The number of this table's queued operations. */
  public long operationCount() {
    return runtime.store().read(transaction -> transaction.operationCounts()
        .getOrDefault(definition.tableName(), 0L));
  }

  /** The queued operation with this sequence number, if it is still queued. */
  public Optional<QueuedOperation> operation(long sequence) {
    return runtime.store().read(transaction -> transaction.operation(sequence));
  }

  /** Pulls the query's records under this query id (null: derived), pushing the table first. */
  public PullResult pull(Optional<? extends Filter<?>> filter, String queryId) {
    return pull(filter, queryId, false);
  }

  /** {@link #pull(Optional, String)}, then removing the local rows the service no longer has if asked. */
  public PullResult pull(Optional<? extends Filter<?>> filter, String queryId, boolean reconcileIds) {
    return runtime.synchronizer().pull(definition, filter, queryId, true, reconcileIds);
  }

  /** Pushes this table's pending operations. */
  public PushResult push() {
    return runtime.synchronizer().push(Set.of(definition.tableName()));
  }

  /** Purges the rows matching the filter (all without one); returns the number of rows removed. */
  public long purge(Optional<Filter<?>> filter, PurgeOptions options) {
    return runtime.purge().purge(definition, filter, options).rows();
  }

  /** Drops a queued operation and its local change. */
  public void discard(long sequence) {
    runtime.resolutions().discard(definition, sequence);
  }

  /** Ends a failed operation by taking the service's copy that came with it. */
  public void takeServerCopy(QueuedOperation operation) {
    runtime.resolutions().takeServerCopy(definition, operation, operation.serverItem());
  }

  /** Replaces a failed operation's item and queues it again. */
  public void retryWith(long sequence, T item) {
    runtime.resolutions().retryWith(definition, sequence, item);
  }
}
