package dev.offsync.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A boolean-valued query expression: the tree behind both a local SQL {@code WHERE} clause and the service's
 * {@code $filter}.
 *
 * <p>Filters are immutable records with value equality. They use two-valued logic: a comparison with a null
 * value is simply true or false (see {@link ComparisonOperator}), so {@link #not()} always gives the exact
 * complement. {@code and}/{@code or} chains are flattened, so {@code a.and(b).and(c)} equals
 * {@code a.and(b.and(c))}.
 *
 * <p>The type argument is the entity whose columns the filter reads: {@code TodoItemTable.TITLE.eq("x")} is a
 * {@code Filter<TodoItem>}, which a query on tags does not accept. A filter that fits every table, such as
 * one on the system columns ({@link Fields}) or one parsed from text ({@link ODataParser}), is a
 * {@code Filter<Object>}; combined with a typed filter, it gives a filter of that filter's entity.
 *
 * @param <T> the entity (model) type whose queries the filter fits
 */
public sealed interface Filter<T> permits Comparison, In, StringMatch, And, Or, Not {

  /** This filter and {@code other}: both must hold. */
  default <U extends T> Filter<U> and(Filter<? super U> other) {
    return new And<U>(List.of(this, other));
  }

  /** This filter or {@code other}: at least one must hold. */
  default <U extends T> Filter<U> or(Filter<? super U> other) {
    return new Or<U>(List.of(this, other));
  }

  /** The complement of this filter. */
  default Filter<T> not() {
    return new Not<>(this);
  }

  /** All of the given filters must hold. */
  @SafeVarargs
  static <T> Filter<T> and(Filter<? super T> first, Filter<? super T> second, Filter<? super T>... more) {
    return allOf(list(first, second, more));
  }

  /** At least one of the given filters must hold. */
  @SafeVarargs
  static <T> Filter<T> or(Filter<? super T> first, Filter<? super T> second, Filter<? super T>... more) {
    return anyOf(list(first, second, more));
  }

  /** The complement of {@code filter}. */
  static <T> Filter<T> not(Filter<? super T> filter) {
    return new Not<>(filter);
  }

  /**
   * All of the given filters must hold; a single filter is returned as it is.
   *
   * @throws IllegalArgumentException if {@code filters} is empty
   */
  static <T> Filter<T> allOf(Collection<? extends Filter<? super T>> filters) {
    return filters.size() == 1 ? narrow(filters.iterator().next()) : new And<>(List.copyOf(filters));
  }

  /**
   * At least one of the given filters must hold; a single filter is returned as it is.
   *
   * @throws IllegalArgumentException if {@code filters} is empty
   */
  static <T> Filter<T> anyOf(Collection<? extends Filter<? super T>> filters) {
    return filters.size() == 1 ? narrow(filters.iterator().next()) : new Or<>(List.copyOf(filters));
  }

  /**
   * The same filter seen as one of a subtype's queries: a filter that fits every {@code T} fits every subtype
   * of {@code T}, and the type argument is only a compile-time mark, so the cast cannot fail.
   */
  @SuppressWarnings("unchecked")
  static <T> Filter<T> narrow(Filter<? super T> filter) {
    return (Filter<T>) Objects.requireNonNull(filter, "filter");
  }

  @SafeVarargs
  private static <T> List<Filter<? super T>> list(Filter<? super T> first, Filter<? super T> second,
      Filter<? super T>... more) {
    List<Filter<? super T>> all = new ArrayList<>(2 + more.length);
    all.add(Objects.requireNonNull(first, "first"));
    all.add(Objects.requireNonNull(second, "second"));
    all.addAll(List.of(more));
    return all;
  }
}
