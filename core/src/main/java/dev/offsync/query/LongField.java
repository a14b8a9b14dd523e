package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/** A {@code long} column. */
public final class LongField extends NumberExpression implements Field<Long> {

  /** A field for the column with this name. */
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
