package dev.offsync.spring.boot.testapp;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;

/** A private note: the service fills {@code owner} with the signed-in user and shows each user only theirs. */
@SyncTable("notes")
public record Note(@Id String id, String text, String owner, @UpdatedAt Instant updatedAt,
    @Version String version) {

  /** A new note, not yet stored anywhere. */
  public static Note of(String id, String text) {
    return new Note(id, text, null, null, null);
  }
}
