package dev.offsync.server.internal.storage;

import dev.offsync.query.SqlFragment;
import dev.offsync.query.SqlPrinter;
import dev.offsync.server.ItemQuery;
import dev.offsync.server.Repository;
import dev.offsync.server.RequestRejectedException;
import dev.offsync.server.StoredItem;
import dev.offsync.server.internal.model.Item;
import dev.offsync.server.internal.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in store: a table's rows in the server's SQLite or PostgreSQL database. Queries become
 * parameterized SQL through core's {@link SqlPrinter}; each write runs in one transaction that takes the
 * table's clock (see {@link TableStore#nextTimestamp}), whose lock serializes the table's commits.
 *
 * <p>On SQLite the whole write runs under the database's writer lock, so the clock is simply taken first. On
 * PostgreSQL the clock is taken last, to hold its lock for as short a time as possible: the write locks the
 * stored row ({@code FOR UPDATE}), runs the change's checks on it with a provisional {@code updatedAt}, and then
 * takes the clock and stores the row in one statement; the lock on the clock row is then held only until the
 * commit. The stored row carries the clock's time, which differs from the provisional one only when another
 * server or a concurrent write of this one took a time in between.
 */
public final class JdbcRepository implements Repository {

  /** How often a PostgreSQL write starts over when the row it checked changed before it could store it. */
  private static final int ATTEMPTS = 3;
  private static final Logger LOG = LoggerFactory.getLogger(JdbcRepository.class);

  private final Database database;
  private final TableStore store;
  private final SqlPrinter printer;
  /** The last {@code updatedAt} this server expects to have given out, to predict the next (PostgreSQL). */
  private final AtomicLong lastStamp = new AtomicLong(Long.MIN_VALUE);

  /** The store of {@code table}, whose SQL table must exist (see {@link SchemaManager}). */
  public JdbcRepository(Database database, Table table) {
    this.database = database;
    this.store = new TableStore(database.dialect(), table, database.statements());
    this.printer = database.dialect().sqlPrinter();
  }

  @Override
  public Optional<StoredItem> find(String id) {
    return database.read(connection -> store.find(connection, id).map(item -> item));
  }

  @Override
  public void list(ItemQuery query, Consumer<? super StoredItem> sink) {
    ListSpec spec = spec(query);
    evaluating(() -> database.read(connection -> {
      store.list(connection, spec, sink);
      return null;
    }));
  }

  @Override
  public long count(ItemQuery query) {
    ListSpec spec = spec(query);
    return evaluating(() -> database.read(connection -> store.count(connection, spec)));
  }

  @Override
  public StoredItem write(String id, Instant now, Change change) {
    if (!database.isPostgres()) {
      return database.write(connection -> writeClockFirst(connection, id, now, change));
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return database.write(connection -> writeClockLast(connection, id, now, change));
      } catch (RowChanged e) {
        LOG.debug("A write of table '{}' started over (attempt {}): the row changed before it was stored",
            store.tableName(), attempt);
        if (attempt == ATTEMPTS) {
          throw new StorageException("The row changed under " + ATTEMPTS + " attempts to write it", e);
        }
      }
    }
  }

  private Item writeClockFirst(Connection connection, String id, Instant now, Change change) throws SQLException {
    Instant updatedAt = store.nextTimestamp(connection, now);
    Optional<Item> existing = store.find(connection, id);
    Item item = Item.from(change.apply(existing.map(found -> found), updatedAt));
    if (existing.isPresent()) {
      store.update(connection, item);
    } else {
      store.insert(connection, item);
    }
    return item;
  }

  private Item writeClockLast(Connection connection, String id, Instant now, Change change) throws SQLException {
    Optional<Item> existing = store.findForUpdate(connection, id);
    Instant provisional = Instant.ofEpochMilli(lastStamp.updateAndGet(last -> Math.max(now.toEpochMilli(),
        last + 1)));
    Item item = Item.from(change.apply(existing.map(found -> found), provisional));
    Instant stamped = (existing.isPresent() ? store.stampAndUpdate(connection, item, provisional)
        : store.stampAndInsert(connection, item, provisional)).orElseThrow(RowChanged::new);
    lastStamp.accumulateAndGet(stamped.toEpochMilli(), Math::max);
    return stamped.equals(item.updatedAt()) ? item
        : new Item(item.id(), stamped, item.version(), item.deleted(), item.values());
  }

  /**
   * The row a PostgreSQL write checked is not the one it would replace: a create raced another create of the
   * id (or the row was removed behind the server's back). The transaction is rolled back and the write starts
   * over, and this time sees the row.
   */
  private static final class RowChanged extends RuntimeException {
    RowChanged() {
      super(null, null, false, false);
    }
  }

  @Override
  public boolean isReachable() {
    return database.isReachable();
  }

  private ListSpec spec(ItemQuery query) {
    List<String> conditions = List.of();
    List<Object> parameters = List.of();
    if (query.filter() != null) {
      SqlFragment where = printer.where(query.filter());
      conditions = List.of(where.sql());
      parameters = where.parameters();
    }
    return new ListSpec(conditions, parameters, printer.orderBy(query.orderBy()), query.offset(), query.limit());
  }

  /** Runs a query; the database refusing to evaluate it on the stored values is the caller's fault, a 400. */
  private <T> T evaluating(java.util.function.Supplier<T> query) {
    try {
      return query.get();
    } catch (StorageException e) {
      if (e.getCause() instanceof SQLException cause && database.dialect().isEvaluationError(cause)) {
        // The database's message may quote stored values, so only its SQLSTATE is passed on.
        throw new RequestRejectedException(400, "The query cannot be evaluated on the stored data (SQLSTATE "
            + cause.getSQLState() + "), for example because of a division by zero or a number out of range");
      }
      throw e;
    }
  }
}
