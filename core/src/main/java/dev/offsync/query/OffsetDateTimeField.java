package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.OffsetDateTime;

/** An {@code OffsetDateTime} column, stored as an instant in UTC. */
public final class OffsetDateTimeField extends Field<OffsetDateTime> {

  /** A field for the column with this name. */
  public OffsetDateTimeField(String name) {
    super(name, ColumnType.DATETIME);
  }
}
