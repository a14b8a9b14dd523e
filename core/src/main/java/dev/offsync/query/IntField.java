package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/**
 * An {@code int}, {@code short} or {@code byte} column.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class IntField<T> extends NumberExpression<T> implements Field<T, Integer> {

  /** A field for the column with this name, of entity type {@code T}. */
  public IntField(String name) {
    super(new ColumnRef(name, ColumnType.INT));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.INT;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
