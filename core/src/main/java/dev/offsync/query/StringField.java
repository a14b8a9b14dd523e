package dev.offsync.query;

import dev.offsync.schema.ColumnType;


/** A {@code String} (or {@code char}) column. */
public final class StringField extends Field<String> {

  /** A field for the column with this name. */
  public StringField(String name) {
    super(name, ColumnType.STRING);
  }
}
