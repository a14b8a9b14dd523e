package dev.offsync;

import java.util.List;

/**
 * What every generated database offers besides its DAOs: sync of all its tables, the client beneath, and
 * closing. An {@code @SyncDatabase} interface may extend it, so that the app reaches these through its own type:
 *
 * <pre>{@code
 * @SyncDatabase(tables = {TodoItem.class, Tag.class})
 * public interface TodoData extends OffsyncDatabase {
 *   TodoItemDao todoItems();
 *   TagDao tags();
 * }
 *
 * try (TodoData db = OffsyncTodoData.builder().store(Path.of("todo.db")).endpoint(uri).build()) {
 *   db.todoItems().insert(item);
 *   db.push();
 *   db.pull();
 * }
 * }</pre>
 *
 * (The annotation {@code dev.offsync.annotations.SyncDatabase} marks the interface; this type is what the
 * generated implementation gives it at run time.)
 */
public interface OffsyncDatabase extends AutoCloseable {

  /** The client beneath, for what the generic API does: {@link SyncClient#pendingOperations()} and others. */
  SyncClient client();

  /** Pushes the pending operations of every table, in queue order; see {@link SyncClient#push()}. */
  default PushResult push() {
    return client().push();
  }

  /**
   * Pulls every table of the database, in the order of {@code @SyncDatabase(tables = ...)}, each with its default
   * query id; see {@link OfflineTable#pull()}.
   */
  List<PullResult> pull();

  /** Closes the client and its store; see {@link SyncClient#close()}. */
  @Override
  default void close() {
    client().close();
  }
}
