package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/** A {@code float} column. */
public final class FloatField extends NumberExpression implements Field<Float> {

  /** A field for the column with this name. */
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
