package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/**
 * A {@code float} column.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class FloatField<T> extends NumberExpression<T> implements Field<T, Float> {

  /** A field for the column with this name, of entity type {@code T}. */
  public FloatField(String name) {
    super(new ColumnRef(name, ColumnType.FLOAT));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.FLOAT;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
