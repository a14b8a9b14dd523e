package dev.offsync.sample.model;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.Index;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;

/**
 * A label on a todo item, in a second table ({@code tags}), so that a push carries changes of two tables.
 *
 * @param id the id; null for a new tag, which gets one on insert
 * @param todoId the id of the {@link TodoItem} it labels
 * @param label the label, such as {@code home}
 * @param updatedAt when the service last changed it (the service's, read only)
 * @param version the service's version (read only)
 */
@SyncTable("tags")
public record Tag(@Id String id, @Index String todoId, String label, @UpdatedAt Instant updatedAt,
    @Version String version) {

  /** A new tag on this item. */
  public static Tag on(String todoId, String label) {
    return new Tag(null, todoId, label, null, null);
  }
}
