package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.LocalTime;

/**
 * A {@code LocalTime} column.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class TimeField<T> extends TimeExpression<T> implements Field<T, LocalTime> {

  /** A field for the column with this name, of entity type {@code T}. */
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
