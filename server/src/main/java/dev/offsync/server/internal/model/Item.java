package dev.offsync.server.internal.model;

import dev.offsync.schema.SystemProperties;
import dev.offsync.server.StoredItem;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One stored row: the system properties and the data column values as Java values of each column's type
 * ({@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code Float}, {@code Double},
 * {@code BigDecimal}, {@code Instant}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime},
 * {@code UUID}, {@code byte[]}; enums as their name).
 *
 * @param id the item id
 * @param updatedAt when the server last changed it, millisecond precision
 * @param version the concurrency token, base64
 * @param deleted the soft-delete flag; on a table without soft delete, true marks a tombstone
 * @param values data column name to value, in column order; null values are present as null
 */
public record Item(String id, Instant updatedAt, String version, boolean deleted, Map<String, Object> values)
    implements StoredItem {

  /** Checks the id and copies the values, keeping nulls and order. */
  public Item {
    Objects.requireNonNull(id, "id");
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The item itself when it is one, else a copy: what a repository gives back, checked. */
  public static Item from(StoredItem stored) {
    if (stored instanceof Item item) {
      return item;
    }
    Objects.requireNonNull(stored, "A repository returned no item");
    return new Item(stored.id(), Objects.requireNonNull(stored.updatedAt(), "updatedAt"),
        Objects.requireNonNull(stored.version(), "version"), stored.deleted(), stored.values());
  }

  /**
   * The item as the map an access policy sees: {@code id}, the data columns and the system properties.
   * Changes to the map do not change the item.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(SystemProperties.ID, id);
    map.putAll(values);
    map.put(SystemProperties.UPDATED_AT, updatedAt);
    map.put(SystemProperties.VERSION, version);
    map.put(SystemProperties.DELETED, deleted);
    return map;
  }
}
