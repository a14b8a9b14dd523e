package dev.offsync.testing.contract;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.Index;
import dev.offsync.annotations.LocalOnly;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;

/**
 * The store contract's main model: a todo item with an indexed column, a local-only note and declared {@code updatedAt} and
 * {@code version}. The processor generates {@code TodoTable} from it.
 *
 * @param id the id
 * @param title the title
 * @param complete whether it is done
 * @param priority its priority
 * @param note a local-only note, never synchronized
 * @param updatedAt the service's last change
 * @param version the service's version
 */
@SyncTable("todoitems")
public record Todo(@Id String id, String title, @Index boolean complete, int priority, @LocalOnly String note,
    @UpdatedAt Instant updatedAt, @Version String version) {

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

  /** This item marked done or not. */
  public Todo withComplete(boolean done) {
    return new Todo(id, title, done, priority, note, updatedAt, version);
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
