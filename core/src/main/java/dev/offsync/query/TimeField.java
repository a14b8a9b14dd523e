package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.LocalTime;

/** A {@code LocalTime} column. */
public final class TimeField extends TimeExpression implements Field<LocalTime> {

  /** A field for the column with this name. */
  public TimeField(String name) {
    super(new ColumnRef(name, ColumnType.TIME));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.TIME;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
