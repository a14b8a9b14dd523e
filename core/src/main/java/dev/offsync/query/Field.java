package dev.offsync.query;

import dev.offsync.schema.ColumnType;

/**
 * A typed reference to one column, the root of the query language: generated tables expose one constant per
 * column ({@code TodoItemTable.TITLE}), and each field type offers only the operations its values support
 * ({@link StringField#startsWith(String)} exists, {@code IntField.startsWith} does not compile).
 *
 * <p><b>An ABI:</b> generated code constructs the concrete field types ({@code new StringField<>("title")},
 * {@code new EnumField<>("priority", Priority.class)}). Fields are equal when they have the same class, name,
 * type (and enum class).
 *
 * @param <T> the entity (model) type whose table has this column: a field of another table does not fit
 *     that table's queries
 * @param <V> the Java type of the column's values
 */
public interface Field<T, V> {

  /** The column's JSON and SQL name. */
  String name();

  /** The column's storage and wire type. */
  ColumnType type();

  /** Ascending order by this column, nulls first. */
  default Ordering<T> asc() {
    return new Ordering<>(name(), type(), false);
  }

  /** Descending order by this column, nulls last. */
  default Ordering<T> desc() {
    return new Ordering<>(name(), type(), true);
  }
}
