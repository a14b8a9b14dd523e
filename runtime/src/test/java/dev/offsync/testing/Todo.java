package dev.offsync.testing;

import dev.offsync.schema.ColumnDefinition;
import dev.offsync.schema.ColumnType;
import dev.offsync.schema.SystemProperties;
import dev.offsync.schema.TableDefinition;
import java.time.Instant;

/**
 * The test model: a todo item with a local-only note and declared {@code updatedAt} and {@code version}.
 *
 * @param id the id
 * @param title the title
 * @param complete whether it is done
 * @param priority its priority
 * @param note a local-only note, never synchronized
 * @param updatedAt the service's last change
 * @param version the service's version
 */
public record Todo(String id, String title, boolean complete, int priority, String note, Instant updatedAt,
    String version) {

  /** The hand-written definition of table {@code todoitems}. */
  public static final TableDefinition<Todo> DEFINITION = HandWrittenDefinition.builder("todoitems", Todo.class)
      .column("title", ColumnType.STRING, true, Todo::title)
      .column(new ColumnDefinition("complete", ColumnType.BOOLEAN, false, false, true), Todo::complete)
      .column("priority", ColumnType.INT, false, Todo::priority)
      .column(new ColumnDefinition("note", ColumnType.STRING, true, true, false), Todo::note)
      .system(todo -> new SystemProperties(todo.id(), todo.updatedAt(), todo.version(), false), true, true)
      .factory((system, values) -> new Todo(system.id(), (String) values[0], (Boolean) values[1],
          (Integer) values[2], (String) values[3], system.updatedAt(), system.version()))
      .build();

  /** A new item without an id. */
  public static Todo of(String title) {
    return new Todo(null, title, false, 0, null, null, null);
  }

  /** A new item with this id. */
  public static Todo of(String id, String title) {
    return new Todo(id, title, false, 0, null, null, null);
  }

  /** This item with another title. */
  public Todo withTitle(String newTitle) {
    return new Todo(id, newTitle, complete, priority, note, updatedAt, version);
  }

  /** This item with another priority. */
  public Todo withPriority(int newPriority) {
    return new Todo(id, title, complete, newPriority, note, updatedAt, version);
  }

  /** This item with another local note. */
  public Todo withNote(String newNote) {
    return new Todo(id, title, complete, priority, newNote, updatedAt, version);
  }

  /** This item with other service-owned properties. */
  public Todo withSystem(Instant newUpdatedAt, String newVersion) {
    return new Todo(id, title, complete, priority, note, newUpdatedAt, newVersion);
  }
}
