package dev.offsync.schema;

import java.time.Instant;

/**
 * The service-owned properties of an item: {@code id}, {@code updatedAt}, {@code version} and {@code deleted}.
 *
 * <p>A model need not declare fields for all of them; the local store keeps {@code updatedAt} and
 * {@code version} beside every row anyway, because push and pull need them.
 *
 * @param id the item id
 * @param updatedAt when the service last changed the item, millisecond precision; null before the first push
 * @param version the service's concurrency token for {@code If-Match}; null before the first push
 * @param deleted the service's soft-delete flag
 */
public record SystemProperties(String id, Instant updatedAt, String version, boolean deleted) {

  /** The JSON and SQL name of the id. */
  public static final String ID = "id";
  /** The JSON and SQL name of the last-change time. */
  public static final String UPDATED_AT = "updatedAt";
  /** The JSON and SQL name of the concurrency token. */
  public static final String VERSION = "version";
  /** The JSON and SQL name of the soft-delete flag. */
  public static final String DELETED = "deleted";

  /** Properties of an item that the service has not seen yet. */
  public static SystemProperties local(String id) {
    return new SystemProperties(id, null, null, false);
  }

  /** The same properties with another id. */
  public SystemProperties withId(String newId) {
    return new SystemProperties(newId, updatedAt, version, deleted);
  }
}
