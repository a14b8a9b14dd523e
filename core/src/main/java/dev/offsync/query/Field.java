package dev.offsync.query;

import dev.offsync.schema.ColumnType;
import java.util.Objects;

/**
 * A typed reference to one column, the root of the query language: generated tables expose one constant per
 * column ({@code TodoItemTable.TITLE}), and each field type offers only the operations its values support.
 *
 * <p><b>An ABI:</b> generated code constructs the concrete field types.
 *
 * @param <V> the Java type of the column's values
 */
public abstract class Field<V> {

  private final String name;
  private final ColumnType type;

  Field(String name, ColumnType type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** The column's JSON and SQL name. */
  public final String name() {
    return name;
  }

  /** The column's storage and wire type. */
  public final ColumnType type() {
    return type;
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof Field<?> that && that.getClass() == getClass() && name.equals(that.name)
        && type == that.type;
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), name, type);
  }

  @Override
  public final String toString() {
    return name;
  }
}
