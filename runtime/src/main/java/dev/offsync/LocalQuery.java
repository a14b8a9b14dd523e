package dev.offsync;

import dev.offsync.internal.live.TrackingStore;
import dev.offsync.internal.store.QueryColumns;
import dev.offsync.query.Filter;
import dev.offsync.query.Ordering;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.ReadTransaction;
import dev.offsync.store.RowQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;

/**
 * A query over one offline table's local items, written with the table's generated column constants.
 * Immutable: every narrowing method returns a new query, so a query can be kept and run again. Items come in
 * the query's order, ties (and a query without order) in id order.
 *
 * <pre>{@code
 * List<TodoItem> open = todos.query()
 *     .where(TodoItemTable.COMPLETE.isFalse())
 *     .orderBy(TodoItemTable.TITLE.asc())
 *     .top(10)
 *     .list();
 * try (Stream<TodoItem> all = todos.query().stream()) {
 *   all.forEach(this::show);
 * }
 * }</pre>
 *
 * <p>Each run reads one committed state of the store, never part of a write in progress. Filters mean what
 * they mean on the service (see the query language's documentation), so a query gives the same items locally
 * and as a pull filter.
 *
 * @param <T> the model type
 */
public final class LocalQuery<T> {

  private final TableDefinition<T> definition;
  private final LocalStore store;
  private final RowQuery query;

  private LocalQuery(TableDefinition<T> definition, LocalStore store, RowQuery query) {
    this.definition = definition;
    this.store = store;
    this.query = query;
  }

  static <T> LocalQuery<T> of(TableDefinition<T> definition, LocalStore store) {
    return new LocalQuery<>(definition, store, RowQuery.all());
  }

  /**
   * This query narrowed to the items matching {@code filter}; with an earlier {@code where}, both must hold.
   * The filter's type argument binds it to this table: {@code TodoItemTable.TITLE.eq("x")} fits a query on
   * todo items and a field of another table does not compile. A filter that fits every table (a
   * {@code Filter<Object>}, such as one {@link dev.offsync.query.ODataParser} parsed for this table's columns)
   * is accepted too, and checked against the table's columns.
   *
   * @throws IllegalArgumentException if a filter that fits every table uses a column this table does not
   *     have, or with another type
   */
  public LocalQuery<T> where(Filter<? super T> filter) {
    Objects.requireNonNull(filter, "filter");
    QueryColumns.check(definition, filter);
    return new LocalQuery<>(definition, store, query.where(filter));
  }

  /**
   * This query ordered by {@code orderings} ({@code TodoItemTable.TITLE.asc()}), after any earlier ones.
   * Ascending order puts nulls first, descending order last.
   *
   * @throws IllegalArgumentException if an ordering that fits every table names a column this table does not
   *     have
   */
  @SafeVarargs
  public final LocalQuery<T> orderBy(Ordering<? super T>... orderings) {
    List<Ordering<? super T>> more = List.of(orderings);
    more.forEach(ordering -> QueryColumns.check(definition, ordering));
    return new LocalQuery<>(definition, store, query.thenOrderBy(more));
  }

  /**
   * This query without its first {@code count} items.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public LocalQuery<T> skip(int count) {
    return new LocalQuery<>(definition, store, query.withSkip(count));
  }

  /**
   * This query limited to at most {@code count} items.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public LocalQuery<T> top(int count) {
    return new LocalQuery<>(definition, store, query.withTop(count));
  }

  /** All the items, read at once. */
  public List<T> list() {
    try (Stream<T> items = stream()) {
      return items.collect(Collectors.toList());
    }
  }

  /** The first item, if any. */
  public Optional<T> first() {
    return top(Math.min(query.top(), 1)).list().stream().findFirst();
  }

  /** The number of items {@link #list()} would return (skip and top included). */
  public long count() {
    return store.read(transaction -> transaction.count(definition, query));
  }

  /**
   * The items, read one at a time as the stream is consumed, so memory does not grow with the result.
   * <b>Close the stream</b> (try-with-resources): until then it holds a read connection, and, on an
   * in-memory store, keeps writers waiting; close it on the thread that opened it.
   */
  public Stream<T> stream() {
    ReadTransaction transaction = store.beginRead();
    try {
      return transaction.query(definition, query).map(Decoded::entity).onClose(transaction::close);
    } catch (RuntimeException e) {
      transaction.close();
      throw e;
    }
  }

  /** Passes each item to {@code action}, reading them one at a time; the read ends when this returns. */
  public void forEach(Consumer<? super T> action) {
    try (Stream<T> items = stream()) {
      items.forEach(action);
    }
  }

  /**
   * Observes this query: {@code listener} gets the current items at once (on a listener thread, soon after
   * this returns), then the items again after every change to the table that alters them: a local write, a
   * pulled page, a push answer, a resolution, a purge. Rapid changes coalesce into one run; the last
   * delivery always reflects the last committed change. The listener is called on one of the client's
   * listener threads, never on two at once, and must not block for long; see {@code docs/live.md}.
   *
   * @return the handle that stops the observation
   * @throws IllegalStateException if the client is closed
   */
  public Subscription observe(Consumer<? super List<T>> listener) {
    Objects.requireNonNull(listener, "listener");
    return TrackingStore.liveQueries(store).observe(Set.of(definition.tableName()), this::list, listener);
  }

  /**
   * This query's items as a {@link Flow.Publisher}, for reactive libraries: each subscriber observes the
   * query as {@link #observe} does, receiving results as it requests them; without demand only the newest
   * result is kept for it. On Android, {@code java.util.concurrent.Flow} is not in API 26 (later versions
   * have it): use {@link #observe} there.
   */
  @IgnoreJRERequirement // Flow: not in Android API 26
  public Flow.Publisher<List<T>> publisher() {
    return TrackingStore.liveQueries(store).publisher(Set.of(definition.tableName()), this::list);
  }

  @Override
  public String toString() {
    return "LocalQuery[" + definition.tableName() + ", " + query + "]";
  }
}
