package dev.offsync.server.memory;

import dev.offsync.query.Ordering;
import dev.offsync.server.ItemQuery;
import dev.offsync.server.Repository;
import dev.offsync.server.StoredItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A second {@link Repository}, beside the built-in JDBC store: one table's rows in a map in memory, with the
 * query tree evaluated in Java by {@link MemoryFilter}. It proves that the protocol core needs nothing of a
 * repository beyond the interface: the conformance suites and an Offsync client run against it.
 *
 * <p>One lock guards the map: writes hold it from the timestamp to the store, so they commit in the order of
 * their {@code updatedAt}; a list takes its page under it and streams the page after.
 */
public class MemoryRepository implements Repository {

  private final Map<String, StoredItem> rows = new HashMap<>();
  private Instant last = Instant.EPOCH;

  @Override
  public synchronized Optional<StoredItem> find(String id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public void list(ItemQuery query, Consumer<? super StoredItem> sink) {
    List<StoredItem> page;
    synchronized (this) {
      page = matching(query).sorted(order(query.orderBy())).skip(query.offset()).limit(query.limit()).toList();
    }
    page.forEach(sink);
  }

  @Override
  public synchronized long count(ItemQuery query) {
    return matching(query).count();
  }

  @Override
  public synchronized StoredItem write(String id, Instant now, Change change) {
    Instant updatedAt = now.isAfter(last) ? now : last.plusMillis(1);
    StoredItem item = change.apply(Optional.ofNullable(rows.get(id)), updatedAt);
    last = updatedAt;
    rows.put(id, item);
    return item;
  }

  /** The number of stored rows, deleted ones included. */
  public synchronized int size() {
    return rows.size();
  }

  private java.util.stream.Stream<StoredItem> matching(ItemQuery query) {
    Predicate<StoredItem> filter = query.filter() == null ? row -> true : MemoryFilter.of(query.filter());
    return new ArrayList<>(rows.values()).stream().filter(filter);
  }

  private static Comparator<StoredItem> order(List<Ordering<Object>> orderings) {
    Comparator<StoredItem> order = (a, b) -> 0;
    for (Ordering<Object> ordering : orderings) {
      Comparator<StoredItem> term = (a, b) -> MemoryFilter.compareNullsFirst(
          MemoryFilter.column(a, ordering.column()), MemoryFilter.column(b, ordering.column()));
      order = order.thenComparing(ordering.descending() ? term.reversed() : term);
    }
    return order;
  }
}
