package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/**
 * A {@code String} (or {@code char}) column.
 *
 * @param <T> the entity (model) type whose table has this column
 */
public final class StringField<T> extends StringExpression<T> implements Field<T, String> {

  /** A field for the column with this name, of entity type {@code T}. */
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
