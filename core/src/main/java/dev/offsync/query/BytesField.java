package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/** A {@code byte[]} column; supports null and equality tests. */
public final class BytesField extends Expression<byte[]> implements Field<byte[]> {

  /** A field for the column with this name. */
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
