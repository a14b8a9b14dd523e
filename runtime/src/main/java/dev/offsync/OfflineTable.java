package dev.offsync;

import dev.offsync.internal.queue.LocalWrites;
import dev.offsync.internal.store.LocalStore;
import dev.offsync.internal.store.OperationFilter;
import dev.offsync.internal.store.QueuedOperation;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
  private final LocalStore store;
  private final LocalWrites writes;

  OfflineTable(TableDefinition<T> definition, LocalStore store, LocalWrites writes) {
    this.definition = definition;
    this.store = store;
    this.writes = writes;
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
   */
  public T insert(T item) {
    return writes.insert(definition, item);
  }

  /**
   * Replaces an existing item (every column) and queues its update.
   *
   * @return the item as stored
   * @throws ItemNotFoundException if no item with this id exists locally
   * @throws InvalidOperationSequenceException if the item is deleted locally, pending push
   * @throws InvalidItemException if the item has no id
   */
  public T update(T item) {
    return writes.update(definition, item);
  }

  /**
   * Deletes an item, by its id, and queues its delete.
   *
   * @throws ItemNotFoundException if no item with this id exists locally
   * @throws InvalidOperationSequenceException if the item is already deleted locally, pending push
   * @throws InvalidItemException if the item has no id
   */
  public void delete(T item) {
    writes.delete(definition, writes.requireId(definition, item, "delete"));
  }

  /**
   * Deletes the item with this id and queues its delete.
   *
   * @throws ItemNotFoundException if no item with this id exists locally
   * @throws InvalidOperationSequenceException if the item is already deleted locally, pending push
   */
  public void delete(String id) {
    writes.delete(definition, Objects.requireNonNull(id, "id"));
  }

  /** The local item with this id, if there is one. */
  public Optional<T> get(String id) {
    Objects.requireNonNull(id, "id");
    return store.read(transaction -> transaction.find(definition, id)).map(Decoded::entity);
  }

  /** A query over the local items: all of them, ordered by id, until narrowed. */
  public LocalQuery<T> query() {
    return LocalQuery.of(definition, store);
  }

  /** This table's queued operations, in push order. */
  public List<PendingOperation> pendingOperations() {
    return store.read(transaction -> transaction.operations(OperationFilter.table(name()))).stream()
        .map(QueuedOperation::toPendingOperation)
        .toList();
  }

  /** The number of this table's queued operations. */
  public long pendingOperationCount() {
    return store.read(transaction -> transaction.operationCounts().getOrDefault(name(), 0L));
  }

  @Override
  public String toString() {
    return "OfflineTable[" + name() + "]";
  }
}
