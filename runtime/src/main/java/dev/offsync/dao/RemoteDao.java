package dev.offsync.dao;

import dev.offsync.RemoteTable;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed view of a generated DAO's table on the service, with no local store: every call is a request.
 * Queries take the table's typed fields only ({@code Filter<? super T>}, {@code Ordering<? super T>}), so a
 * field of another table does not compile. {@link #table()} is the untyped {@link RemoteTable} beneath, for
 * {@code $select}, deleted items and custom parameters. Thread-safe, as the table is.
 *
 * <pre>{@code
 * RemoteDao<TodoItem> remote = db.todoItems().remote();
 * remote.get(id);
 * remote.query().where(TodoItemTable.COMPLETE.isFalse()).orderBy(TodoItemTable.DUE_DATE.asc()).top(20).list();
 * }</pre>
 *
 * @param <T> the model type
 */
public final class RemoteDao<T> {

  private final RemoteTable<T> table;

  RemoteDao(RemoteTable<T> table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /** The untyped remote table beneath. */
  public RemoteTable<T> table() {
    return table;
  }

  /** The service's item with this id, if it has one; see {@link RemoteTable#get}. */
  public Optional<T> get(String id) {
    return table.get(id);
  }

  /** Creates an item on the service and returns it as stored there; see {@link RemoteTable#insert}. */
  public T insert(T item) {
    return table.insert(item);
  }

  /** Replaces an item on the service and returns it as stored there; see {@link RemoteTable#replace}. */
  public T replace(T item) {
    return table.replace(item);
  }

  /** Deletes an item on the service; see {@link RemoteTable#delete(Object)}. */
  public void delete(T item) {
    table.delete(item);
  }

  /** Deletes the item with this id on the service; see {@link RemoteTable#delete(String)}. */
  public void delete(String id) {
    table.delete(id);
  }

  /** A query of the service's items: all of them, in the service's order, until narrowed. */
  public RemoteQuery<T> query() {
    return new RemoteQuery<>(table, dev.offsync.query.Query.all());
  }
}
