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
 */
public sealed interface Filter permits Comparison, In, StringMatch, And, Or, Not {

  /** This filter and {@code other}: both must hold. */
  default Filter and(Filter other) {
    return new And(List.of(this, other));
  }

  /** This filter or {@code other}: at least one must hold. */
  default Filter or(Filter other) {
    return new Or(List.of(this, other));
  }

  /** The complement of this filter. */
  default Filter not() {
    return new Not(this);
  }

  /** All of the given filters must hold. */
  static Filter and(Filter first, Filter second, Filter... more) {
    return allOf(list(first, second, more));
  }

  /** At least one of the given filters must hold. */
  static Filter or(Filter first, Filter second, Filter... more) {
    return anyOf(list(first, second, more));
  }

  /** The complement of {@code filter}. */
  static Filter not(Filter filter) {
    return new Not(filter);
  }

  /**
   * All of the given filters must hold; a single filter is returned as it is.
   *
   * @throws IllegalArgumentException if {@code filters} is empty
   */
  static Filter allOf(Collection<? extends Filter> filters) {
    return filters.size() == 1 ? filters.iterator().next() : new And(List.copyOf(filters));
  }

  /**
   * At least one of the given filters must hold; a single filter is returned as it is.
   *
   * @throws IllegalArgumentException if {@code filters} is empty
   */
  static Filter anyOf(Collection<? extends Filter> filters) {
    return filters.size() == 1 ? filters.iterator().next() : new Or(List.copyOf(filters));
  }

  private static List<Filter> list(Filter first, Filter second, Filter... more) {
    List<Filter> all = new ArrayList<>(2 + more.length);
    all.add(Objects.requireNonNull(first, "first"));
    all.add(Objects.requireNonNull(second, "second"));
    all.addAll(List.of(more));
    return all;
  }
}
