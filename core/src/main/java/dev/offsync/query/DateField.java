package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.LocalDate;

/** A {@code LocalDate} column. */
public final class DateField extends DateExpression implements Field<LocalDate> {

  /** A field for the column with this name. */
  public DateField(String name) {
    super(new ColumnRef(name, ColumnType.DATE));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.DATE;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
