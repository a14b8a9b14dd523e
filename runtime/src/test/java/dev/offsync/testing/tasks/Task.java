package dev.offsync.testing.tasks;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.Index;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The model of the generated-database tests: two indexed columns (so {@code TaskDao} has two {@code findBy}
 * methods) and a date for parameterized queries.
 *
 * @param id the id
 * @param title the title
 * @param complete whether it is done
 * @param dueDate when it is due, or null
 * @param owner who owns it
 * @param updatedAt the service's last change
 * @param version the service's version
 */
@SyncTable("tasks")
public record Task(@Id String id, String title, @Index boolean complete, LocalDate dueDate, @Index String owner,
    @UpdatedAt Instant updatedAt, @Version String version) {

  /** A new open task without an id. */
  public static Task of(String title, LocalDate dueDate, String owner) {
    return new Task(null, title, false, dueDate, owner, null, null);
  }

  /** This task marked done. */
  public Task done() {
    return new Task(id, title, true, dueDate, owner, updatedAt, version);
  }
}
