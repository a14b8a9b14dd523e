package dev.offsync.query;

import dev.offsync.schema.ColumnType;


/** A {@code boolean} column. */
public final class BooleanField extends Field<Boolean> {

  /** A field for the column with this name. */
  public BooleanField(String name) {
    super(name, ColumnType.BOOLEAN);
  }
}
