package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.time.LocalDateTime;

/**
 * A {@code LocalDateTime} column.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class LocalDateTimeField<T> extends DateTimeExpression<T, LocalDateTime> implements Field<T, LocalDateTime> {

  /** A field for the column with this name, of entity type {@code T}. */
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
