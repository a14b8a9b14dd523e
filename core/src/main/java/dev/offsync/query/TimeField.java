package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.LocalTime;

/** A {@code LocalTime} column. */
public final class TimeField extends Field<LocalTime> {

  /** A field for the column with this name. */
  public TimeField(String name) {
    super(name, ColumnType.TIME);
  }
}
