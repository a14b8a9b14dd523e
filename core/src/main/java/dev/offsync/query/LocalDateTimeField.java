package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.LocalDateTime;

/** A {@code LocalDateTime} column. */
public final class LocalDateTimeField extends Field<LocalDateTime> {

  /** A field for the column with this name. */
  public LocalDateTimeField(String name) {
    super(name, ColumnType.LOCAL_DATETIME);
  }
}
