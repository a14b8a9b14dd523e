package dev.offsync.reliability;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;
import dev.offsync.annotations.UpdatedAt;
import dev.offsync.annotations.Version;
import java.time.Instant;

/**
 * The suite's second model, served without soft delete, so a delete removes the service's row for good.
 *
 * @param id the id
 * @param name the token of the last write
 * @param updatedAt the service's last change
 * @param version the service's version
 */
@SyncTable("labels")
public record Label(@Id String id, String name, @UpdatedAt Instant updatedAt, @Version String version) {

  /** A new label. */
  public static Label of(String id, String name) {
    return new Label(id, name, null, null);
  }

  /** This label with another token. */
  public Label withName(String newName) {
    return new Label(id, newName, updatedAt, version);
  }
}
