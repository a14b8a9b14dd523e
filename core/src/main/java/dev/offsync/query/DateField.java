package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.LocalDate;

/**
 * A {@code LocalDate} column.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class DateField<T> extends DateExpression<T> implements Field<T, LocalDate> {

  /** A field for the column with this name, of entity type {@code T}. */
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
