package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/**
 * A {@code double} column.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class DoubleField<T> extends NumberExpression<T> implements Field<T, Double> {

  /** A field for the column with this name, of entity type {@code T}. */
  public DoubleField(String name) {
    super(new ColumnRef(name, ColumnType.DOUBLE));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.DOUBLE;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
