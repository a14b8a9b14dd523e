package dev.offsync.server;

import dev.offsync.server.internal.model.Item;
import java.time.Instant;
import java.util.Map;

/**
 * One row of a table as a {@link Repository} stores it: the system properties and the data column values.
 *
 * <p>Values are Java values of each column's type: {@code String}, {@code Boolean}, {@code Integer},
 * {@code Long}, {@code Float}, {@code Double}, {@code BigDecimal}, {@code Instant}, {@code LocalDate},
 * {@code LocalTime}, {@code LocalDateTime}, {@code UUID}, {@code byte[]}; enums as their name; null where the
 * row holds none. The protocol core makes every item a repository stores; a repository keeps them as they are
 * and gives them back unchanged.
 */
public interface StoredItem {

  /** The item id. */
  String id();

  /** When the server last changed the item, millisecond precision. */
  Instant updatedAt();

  /** The concurrency token that {@code If-Match} names. */
  String version();

  /**
   * Whether the item is deleted: soft-deleted on a table with soft delete, else a tombstone that only tells
   * pulls of the delete.
   */
  boolean deleted();

  /** Data column name to value, in column order; null values are present as null. Unmodifiable. */
  Map<String, Object> values();

  /** An item with these parts; the values are copied. */
  static StoredItem of(String id, Instant updatedAt, String version, boolean deleted, Map<String, Object> values) {
    return new Item(id, updatedAt, version, deleted, values);
  }
}
