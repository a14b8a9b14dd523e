package dev.offsync;

import dev.offsync.errors.ConflictException;
import dev.offsync.errors.NetworkException;
import dev.offsync.errors.ServiceException;
import dev.offsync.internal.http.PageResult;
import dev.offsync.internal.http.ServiceCalls;
import dev.offsync.internal.http.WriteResult;
import dev.offsync.query.Query;
import dev.offsync.schema.Decoded;
import dev.offsync.schema.TableDefinition;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One table on the service, used directly: every call is a request, nothing is stored locally, and without a
 * network every call fails at once with a {@link NetworkException}. Get one from
 * {@link SyncClient#remoteTable(TableDefinition)}. Thread-safe.
 *
 * @param <T> the entity type
 */
public final class RemoteTable<T> {

  /** The most pages one query follows, so that a service sending links in a circle cannot loop forever. */
  private static final int MAX_PAGES = 1_000_000;

  private final TableDefinition<T> table;
  private final ServiceCalls calls;

  RemoteTable(TableDefinition<T> table, ServiceCalls calls) {
    this.table = Objects.requireNonNull(table, "table");
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  /** The table's definition. */
  public TableDefinition<T> definition() {
    return table;
  }

  /** The item with this id, or empty if the service has none (or only a soft-deleted one). */
  public Optional<T> get(String id) {
    Objects.requireNonNull(id, "id");
    return calls.get(table, id, false).map(Decoded::entity);
  }

  /**
   * Creates the item on the service and returns the service's copy (with its id, {@code updatedAt} and
   * {@code version}).
   *
   * @throws ConflictException if an item with this id exists; {@link ConflictException#serverItem()} is it
   */
  public T insert(T item) {
    Objects.requireNonNull(item, "item");
    return stored(calls.insert(table, item), "insert");
  }

  /**
   * Replaces the item on the service, if its version (when it has one) is still the service's, and returns the
   * service's new copy.
   *
   * @throws ConflictException if the service's version differs; {@link ConflictException#serverItem()} is its copy
   */
  public T replace(T item) {
    Objects.requireNonNull(item, "item");
    return stored(calls.replace(table, item, table.systemProperties(item).version()), "replace");
  }

  /**
   * Deletes the item on the service, if its version (when it has one) is still the service's.
   *
   * @throws ConflictException if the service's version differs
   */
  public void delete(T item) {
    Objects.requireNonNull(item, "item");
    var system = table.systemProperties(item);
    checked(calls.delete(table, system.id(), system.version()), "delete");
  }

  /** Deletes the item with this id on the service, whatever its version. */
  public void delete(String id) {
    Objects.requireNonNull(id, "id");
    checked(calls.delete(table, id, null), "delete");
  }

  /**
   * The items matching the query, fetched page by page as the stream is consumed, following the service's
   * next-page links (protocol v2: {@code $skip}), and never more than the query's {@code top}.
   */
  public Stream<T> query(Query query) {
    Objects.requireNonNull(query, "query");
    URI first = calls.listPage(table.tableName(), query);
    Stream<T> items = StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Pages(first),
        Spliterator.ORDERED | Spliterator.NONNULL), false);
    // A v2 page asks for $top items at most and the next one for as many again, so the total is cut here.
    return query.top().isPresent() ? items.limit(query.top().getAsInt()) : items;
  }

  /** All items matching the query, in a list. */
  public List<T> list(Query query) {
    return query(query).toList();
  }

  /** How many items match the query's filter, as the service counts them ({@code $count=true}, no items). */
  public long count(Query query) {
    Query countOnly = query.skip(0).top(0).includeCount(true);
    URI first = calls.listPage(table.tableName(), countOnly);
    PageResult page = calls.page(table, first, item -> { });
    if (page.count() < 0) {
      throw new ServiceException(200, "The service did not return a count for table '" + table.tableName() + "'");
    }
    return page.count();
  }

  private T stored(WriteResult<T> result, String action) {
    checked(result, action);
    if (result.item() == null) {
      throw new ServiceException(result.status(), "The service answered the " + action + " in table '"
          + table.tableName() + "' without the stored item");
    }
    return table.withSystemProperties(result.item().entity(), result.item().system());
  }

  private void checked(WriteResult<T> result, String action) {
    if (result.isSuccess()) {
      return;
    }
    String message = "The service refused the " + action + " in table '" + table.tableName() + "' with status "
        + result.status() + (result.problem() == null ? "" : ": " + result.problem());
    if (result.isConflict()) {
      throw new ConflictException(result.status(), message,
          result.item() == null ? null : table.withSystemProperties(result.item().entity(), result.item().system()));
    }
    throw new ServiceException(result.status(), message);
  }

  /** Fetches a page when the previous one is used up; detects a link it has followed before. */
  private final class Pages implements Iterator<T> {
    private final Set<URI> visited = new HashSet<>();
    private URI next;
    private Iterator<T> current = List.<T>of().iterator();

    Pages(URI first) {
      this.next = first;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && next != null) {
        fetch();
      }
      return current.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    private void fetch() {
      if (!visited.add(next) || visited.size() > MAX_PAGES) {
        throw new ServiceException(200, "The service's next-page links for table '" + table.tableName()
            + "' lead back to a page already read; stopped to avoid a loop");
      }
      List<T> items = new ArrayList<>();
      PageResult page = calls.page(table, next, item -> items.add(
          table.withSystemProperties(item.entity(), item.system())));
      next = page.next();
      current = items.iterator();
    }
  }
}
