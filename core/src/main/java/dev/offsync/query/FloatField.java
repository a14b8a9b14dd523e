package dev.offsync.query;

import dev.offsync.schema.ColumnType;


/** A {@code float} column. */
public final class FloatField extends Field<Float> {

  /** A field for the column with this name. */
  public FloatField(String name) {
    super(name, ColumnType.FLOAT);
  }
}
