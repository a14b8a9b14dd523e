package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/** A {@code double} column. */
public final class DoubleField extends NumberExpression implements Field<Double> {

  /** A field for the column with this name. */
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
