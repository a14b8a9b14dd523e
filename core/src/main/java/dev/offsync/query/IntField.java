package dev.offsync.query;

import dev.offsync.schema.ColumnType;


/** An {@code int}, {@code short} or {@code byte} column. */
public final class IntField extends Field<Integer> {

  /** A field for the column with this name. */
  public IntField(String name) {
    super(name, ColumnType.INT);
  }
}
