package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/**
 * A {@code long} column.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class LongField<T> extends NumberExpression<T> implements Field<T, Long> {

  /** A field for the column with this name, of entity type {@code T}. */
  public LongField(String name) {
    super(new ColumnRef(name, ColumnType.LONG));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.LONG;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
