package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/** A {@code String} (or {@code char}) column. */
public final class StringField extends StringExpression implements Field<String> {

  /** A field for the column with this name. */
  public StringField(String name) {
    super(new ColumnRef(name, ColumnType.STRING));
  }

  @Override
  public String name() {
    return ((ColumnRef) operand()).name();
  }

  @Override
  public ColumnType type() {
    return ColumnType.STRING;
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
