package dev.offsync.query;

import dev.offsync.schema.ColumnType;


/** A {@code byte[]} column. */
public final class BytesField extends Field<byte[]> {

  /** A field for the column with this name. */
  public BytesField(String name) {
    super(name, ColumnType.BYTES);
  }
}
