package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/**
 * A {@code boolean} column.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class BooleanField<T> extends BooleanExpression<T> implements Field<T, Boolean> {

  /** A field for the column with this name, of entity type {@code T}. */
  public BooleanField(String name) {
    super(new ColumnRef(name, ColumnType.BOOLEAN));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.BOOLEAN;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
