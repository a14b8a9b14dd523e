package dev.offsync.query;

import dev.offsync.schema.ColumnConverter;
import dev.offsync.schema.ColumnType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A column whose field has an application type stored through a {@link ColumnConverter}: its filters take
 * application values and compare their column forms ({@code TodoItemTable.TAGS.eq(List.of("home"))}).
 *
 * <p><b>An ABI:</b> generated code constructs it over the stored column's field. Only equality, membership and
 * null tests are offered, since an order or text operation on the column form need not mean anything for the
 * application type; {@link #stored()} gives the column's own field for those.
 *
 * @param <T> the entity (model) type whose table has this column
 * @param <A> the application type
 * @param <C> the column type
 */
public final class ConvertedField<T, A, C> implements Field<T, A> {

  private final Expression<T, ? super C> stored;
  private final Field<T, C> field;
  private final ColumnConverter<A, C> converter;

  /**
   * A converted field over {@code stored}, a field of the column type such as {@code new StringField<>("tags")}
   * (number fields are expressions over any {@code Number}, hence the wildcard).
   */
  public <F extends Expression<T, ? super C> & Field<T, C>> ConvertedField(F stored, ColumnConverter<A, C> converter) {
    this.stored = Objects.requireNonNull(stored, "stored");
    this.field = stored;
    this.converter = Objects.requireNonNull(converter, "converter");
  }

  @Override
  public String name() {
    return field.name();
  }

  @Override
  public ColumnType type() {
    return field.type();
  }

  /** The stored column, with every operation of its column type. */
  public Expression<T, ? super C> stored() {
    return stored;
  }

  /** The converter between the field's values and the column's. */
  public ColumnConverter<A, C> converter() {
    return converter;
  }

  /** True where the value is null. */
  public Filter<T> isNull() {
    return stored.isNull();
  }

  /** True where the value is not null. */
  public Filter<T> isNotNull() {
    return stored.isNotNull();
  }

  /** True where the column holds the column form of {@code value}; a null {@code value} tests for null. */
  public Filter<T> eq(A value) {
    return stored.eq(converter.toColumnOrNull(value));
  }

  /** True where the column does not hold the column form of {@code value}, including where it is null. */
  public Filter<T> ne(A value) {
    return stored.ne(converter.toColumnOrNull(value));
  }

  /**
   * True where the column holds the column form of one of {@code values}.
   *
   * @throws IllegalArgumentException if there are no values or one is null
   */
  @SafeVarargs
  public final Filter<T> in(A... values) {
    return in(Arrays.asList(values));
  }

  /**
   * True where the column holds the column form of one of {@code values}.
   *
   * @throws IllegalArgumentException if there are no values or one is null
   */
  public Filter<T> in(Collection<? extends A> values) {
    List<C> columns = new ArrayList<>(values.size());
    for (A value : values) {
      if (value == null) {
        throw new IllegalArgumentException("'in' values must not be null: test for null with isNull()");
      }
      columns.add(converter.toColumn(value));
    }
    return stored.in(columns);
  }

  /** The column's name. */
  @Override
  public String toString() {
    return name();
  }
}
