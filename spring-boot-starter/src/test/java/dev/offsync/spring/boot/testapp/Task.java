package dev.offsync.spring.boot.testapp;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A task, shared by the application (server side) and its clients. */
@SyncTable("tasks")
public record Task(@Id String id, String title, boolean done, LocalDate due, @UpdatedAt Instant updatedAt,
    @Version String version) {

  /** A new task, not yet stored anywhere. */
  public static Task of(String id, String title) {
    return new Task(id, title, false, null, null, null);
  }

  /** The same task with another title. */
  public Task withTitle(String newTitle) {
    return new Task(id, newTitle, done, due, updatedAt, version);
  }
}
