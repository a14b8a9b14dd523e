package dev.offsync.dao;

import dev.offsync.RemoteTable;
import dev.offsync.query.Filter;
import dev.offsync.query.Ordering;
import dev.offsync.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A typed query of a table on the service: filters and orderings of the table's own fields, skip and top.
 * Immutable: each method returns a new query. Run it with {@link #list()}, {@link #stream()} or {@link #count()}.
 *
 * @param <T> the model type
 */
public final class RemoteQuery<T> {

  private final RemoteTable<T> table;
  private final Query query;

  RemoteQuery(RemoteTable<T> table, Query query) {
    this.table = table;
    this.query = query;
  }

  /** Narrows the query: items matching this filter too (combined with {@code and}). */
  public RemoteQuery<T> where(Filter<? super T> filter) {
    Objects.requireNonNull(filter, "filter");
    Filter<?> combined = query.filter().<Filter<?>>map(current -> and(current, filter)).orElse(filter);
    return new RemoteQuery<>(table, query.withFilter(combined));
  }

  @SuppressWarnings("unchecked")
  private static <T> Filter<T> and(Filter<?> current, Filter<? super T> more) {
    return ((Filter<T>) current).and(more);
  }

  /** Orders by these orderings, after any given before. */
  @SafeVarargs
  public final RemoteQuery<T> orderBy(Ordering<? super T>... orderings) {
    List<Ordering<?>> all = new ArrayList<>(query.orderBy());
    all.addAll(List.of(orderings));
    return new RemoteQuery<>(table, query.orderBy(all));
  }

  /** Skips the first {@code count} items. */
  public RemoteQuery<T> skip(int count) {
    return new RemoteQuery<>(table, query.skip(count));
  }

  /** Returns at most {@code count} items. */
  public RemoteQuery<T> top(int count) {
    return new RemoteQuery<>(table, query.top(count));
  }

  /** The untyped query, for {@link RemoteTable}'s methods. */
  public Query toQuery() {
    return query;
  }

  /** The matching items, fetched page by page; see {@link RemoteTable#list}. */
  public List<T> list() {
    return table.list(query);
  }

  /** The matching items as a stream fetching pages as it is consumed; close it. */
  public Stream<T> stream() {
    return table.query(query);
  }

  /** How many items match the filter, as the service counts them. */
  public long count() {
    return table.count(query);
  }
}
