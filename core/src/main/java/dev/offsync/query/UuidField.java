package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.UUID;

/** A {@code UUID} column. */
public final class UuidField extends Field<UUID> {

  /** A field for the column with this name. */
  public UuidField(String name) {
    super(name, ColumnType.UUID);
  }
}
