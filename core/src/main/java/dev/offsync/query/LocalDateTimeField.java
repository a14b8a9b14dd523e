package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.LocalDateTime;

/** A {@code LocalDateTime} column. */
public final class LocalDateTimeField extends DateTimeExpression<LocalDateTime> implements Field<LocalDateTime> {

  /** A field for the column with this name. */
  public LocalDateTimeField(String name) {
    super(new ColumnRef(name, ColumnType.LOCAL_DATETIME));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.LOCAL_DATETIME;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
