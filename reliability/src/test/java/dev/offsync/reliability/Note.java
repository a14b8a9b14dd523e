package dev.offsync.reliability;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;

/**
 * The suite's main model, served with soft delete: every write gives {@code text} a token that no other write
 * uses, so the service's commit log tells which write it applied and how often.
 *
 * @param id the id
 * @param text the token of the last write
 * @param counter a number that merges add to
 * @param updatedAt the service's last change
 * @param version the service's version
 */
@SyncTable("notes")
public record Note(@Id String id, String text, long counter, @UpdatedAt Instant updatedAt, @Version String version) {

  /** A new note. */
  public static Note of(String id, String text) {
    return new Note(id, text, 0, null, null);
  }

  /** This note with another token. */
  public Note withText(String newText) {
    return new Note(id, newText, counter, updatedAt, version);
  }

  /** This note with another counter. */
  public Note withCounter(long newCounter) {
    return new Note(id, text, newCounter, updatedAt, version);
  }
}
