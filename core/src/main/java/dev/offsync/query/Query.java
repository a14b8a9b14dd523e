package dev.offsync.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * An immutable list query of the service's protocol, for any table: a filter, an order, paging, a column selection and the protocol's flags. Build one
 * with {@link #where(Filter)} or {@link #all()} and the {@code with}-style methods, each returning a new query:
 *
 * <pre>{@code
 * Query query = Query.where(TodoItemTable.COMPLETE.isFalse())
 *     .orderBy(TodoItemTable.TITLE.asc())
 *     .top(20);
 * }</pre>
 *
 * @param filter the filter, empty for all rows
 * @param orderBy the order, first term first
 * @param skip the number of matching rows to skip, at least 0
 * @param top the most rows to return, absent for no limit
 * @param select the selected column names, empty for all columns
 * @param includeDeleted whether soft-deleted rows are included ({@code __includedeleted=true})
 * @param includeCount whether the total count is requested ({@code $count=true})
 * @param parameters other query parameters by name, sorted
 */
public record Query(Optional<Filter<?>> filter, List<Ordering<?>> orderBy, int skip, OptionalInt top,
    List<String> select, boolean includeDeleted, boolean includeCount, Map<String, String> parameters) {

  private static final Query ALL = new Query(Optional.empty(), List.of(), 0, OptionalInt.empty(), List.of(),
      false, false, Map.of());

  /** Checks the values and copies the collections. */
  public Query {
    Objects.requireNonNull(filter, "filter");
    orderBy = List.copyOf(orderBy);
    Objects.requireNonNull(top, "top");
    select = List.copyOf(select);
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    if (skip < 0) {
      throw new IllegalArgumentException("skip must not be negative, was " + skip);
    }
    if (top.isPresent() && top.getAsInt() < 0) {
      throw new IllegalArgumentException("top must not be negative, was " + top.getAsInt());
    }
  }

  /** All rows, in no particular order. */
  public static Query all() {
    return ALL;
  }

  /** The rows matching {@code filter}. */
  public static Query where(Filter<?> filter) {
    return ALL.withFilter(filter);
  }

  /** This query with another filter; null for all rows. */
  public Query withFilter(Filter<?> newFilter) {
    return new Query(Optional.ofNullable(newFilter), orderBy, skip, top, select, includeDeleted, includeCount,
        parameters);
  }

  /** This query with this order instead of its own. */
  public Query orderBy(Ordering<?>... orderings) {
    return orderBy(List.of(orderings));
  }

  /** This query with this order instead of its own. */
  public Query orderBy(List<? extends Ordering<?>> orderings) {
    return new Query(filter, List.copyOf(orderings), skip, top, select, includeDeleted, includeCount, parameters);
  }

  /** This query skipping the first {@code count} matching rows. */
  public Query skip(int count) {
    return new Query(filter, orderBy, count, top, select, includeDeleted, includeCount, parameters);
  }

  /** This query returning at most {@code count} rows. */
  public Query top(int count) {
    return new Query(filter, orderBy, skip, OptionalInt.of(count), select, includeDeleted, includeCount,
        parameters);
  }

  /** This query without a row limit. */
  public Query withoutTop() {
    return new Query(filter, orderBy, skip, OptionalInt.empty(), select, includeDeleted, includeCount, parameters);
  }

  /** This query selecting only these columns; none for all. */
  public Query select(Field<?, ?>... fields) {
    List<String> names = new ArrayList<>(fields.length);
    for (Field<?, ?> field : fields) {
      names.add(field.name());
    }
    return select(names);
  }

  /** This query selecting only the named columns; an empty list for all. */
  public Query select(List<String> columns) {
    return new Query(filter, orderBy, skip, top, columns, includeDeleted, includeCount, parameters);
  }

  /** This query with or without soft-deleted rows. */
  public Query includeDeleted(boolean include) {
    return new Query(filter, orderBy, skip, top, select, include, includeCount, parameters);
  }

  /** This query with or without the total count. */
  public Query includeCount(boolean include) {
    return new Query(filter, orderBy, skip, top, select, includeDeleted, include, parameters);
  }

  /** This query with one more query parameter (or another value for it), sent after the OData options. */
  public Query parameter(String name, String value) {
    Map<String, String> more = new TreeMap<>(parameters);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new Query(filter, orderBy, skip, top, select, includeDeleted, includeCount, more);
  }
}
