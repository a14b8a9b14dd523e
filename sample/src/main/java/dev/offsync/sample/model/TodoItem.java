package dev.offsync.sample.model;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.Index;
import dev.offsync.annotations.LocalOnly;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A todo item, the sample's main table ({@code todoitems}). The processor generates {@code TodoItemTable}
 * from it: typed query fields ({@code TodoItemTable.COMPLETE}) and the table's {@code DEFINITION}.
 *
 * @param id the id; null for a new item, which gets one on insert
 * @param title what to do
 * @param complete whether it is done
 * @param dueDate when it is due, or null
 * @param priority how urgent it is
 * @param note a private note that stays on the device: never sent to the service
 * @param updatedAt when the service last changed it (the service's, read only)
 * @param version the service's version (read only)
 */
@SyncTable("todoitems")
public record TodoItem(@Id String id, String title, @Index boolean complete, LocalDate dueDate,
    Priority priority, @LocalOnly String note, @UpdatedAt Instant updatedAt, @Version String version) {

  /** A new, open item of normal priority, without a due date, note or id. */
  public static TodoItem of(String title) {
    return new TodoItem(null, title, false, null, Priority.NORMAL, null, null, null);
  }

  /** This item with another title. */
  public TodoItem withTitle(String newTitle) {
    return new TodoItem(id, newTitle, complete, dueDate, priority, note, updatedAt, version);
  }

  /** This item marked done, or open again. */
  public TodoItem withComplete(boolean done) {
    return new TodoItem(id, title, done, dueDate, priority, note, updatedAt, version);
  }

  /** This item with another due date (null for none). */
  public TodoItem withDueDate(LocalDate date) {
    return new TodoItem(id, title, complete, date, priority, note, updatedAt, version);
  }

  /** This item with another priority. */
  public TodoItem withPriority(Priority newPriority) {
    return new TodoItem(id, title, complete, dueDate, newPriority, note, updatedAt, version);
  }

  /** This item with another private note (null for none). */
  public TodoItem withNote(String newNote) {
    return new TodoItem(id, title, complete, dueDate, priority, newNote, updatedAt, version);
  }
}
