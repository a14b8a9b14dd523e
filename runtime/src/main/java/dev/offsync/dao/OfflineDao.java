package dev.offsync.dao;

import dev.offsync.LocalQuery;
import dev.offsync.OfflineTable;
import dev.offsync.operations.PendingOperation;
import dev.offsync.PullQuery;
import dev.offsync.PullResult;
import dev.offsync.PurgeOptions;
import dev.offsync.PushResult;
import dev.offsync.Subscription;
import dev.offsync.SyncClient;
import dev.offsync.query.Filter;
import dev.offsync.query.Query;
import dev.offsync.schema.TableDefinition;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The base of each generated {@code <Model>Dao}: one table of a generated database, typed by its model. Each
 * method is the {@link OfflineTable} method of the same name; the generated subclass adds a {@code findByX} per
 * {@code @Index} column. {@link #table()} is the generic table beneath, {@link #remote()} the same table on the
 * service (typed, {@link RemoteDao}). Thread-safe, as the table is.
 *
 * <pre>{@code
 * TodoItemDao todos = db.todoItems();
 * TodoItem saved = todos.insert(new TodoItem(null, "Buy milk", false, null, null));
 * todos.findByComplete(false);
 * todos.pull(TodoItemTable.COMPLETE.isFalse(), "open-items");
 * }</pre>
 *
 * @param <T> the model type
 */
public abstract class OfflineDao<T> {

  private final SyncClient client;
  private final OfflineTable<T> table;

  /** The DAO of this table of the client; for generated subclasses. */
  protected OfflineDao(SyncClient client, TableDefinition<T> definition) {
    this.client = Objects.requireNonNull(client, "client");
    this.table = client.table(definition);
  }

  /** The generic offline table beneath, for anything this DAO does not offer. */
  public final OfflineTable<T> table() {
    return table;
  }

  /**
   * The same table on the service, with no local store and queries of this table's typed fields: every call
   * needs the network.
   *
   * @throws IllegalStateException if the database was built without an endpoint
   */
  public final RemoteDao<T> remote() {
    return new RemoteDao<>(client.remoteTable(table.definition()));
  }

  /** Inserts an item and queues its insert; see {@link OfflineTable#insert}. */
  public final T insert(T item) {
    return table.insert(item);
  }

  /** Inserts items in one transaction and queues their inserts; see {@link OfflineTable#insertAll}. */
  public final List<T> insertAll(Collection<? extends T> items) {
    return table.insertAll(items);
  }

  /** Replaces an existing item and queues its update; see {@link OfflineTable#update}. */
  public final T update(T item) {
    return table.update(item);
  }

  /** Deletes an item, by its id, and queues its delete; see {@link OfflineTable#delete(Object)}. */
  public final void delete(T item) {
    table.delete(item);
  }

  /** Deletes the item with this id and queues its delete; see {@link OfflineTable#delete(String)}. */
  public final void delete(String id) {
    table.delete(id);
  }

  /** The local item with this id, if there is one. */
  public final Optional<T> get(String id) {
    return table.get(id);
  }

  /**
   * Observes the item with this id: the current copy (or empty) at once, then again whenever it changes;
   * see {@link OfflineTable#observe(String, Consumer)}.
   */
  public final Subscription observe(String id, Consumer<? super Optional<T>> listener) {
    return table().observe(id, listener);
  }

  /** A query over the local items: all of them, ordered by id, until narrowed. */
  public final LocalQuery<T> query() {
    return table.query();
  }

  /** Pulls every changed record of the table under its default query id; see {@link OfflineTable#pull()}. */
  public final PullResult pull() {
    return table.pull();
  }

  /**
   * Pulls the records matching {@code filter} that changed since the last pull under {@code queryId}; see
   * {@link OfflineTable#pull(PullQuery)}.
   */
  public final PullResult pull(Filter<? super T> filter, String queryId) {
    return table.pull(filter, queryId);
  }

  /** Pushes this table's pending operations; see {@link SyncClient#push()}. */
  public final PushResult push() {
    return table.push();
  }

  /** Removes every local row and resets the delta tokens; see {@link OfflineTable#purge()}. */
  public final long purge() {
    return table.purge();
  }

  /** Purges the whole table with these options; see {@link OfflineTable#purge(PurgeOptions)}. */
  public final long purge(PurgeOptions options) {
    return table.purge(options);
  }

  /** Removes the local rows matching {@code filter}; see {@link OfflineTable#purge(Query, PurgeOptions)}. */
  public final long purge(Filter<? super T> filter, PurgeOptions options) {
    return table.purge(Query.where(filter), options);
  }

  /** This table's queued operations, in push order. */
  public final List<PendingOperation> pendingOperations() {
    return table.pendingOperations();
  }

  /** The number of this table's queued operations. */
  public final long pendingOperationCount() {
    return table.pendingOperationCount();
  }

  /** Drops a queued operation and its local change; see {@link OfflineTable#discard}. */
  public final void discard(PendingOperation operation) {
    table.discard(operation);
  }

  /** Ends a failed conflict with the service's copy; see {@link OfflineTable#keepServerCopy}. */
  public final void keepServerCopy(PendingOperation operation) {
    table.keepServerCopy(operation);
  }

  /** Queues a failed operation again with this item; see {@link OfflineTable#retry}. */
  public final void retry(PendingOperation operation, T item) {
    table.retry(operation, item);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + table.name() + "]";
  }
}
