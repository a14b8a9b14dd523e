package dev.offsync.query;

import dev.offsync.schema.ColumnType;


/** A {@code double} column. */
public final class DoubleField extends Field<Double> {

  /** A field for the column with this name. */
  public DoubleField(String name) {
    super(name, ColumnType.DOUBLE);
  }
}
