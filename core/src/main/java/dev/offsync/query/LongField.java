package dev.offsync.query;

import dev.offsync.schema.ColumnType;


/** A {@code long} column. */
public final class LongField extends Field<Long> {

  /** A field for the column with this name. */
  public LongField(String name) {
    super(name, ColumnType.LONG);
  }
}
