package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/** A {@code boolean} column. */
public final class BooleanField extends BooleanExpression implements Field<Boolean> {

  /** A field for the column with this name. */
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
