package dev.offsync;

import dev.offsync.internal.store.LocalStore;
import dev.offsync.internal.store.ReadTransaction;
import dev.offsync.internal.store.RowQuery;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A query over one offline table's local items. Immutable: every narrowing method returns a new query, so
 * a query can be kept and run again. Without an ordering, items come in id order.
 *
 * <pre>{@code
 * List<TodoItem> page = todos.query().skip(20).top(10).list();
 * try (Stream<TodoItem> all = todos.query().stream()) {
 *   all.forEach(this::show);
 * }
 * }</pre>
 *
 * <p>Each run reads one committed state of the store, never part of a write in progress.
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
   * This query without its first {@code count} items.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public LocalQuery<T> skip(int count) {
    return new LocalQuery<>(definition, store, new RowQuery(count, query.top()));
  }

  /**
   * This query limited to at most {@code count} items.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public LocalQuery<T> top(int count) {
    return new LocalQuery<>(definition, store, new RowQuery(query.skip(), count));
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

  @Override
  public String toString() {
    return "LocalQuery[" + definition.tableName() + ", " + query + "]";
  }
}
