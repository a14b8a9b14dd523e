package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/**
 * A {@code byte[]} column; supports null and equality tests.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class BytesField<T> extends Expression<T, byte[]> implements Field<T, byte[]> {

  /** A field for the column with this name, of entity type {@code T}. */
  public BytesField(String name) {
    super(new ColumnRef(name, ColumnType.BYTES));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.BYTES;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
