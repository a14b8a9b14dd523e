package dev.offsync.testing.contract;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

/**
 * The store contract's second model, without service-owned fields.
 *
 * @param id the id
 * @param color its color
 */
@SyncTable("tags")
public record Tag(@Id String id, String color) {

  /** A tag with this id and no color. */
  public static Tag of(String id) {
    return new Tag(id, null);
  }
}
