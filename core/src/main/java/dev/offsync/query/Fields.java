package dev.offsync.query;

import dev.offsync.schema.SystemProperties;

/**
 * Fields for the system properties that every synchronized table has, for queries by the sync engine. Their
 * entity type is {@code Object}, so their filters fit the queries of every table.
 */
public final class Fields {

  /** The item id. */
  public static final StringField<Object> ID = new StringField<>(SystemProperties.ID);
  /** The time the service last changed the item. */
  public static final InstantField<Object> UPDATED_AT = new InstantField<>(SystemProperties.UPDATED_AT);
  /** The service's concurrency token. */
  public static final StringField<Object> VERSION = new StringField<>(SystemProperties.VERSION);
  /** The service's soft-delete flag. */
  public static final BooleanField<Object> DELETED = new BooleanField<>(SystemProperties.DELETED);

  private Fields() {}
}
