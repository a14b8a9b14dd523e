package dev.offsync.store;

import dev.offsync.query.Filter;
import dev.offsync.query.Ordering;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a local query selects: a filter, an order (the store breaks ties by id), and paging.
 *
 * @param filter the rows to select, empty for all
 * @param orderBy the order, first term first; ties and an empty order fall back to id order
 * @param skip the number of rows to skip, at least 0
 * @param top the maximum number of rows, or {@link Integer#MAX_VALUE} for no limit
 */
public record RowQuery(Optional<Filter<?>> filter, List<Ordering<?>> orderBy, int skip, int top) {

  private static final RowQuery ALL = new RowQuery(Optional.empty(), List.of(), 0, Integer.MAX_VALUE);

  /** Checks the bounds and copies the order. */
  public RowQuery {
    Objects.requireNonNull(filter, "filter");
    orderBy = List.copyOf(orderBy);
    if (skip < 0) {
      throw new IllegalArgumentException("skip must not be negative: " + skip);
    }
    if (top < 0) {
      throw new IllegalArgumentException("top must not be negative: " + top);
    }
  }

  /** Every row, ordered by id. */
  public static RowQuery all() {
    return ALL;
  }

  /** This query narrowed by {@code more}: both filters must hold. */
  public RowQuery where(Filter<?> more) {
    Objects.requireNonNull(more, "filter");
    return new RowQuery(Optional.of(filter.<Filter<?>>map(existing -> untyped(existing).and(more)).orElse(more)), orderBy, skip,
        top);
  }

  /** This query ordered by its orderings, then by {@code more}. */
  public RowQuery thenOrderBy(List<? extends Ordering<?>> more) {
    List<Ordering<?>> all = new ArrayList<>(orderBy);
    all.addAll(more);
    return new RowQuery(filter, all, skip, top);
  }

  /** This query with another skip. */
  public RowQuery withSkip(int count) {
    return new RowQuery(filter, orderBy, count, top);
  }

  /** This query with another top. */
  public RowQuery withTop(int count) {
    return new RowQuery(filter, orderBy, skip, count);
  }

  /** Whether the query pages (skips or limits rows). */
  public boolean paged() {
    return skip > 0 || top != Integer.MAX_VALUE;
  }

  /** A filter as one over any row: a store runs a query on one table, so the entity type has done its job. */
  @SuppressWarnings("unchecked")
  private static Filter<Object> untyped(Filter<?> filter) {
    return (Filter<Object>) filter;
  }
}
