package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.LocalDate;

/** A {@code LocalDate} column. */
public final class DateField extends Field<LocalDate> {

  /** A field for the column with this name. */
  public DateField(String name) {
    super(name, ColumnType.DATE);
  }
}
