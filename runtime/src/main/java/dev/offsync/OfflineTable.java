package dev.offsync;

import dev.offsync.errors.InvalidItemException;
import dev.offsync.errors.InvalidOperationSequenceException;
import dev.offsync.errors.ItemExistsException;
import dev.offsync.errors.ItemNotFoundException;
import dev.offsync.errors.NetworkException;
import dev.offsync.errors.PendingOperationsException;
import dev.offsync.errors.ServiceException;
import dev.offsync.errors.StaleItemException;
import dev.offsync.errors.UnsupportedValueException;
import dev.offsync.internal.TableEngine;
import dev.offsync.internal.live.TrackingStore;
import dev.offsync.operations.PendingOperation;
import dev.offsync.query.Filter;
import dev.offsync.query.Query;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.QueuedOperation;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A table of the local store, typed by its model: insert, update, delete and read items with no network.
 * Every change is written together with its operation in the queue, in one transaction, and stays queued
 * until a push sends it to the service.
 *
 * <pre>{@code
 * OfflineTable<TodoItem> todos = client.table(TodoItemTable.DEFINITION);
 * TodoItem saved = todos.insert(new TodoItem(null, "Buy milk", false));   // id generated
 * todos.update(saved.withComplete(true));
 * todos.get(saved.id());                                                   // Optional<TodoItem>
 * todos.delete(saved);
 * }</pre>
 *
 * <p>Local writes never change {@code updatedAt} or {@code version}: the service owns them, and the stored
 * item keeps the values last received from it. Thread-safe; obtain it from {@link SyncClient#table}.
 *
 * @param <T> the model type
 */
public final class OfflineTable<T> {

  private final TableDefinition<T> definition;
  private final TableEngine<T> engine;

  OfflineTable(TableEngine<T> engine) {
    this.definition = engine.definition();
    this.engine = engine;
  }

  /** The table's name, as the service knows it. */
  public String name() {
    return definition.tableName();
  }

  /** The generated definition this table was opened with. */
  public TableDefinition<T> definition() {
    return definition;
  }

  /**
   * Inserts an item and queues its insert. An item without an id gets a new one (32 lowercase hex
   * characters, as the service generates); a mutable item gets it set in place.
   *
   * @return the item as stored: with its id, and {@code updatedAt}/{@code version} as the store keeps them
   * @throws ItemExistsException if an item with this id exists locally
   * @throws InvalidOperationSequenceException if the item has a pending insert or update
   * @throws InvalidItemException if the id is not a valid Datasync id
   * @throws UnsupportedValueException if a value cannot make the round trip to the service
   */
  public T insert(T item) {
    return engine.insert(item);
  }

  /**
   * Inserts items and queues their inserts in one transaction: all are stored or none is. Much faster than
   * one {@link #insert} per item for large loads, since the store commits once.
   *
   * @return the items as stored, in the given order
   * @throws ItemExistsException if an id exists locally
   * @throws InvalidOperationSequenceException if an item has a pending insert or update, or an id appears
   *     twice among the items
   * @throws InvalidItemException if an id is not a valid Datasync id
   */
  public List<T> insertAll(Collection<? extends T> items) {
    return engine.insertAll(items);
  }

  /**
   * Replaces an existing item (every column) and queues its update.
   *
   * @return the item as stored
   * @throws ItemNotFoundException if no item with this id exists locally
   * @throws InvalidOperationSequenceException if the item is deleted locally, pending push
   * @throws InvalidItemException if the item has no id
   * @throws StaleItemException if the item's version is not the stored row's (it was read before a pull or
   *     push changed the row): read it again and update that copy
   * @throws UnsupportedValueException if a value cannot make the round trip to the service
   */
  public T update(T item) {
    return engine.update(item);
  }

  /**
   * Deletes an item, by its id, and queues its delete.
   *
   * @throws ItemNotFoundException if no item with this id exists locally
   * @throws InvalidOperationSequenceException if the item is already deleted locally, pending push
   * @throws InvalidItemException if the item has no id
   * @throws StaleItemException if the item's version is not the stored row's (it was read before a pull or
   *     push changed the row)
   */
  public void delete(T item) {
    engine.delete(item);
  }

  /**
   * Deletes the item with this id and queues its delete.
   *
   * @throws ItemNotFoundException if no item with this id exists locally
   * @throws InvalidOperationSequenceException if the item is already deleted locally, pending push
   */
  public void delete(String id) {
    engine.delete(Objects.requireNonNull(id, "id"));
  }

  /** The local item with this id, if there is one. */
  public Optional<T> get(String id) {
    Objects.requireNonNull(id, "id");
    return engine.get(id);
  }

  /**
   * Observes the item with this id, as {@link LocalQuery#observe} observes a query: the current copy (or
   * empty) at once, then again whenever it changes, appears or disappears.
   *
   * @return the handle that stops the observation
   * @throws IllegalStateException if the client is closed
   */
  public Subscription observe(String id, Consumer<? super Optional<T>> listener) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(listener, "listener");
    return TrackingStore.liveQueries(engine.store()).observe(Set.of(name()), () -> get(id), listener);
  }

  /** A query over the local items: all of them, ordered by id, until narrowed. */
  public LocalQuery<T> query() {
    return LocalQuery.of(definition, engine.store());
  }

  /** This table's queued operations, in push order. */
  public List<PendingOperation> pendingOperations() {
    return engine.operations().stream()
        .map(QueuedOperation::toPendingOperation)
        .toList();
  }

  /** The number of this table's queued operations. */
  public long pendingOperationCount() {
    return engine.operationCount();
  }

  /**
   * Pulls every record of the table that changed on the service since the last pull of this table (its
   * default query id); see {@link #pull(PullQuery)}.
   */
  public PullResult pull() {
    return pull(PullQuery.all());
  }

  /** Pulls the records matching {@code filter}, with their delta token kept under {@code queryId}. */
  public PullResult pull(Filter<? super T> filter, String queryId) {
    return pull(PullQuery.of(filter, queryId));
  }

  /**
   * Pulls the records matching the query's filter that changed since the last pull with its query id, into
   * the local table. Pending operations of the table are pushed first; if any remain (failed, or the push
   * stopped), the pull is refused. Each page is applied with its delta token in one transaction, so an
   * interrupted pull resumes without loss. Items with a pending local operation are not overwritten (listed
   * in {@link PullResult#skippedIds()}).
   *
   * @param query the filter and the query id; the order and paging are the pull's own
   * @throws PendingOperationsException if the table still has pending operations after the implicit push
   * @throws NetworkException if the service cannot be reached
   * @throws ServiceException if the service refuses, or sends a page that is not valid (the page is not applied)
   */
  public PullResult pull(PullQuery<? super T> query) {
    Objects.requireNonNull(query, "query");
    return engine.pull(query.filter(), query.queryId().orElse(null), query.reconcileIds());
  }

  /** {@link #pull(PullQuery)} on the client's executor. */
  public CompletableFuture<PullResult> pullAsync(PullQuery<? super T> query) {
    return CompletableFuture.supplyAsync(() -> pull(query), engine.executor());
  }

  /** Pushes this table's pending operations; see {@link SyncClient#push()}. */
  public PushResult push() {
    return engine.push();
  }

  /**
   * Removes every local row of the table and resets its delta tokens, so the next pull fetches everything.
   *
   * @throws PendingOperationsException if the table has pending operations; use {@link PurgeOptions#force()}
   */
  public long purge() {
    return purge(Query.all(), PurgeOptions.defaults());
  }

  /** Purges the whole table with these options; returns the number of rows removed. */
  public long purge(PurgeOptions options) {
    return purge(Query.all(), options);
  }

  /**
   * Removes the local rows matching the query's filter (all rows without one) and applies the options'
   * delta-token policy; returns the number of rows removed. Refused while the table has pending operations,
   * unless the options discard them (with a filter, the operations of the purged rows are discarded).
   *
   * @throws PendingOperationsException naming the count of pending operations
   */
  public long purge(Query query, PurgeOptions options) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
    return engine.purge(query.filter(), options);
  }

  /**
   * Drops a queued operation of this table and its local change: the row returns to the last copy known from
   * the service, or disappears if the service never had it.
   */
  public void discard(PendingOperation operation) {
    engine.discard(own(operation).sequence());
  }

  /**
   * Ends a failed conflict by taking the service's copy that came with it, dropping the local change.
   *
   * After a failure saying the item no longer exists on the service (404/410), the service's copy is no item:
   * the local row is removed.
   *
   * @throws IllegalStateException if the failure carried no copy of the service's item and did not say it is
   *     gone (use discard)
   */
  public void keepServerCopy(PendingOperation operation) {
    QueuedOperation queued = own(operation);
    Integer status = queued.httpStatus();
    if (queued.serverItem() == null && status != null && (status == 404 || status == 410)) {
      engine.takeServerCopy(queued);
      return;
    }
    if (queued.serverItem() == null) {
      throw new IllegalStateException("Operation " + queued.sequence() + " carries no copy of the service's"
          + " item; use discard(...) to drop the local change");
    }
    engine.takeServerCopy(queued);
  }

  /**
   * Replaces a failed operation's item with {@code item} (also locally) and queues it again, to be sent over
   * the service's copy that came with the failure.
   */
  public void retry(PendingOperation operation, T item) {
    Objects.requireNonNull(item, "item");
    engine.retryWith(own(operation).sequence(), item);
  }

  private QueuedOperation own(PendingOperation operation) {
    Objects.requireNonNull(operation, "operation");
    if (!operation.table().equals(name())) {
      throw new IllegalArgumentException("Operation " + operation.sequence() + " belongs to table '"
          + operation.table() + "', not '" + name() + "'");
    }
    return engine.operation(operation.sequence()).orElseThrow(
        () -> new IllegalArgumentException("Operation " + operation.sequence() + " is no longer queued"));
  }

  @Override
  public String toString() {
    return "OfflineTable[" + name() + "]";
  }
}
